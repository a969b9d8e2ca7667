/**
 * Builds the timeline. Per-event entries are only allocated in 'full' mode,
 * so a million-event run with the timeline off allocates no per-event
 * objects. Samples are taken every durationMs / 200 through the run and the
 * drain (at most MAX_SAMPLES), plus one final sample at the end of the drain.
 */
import { percentileSorted } from './metrics';
import { isPaused, type Projector } from './projector';
import type { ReadModel } from './read-model';
import type { ReadEntry, ResolvedCqrsConfig, TimelineEntry, TimelineMode } from './types';
import type { WriteModel } from './write-model';
import type { EngineCounters } from './counters';

/** Samples per durationMs. */
export const SAMPLES_PER_RUN = 200;
/** Cap on samples, reached only when the drain lasts over 10× the run. */
export const MAX_SAMPLES = 2000;

/** What the recorder reads from the engine. */
export interface RecorderSources {
  write: WriteModel;
  read: ReadModel;
  proj: Projector;
  counters: EngineCounters;
}

/** Accumulates timeline entries in time order as the engine emits them. */
export class Recorder {
  readonly entries: TimelineEntry[] = [];
  readonly sampleIntervalMs: number;
  private readonly full: boolean;
  private readonly markers: boolean;
  private sampleIndex = 0;
  private lastSampleT = -Infinity;
  private readonly pauseMarks: {
    t: number;
    kind: 'projector-pause' | 'projector-resume';
  }[] = [];
  private pauseIndex = 0;
  /** Lags that became visible since the previous sample. */
  private intervalLags: number[] = [];

  /** @param mode what to keep; @param src live engine state read when sampling. */
  constructor(
    readonly mode: TimelineMode,
    private readonly cfg: ResolvedCqrsConfig,
    private readonly src: RecorderSources,
  ) {
    this.full = mode === 'full';
    this.markers = mode !== 'none';
    this.sampleIntervalMs = cfg.durationMs / SAMPLES_PER_RUN;
    const p = cfg.projectorPause;
    if (p !== null && p.forMs > 0) {
      this.pauseMarks.push({ t: p.atMs, kind: 'projector-pause' }, { t: p.atMs + p.forMs, kind: 'projector-resume' });
    }
  }

  private get nextSampleT(): number {
    return this.sampleIndex > MAX_SAMPLES ? Infinity : (this.sampleIndex * this.cfg.durationMs) / SAMPLES_PER_RUN;
  }

  /**
   * Emits one marker due before the event at `t` (pause markers at `t` come
   * first, samples at `t` after the events at `t`). Returns true if it did.
   */
  markersDue(t: number): boolean {
    if (!this.markers) return false;
    const mark = this.pauseMarks[this.pauseIndex];
    if (mark !== undefined && mark.t <= t) {
      this.entries.push({ t: mark.t, kind: mark.kind });
      this.pauseIndex++;
      return true;
    }
    const ts = this.nextSampleT;
    if (ts < t) {
      this.sample(ts);
      this.sampleIndex++;
      return true;
    }
    return false;
  }

  /** Emits the markers left up to `endMs` (pause markers first on ties), then a final sample at `endMs`. */
  flush(endMs: number): void {
    if (!this.markers) return;
    for (;;) {
      const mark = this.pauseMarks[this.pauseIndex];
      const tm = mark?.t ?? Infinity;
      const ts = this.nextSampleT;
      if (mark !== undefined && tm <= endMs && tm <= ts) {
        this.entries.push({ t: tm, kind: mark.kind });
        this.pauseIndex++;
      } else if (ts <= endMs) {
        this.sample(ts);
        this.sampleIndex++;
      } else break;
    }
    if (this.lastSampleT < endMs) this.sample(endMs);
  }

  private sample(t: number): void {
    const { proj, counters: c } = this.src;
    const w = Float64Array.from(this.intervalLags).sort();
    this.intervalLags = [];
    this.lastSampleT = t;
    this.entries.push({
      t,
      kind: 'sample',
      backlog: proj.backlog,
      inFlight: proj.inFlight,
      writes: c.writes,
      applied: c.applied,
      reads: c.reads,
      staleReads: c.staleReads,
      lagP50Ms: w.length > 0 ? percentileSorted(w, 50) : null,
      lagP95Ms: w.length > 0 ? percentileSorted(w, 95) : null,
      projectorPaused: isPaused(t, this.cfg.projectorPause),
    });
  }

  /** Notes the lag of an event that just became visible (for the next sample). */
  lag(ms: number): void {
    if (this.markers) this.intervalLags.push(ms);
  }

  /** Records a commit. */
  commit(t: number, seq: number): void {
    if (!this.full) return;
    const w = this.src.write;
    this.entries.push({
      t,
      kind: 'commit',
      seq,
      entity: w.entity[seq] as number,
      version: w.version[seq] as number,
      amount: w.amount[seq] as number,
      total: w.total[seq] as number,
    });
  }

  /** Records a copy put on the bus. */
  bus(t: number, copy: number, arriveAt: number): void {
    if (this.full) this.entries.push({ t, kind: 'bus', ...this.copyFields(copy), arriveAt });
  }

  /** Records a copy joining the projector queue. */
  deliver(t: number, copy: number): void {
    if (!this.full) return;
    const proj = this.src.proj;
    this.entries.push({
      t,
      kind: 'deliver',
      ...this.copyFields(copy),
      sentAt: proj.copySentAt[copy] as number,
      backlog: proj.backlog,
    });
  }

  /** Records an applied copy. */
  project(t: number, copy: number, startedAt: number): void {
    if (!this.full) return;
    const f = this.copyFields(copy);
    const w = this.src.write;
    this.entries.push({
      t,
      kind: 'project',
      ...f,
      startedAt,
      total: w.total[f.seq] as number,
      lagMs: t - (w.commitMs[f.seq] as number),
    });
  }

  /** Records a discarded copy. */
  recordSkip(t: number, copy: number, startedAt: number): void {
    if (!this.full) return;
    const f = this.copyFields(copy);
    const readVersion = this.src.read.version[f.entity] as number;
    this.entries.push({
      t,
      kind: 'skip',
      ...f,
      startedAt,
      reason: f.duplicate ? 'duplicate' : 'out-of-order',
      readVersion,
    });
  }

  /** Records a served read. */
  read(
    t: number,
    entity: number,
    source: ReadEntry['source'],
    issuedAt: number,
    readVersion: number,
    writeVersion: number,
    stalenessMs: number,
  ): void {
    if (!this.full) return;
    const servedBy = this.cfg.consistency === 'strong' ? 'write-model' : 'read-model';
    this.entries.push({
      t,
      kind: 'read',
      entity,
      source,
      servedBy,
      issuedAt,
      waitMs: t - issuedAt,
      readVersion,
      writeVersion,
      stale: readVersion < writeVersion,
      stalenessMs,
    });
  }

  private copyFields(copy: number): {
    copy: number;
    seq: number;
    entity: number;
    version: number;
    duplicate: boolean;
  } {
    const { proj, write } = this.src;
    const seq = proj.copySeq[copy] as number;
    return {
      copy,
      seq,
      entity: write.entity[seq] as number,
      version: write.version[seq] as number,
      duplicate: proj.copyDup[copy] === 1,
    };
  }
}
