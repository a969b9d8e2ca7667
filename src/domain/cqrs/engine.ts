/**
 * The discrete-event loop. Five sources are merged by time: the next commit
 * (pre-generated, see commands.ts), the next copy arriving from the bus
 * (heap), the projector's next completion, pending follow-up reads, and the
 * next Poisson read. At equal times the order is commit → deliver → project
 * → follow-up read → read, so a zero lag with an unlimited projector makes a
 * write visible before any read at the same instant. Commands and reads stop
 * at durationMs; the bus and projector then drain, so every event gets a lag.
 * Hot paths avoid passing doubles through calls and allocating per event.
 */
import { generateCommands } from './commands';
import { createCounters, type EngineCounters } from './counters';
import { growF64 } from './buffers';
import { exponential, sampleLag, uniformInt } from './distributions';
import { Projector } from './projector';
import { ReadModel } from './read-model';
import { createStream, type Mulberry32 } from './rng';
import { Recorder } from './recorder';
import type { ResolvedCqrsConfig, TimelineMode } from './types';
import type { WriteModel } from './write-model';

/** One run of the model; call `run()` once. */
export class Engine {
  readonly write: WriteModel;
  readonly read: ReadModel;
  readonly proj: Projector;
  readonly rec: Recorder;
  readonly c: EngineCounters = createCounters();
  /** Staleness (ms) of each stale Poisson read. */
  staleness: Float64Array = new Float64Array(64);
  private readonly arriveAt: Float64Array;
  /** Write-model version per entity at the current instant (the WriteModel holds the final state). */
  private readonly liveVersion: Int32Array;
  private readonly full: boolean;
  private readonly ryw: boolean;
  private readonly strong: boolean;
  private readonly dupRng: Mulberry32;
  private readonly dupLagRng: Mulberry32;
  private readonly readGapRng: Mulberry32;
  private readonly readEntityRng: Mulberry32;
  /** Next seq to commit; next seq whose follow-up read is pending (eventual/strong only). */
  private commitCursor = 0;
  private followUpCursor = 0;
  private nextReadT = Infinity;
  /** Current time, kept in a field so hot handlers take no boxed double argument. */
  private now = 0;

  /** @param cfg validated config; @param mode what the recorder keeps. */
  constructor(
    private readonly cfg: ResolvedCqrsConfig,
    mode: TimelineMode,
  ) {
    const { write, arriveAt } = generateCommands(cfg);
    this.write = write;
    this.arriveAt = arriveAt;
    this.liveVersion = new Int32Array(cfg.entities);
    this.read = new ReadModel(cfg.entities);
    this.proj = new Projector(cfg.serviceMs, cfg.projectorPause, Math.ceil(write.count * (1 + cfg.duplicateRate)) + 16);
    this.rec = new Recorder(mode, cfg, {
      write,
      read: this.read,
      proj: this.proj,
      counters: this.c,
    });
    this.full = mode === 'full';
    this.ryw = cfg.consistency === 'read-your-writes';
    this.strong = cfg.consistency === 'strong';
    this.dupRng = createStream(cfg.seed, 'duplicate');
    this.dupLagRng = createStream(cfg.seed, 'duplicateLag');
    this.readGapRng = createStream(cfg.seed, 'readArrivals');
    this.readEntityRng = createStream(cfg.seed, 'readEntity');
    this.scheduleRead(0);
  }

  /** Runs to the end of the drain. */
  run(): void {
    const proj = this.proj;
    const commitMs = this.write.commitMs;
    const n = this.write.count;
    for (;;) {
      const tc = this.commitCursor < n ? (commitMs[this.commitCursor] as number) : Infinity;
      const td = proj.bus.peekTime();
      const tp = proj.doneAt;
      const tf =
        !this.ryw && this.followUpCursor < this.commitCursor ? (commitMs[this.followUpCursor] as number) : Infinity;
      const tr = this.nextReadT;
      let t = tc < td ? tc : td;
      if (tp < t) t = tp;
      if (tf < t) t = tf;
      if (tr < t) t = tr;
      if (t === Infinity) break;
      if (this.rec.markersDue(t)) continue;
      this.c.lastT = t;
      this.now = t;
      if (tc === t) this.commit();
      else if (td === t) this.deliver();
      else if (tp === t) this.complete();
      else if (tf === t) this.serve(t, this.followUpCursor++, false);
      else {
        this.serve(t, uniformInt(this.readEntityRng, this.cfg.entities), true);
        this.scheduleRead(t);
      }
    }
    this.rec.flush(Math.max(this.cfg.durationMs, this.c.lastT));
  }

  private scheduleRead(t: number): void {
    const rate = this.cfg.readsPerSecond;
    const next = rate > 0 ? t + exponential(this.readGapRng, 1000 / rate) : Infinity;
    this.nextReadT = next < this.cfg.durationMs ? next : Infinity;
  }

  private commit(): void {
    const seq = this.commitCursor++;
    this.c.writes = this.commitCursor;
    const t = this.write.commitMs[seq] as number;
    this.liveVersion[this.write.entity[seq] as number] = this.write.version[seq] as number;
    if (this.full) this.rec.commit(t, seq);
    this.send(seq, false, t, this.arriveAt[seq] as number);
  }

  private send(seq: number, duplicate: boolean, t: number, arriveAt: number): void {
    const copy = this.proj.send(seq, duplicate, t, arriveAt);
    if (this.proj.bus.size > this.c.maxInFlight) this.c.maxInFlight = this.proj.bus.size;
    if (this.full) this.rec.bus(t, copy, arriveAt);
  }

  private deliver(): void {
    const t = this.now;
    const proj = this.proj;
    const copy = proj.deliver(t);
    if (proj.backlog > this.c.maxBacklog) this.c.maxBacklog = proj.backlog;
    if (this.full) this.rec.deliver(t, copy);
    // At-least-once delivery: the broker redelivers a share of originals once more, one more bus trip later.
    const rate = this.cfg.duplicateRate;
    if (rate > 0 && proj.copyDup[copy] === 0 && this.dupRng.next() < rate) {
      this.c.duplicatesDelivered++;
      this.send(proj.copySeq[copy] as number, true, t, t + sampleLag(this.cfg.lag, this.dupLagRng));
    }
  }

  private complete(): void {
    const t = this.now;
    const startedAt = this.proj.startedAt;
    const copy = this.proj.complete(t);
    const seq = this.proj.copySeq[copy] as number;
    const dup = this.proj.copyDup[copy] === 1;
    const write = this.write;
    if (!dup) {
      write.visibleMs[seq] = t;
      this.rec.lag(t - (write.commitMs[seq] as number));
    }
    if (!this.read.isNewer(write, seq)) {
      if (dup) this.c.skippedDuplicates++;
      else this.c.skippedOutOfOrder++;
      if (this.full) this.rec.recordSkip(t, copy, startedAt);
      return;
    }
    const prev = this.read.apply(write, seq);
    this.c.applied++;
    if (this.full) this.rec.project(t, copy, startedAt);
    // Every version between the old and the new one is now covered: their writers' follow-up reads may proceed.
    const version = write.version[seq] as number;
    let s = prev < 0 ? (write.firstSeq[write.entity[seq] as number] as number) : (write.nextSeq[prev] as number);
    while (s >= 0 && (write.version[s] as number) <= version) {
      write.coveredMs[s] = t;
      if (this.ryw) this.serve(t, s, false);
      s = write.nextSeq[s] as number;
    }
  }

  /** Serves one read: `target` is the entity (Poisson read) or the writer's event seq (follow-up read). */
  private serve(t: number, target: number, poisson: boolean): void {
    const write = this.write;
    const e = poisson ? target : (write.entity[target] as number);
    const writeVersion = this.liveVersion[e] as number;
    const readVersion = this.strong ? writeVersion : (this.read.version[e] as number);
    const stale = readVersion < writeVersion;
    const stalenessMs = stale ? t - (write.commitMs[this.read.oldestMissing(write, e)] as number) : 0;
    const c = this.c;
    if (poisson) {
      c.reads++;
      if (stale) {
        this.staleness = growF64(this.staleness, c.staleReads + 1);
        this.staleness[c.staleReads++] = stalenessMs;
      }
    } else {
      c.followUpReads++;
      if (stale) c.followUpStale++;
    }
    if (this.full) {
      const issuedAt = poisson ? t : (write.commitMs[target] as number);
      this.rec.read(t, e, poisson ? 'poisson' : 'follow-up', issuedAt, readVersion, writeVersion, stalenessMs);
    }
  }
}
