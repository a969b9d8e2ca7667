/**
 * Snapshots of a run at any instant, for a visualiser that scrubs over time.
 * A snapshot is the state after every timeline entry with entry.t <= t.
 * The first call on a result builds an index (one pass over the timeline,
 * cached per result); each query is then a handful of binary searches plus
 * work proportional to entities + copies shown.
 */
import { isPaused } from './projector';
import { upperBound, upperBoundBy } from './search';
import { buildStateIndex, CHECKPOINT, type StateIndex } from './state-index';
import type { CqrsRunResult, ModelState, ReadEntry, SampleEntry } from './types';

/** A copy on the bus; progress runs 0..1 from send to arrival. */
export interface InFlightCopy {
  copy: number;
  seq: number;
  entity: number;
  version: number;
  duplicate: boolean;
  sentAt: number;
  arriveAt: number;
  progress: number;
}

/** A copy at the projector, FIFO order; only the head can be in service. */
export interface QueuedCopy {
  copy: number;
  seq: number;
  entity: number;
  version: number;
  duplicate: boolean;
  arrivedAt: number;
  inService: boolean;
  /** Service progress 0..1 (0 while waiting). */
  progress: number;
}

/** The state of the system at one instant. */
export interface CqrsSnapshot {
  t: number;
  writes: number;
  applied: number;
  writeModel: ModelState;
  readModel: ModelState;
  /** Entities whose read-model version is behind the write model. */
  staleEntities: number[];
  inFlight: InFlightCopy[];
  queue: QueuedCopy[];
  backlog: number;
  projectorPaused: boolean;
  /** The last reads served at or before t, oldest first. */
  recentReads: ReadEntry[];
  /** The last periodic sample at or before t (null before the first). */
  sample: SampleEntry | null;
}

/** Options of a snapshot query. */
export interface StateAtOptions {
  /** How many recent reads to include (default 10). */
  recentReads?: number;
}

const cache = new WeakMap<CqrsRunResult, StateIndex>();

/**
 * State of a simulated run at time `tMs` (clamped to nothing before 0 and
 * the final state after the drain). The result must have a full timeline.
 * @throws RangeError when the result was simulated without a full timeline.
 */
export function stateAt(result: CqrsRunResult, tMs: number, options: StateAtOptions = {}): CqrsSnapshot {
  let ix = cache.get(result);
  if (ix === undefined) {
    ix = buildStateIndex(result);
    cache.set(result, ix);
  }
  return snapshot(ix, result, tMs, options.recentReads ?? 10);
}

function models(ix: StateIndex, t: number): { write: ModelState; read: ModelState; stale: number[] } {
  const write: ModelState = { version: [], total: [] };
  const read: ModelState = { version: [], total: [] };
  const stale: number[] = [];
  for (let e = 0; e < ix.entities; e++) {
    const wv = upperBound(ix.entityCommits[e] ?? [], t);
    write.version.push(wv);
    write.total.push(wv > 0 ? (ix.entityTotals[e]?.[wv - 1] ?? 0) : 0);
    const k = upperBound(ix.applyTimes[e] ?? [], t);
    const rv = k > 0 ? (ix.applyVersions[e]?.[k - 1] ?? 0) : 0;
    read.version.push(rv);
    read.total.push(k > 0 ? (ix.applyTotals[e]?.[k - 1] ?? 0) : 0);
    if (rv < wv) stale.push(e);
  }
  return { write, read, stale };
}

function inFlightAt(ix: StateIndex, t: number): InFlightCopy[] {
  const sent = upperBound(ix.sendTimes, t, 0, ix.sendOrder.length);
  if (sent === 0) return [];
  // Latest checkpoint taken at a send time <= t: every copy sent earlier and still in flight at t is in it.
  const j = Math.floor((sent - 1) / CHECKPOINT);
  const out: InFlightCopy[] = [];
  const add = (copy: number): void => {
    const arriveAt = ix.arriveAt[copy] as number;
    if (arriveAt <= t) return;
    const sentAt = ix.sentAt[copy] as number;
    out.push({
      copy,
      seq: ix.copySeq[copy] as number,
      entity: ix.copyEntity[copy] as number,
      version: ix.copyVersion[copy] as number,
      duplicate: ix.copyDup[copy] === 1,
      sentAt,
      arriveAt,
      progress: (t - sentAt) / (arriveAt - sentAt),
    });
  };
  for (const copy of ix.checkpoints[j] ?? []) add(copy);
  for (let p = j * CHECKPOINT; p < sent; p++) add(ix.sendOrder[p] as number);
  return out;
}

function queueAt(ix: StateIndex, t: number): QueuedCopy[] {
  const order = ix.procOrder;
  const from = upperBoundBy(order, ix.doneAt, t);
  const to = upperBoundBy(order, ix.arriveAt, t, from);
  const out: QueuedCopy[] = [];
  for (let k = from; k < to; k++) {
    const copy = order[k] as number;
    const start = ix.startAt[copy] as number;
    const end = ix.doneAt[copy] as number;
    const inService = k === from && start <= t;
    out.push({
      copy,
      seq: ix.copySeq[copy] as number,
      entity: ix.copyEntity[copy] as number,
      version: ix.copyVersion[copy] as number,
      duplicate: ix.copyDup[copy] === 1,
      arrivedAt: ix.arriveAt[copy] as number,
      inService,
      progress: inService && end > start ? (t - start) / (end - start) : 0,
    });
  }
  return out;
}

function snapshot(ix: StateIndex, result: CqrsRunResult, t: number, recent: number): CqrsSnapshot {
  const { write, read, stale } = models(ix, t);
  const queue = queueAt(ix, t);
  const r = upperBound(ix.readTimes, t);
  const s = upperBound(ix.sampleTimes, t);
  return {
    t,
    writes: upperBound(ix.commitTimes, t),
    applied: upperBound(ix.applied, t),
    writeModel: write,
    readModel: read,
    staleEntities: stale,
    inFlight: inFlightAt(ix, t),
    queue,
    backlog: queue.length,
    projectorPaused: isPaused(t, result.config.projectorPause),
    recentReads: ix.reads.slice(Math.max(0, r - Math.max(0, recent)), r),
    sample: s > 0 ? (ix.samples[s - 1] ?? null) : null,
  };
}
