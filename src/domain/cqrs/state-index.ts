/**
 * Index over a full timeline that lets `stateAt` answer any instant by
 * binary search instead of replaying from the start:
 * - copies in processing order: arrival and completion times are both
 *   ascending along it (FIFO), so the projector queue at t is one slice;
 * - copies in send order with checkpoints every CHECKPOINT sends holding the
 *   copies still in flight, so the bus at t is a short scan;
 * - per entity, commit and apply times for versions by binary search.
 */
import type { CqrsRunResult, ReadEntry, SampleEntry } from './types';

/** Sends between two in-flight checkpoints. */
export const CHECKPOINT = 256;

/** Precomputed lookup structures of one result. */
export interface StateIndex {
  entities: number;
  copySeq: Int32Array;
  copyEntity: Int32Array;
  copyVersion: Int32Array;
  copyDup: Uint8Array;
  sentAt: Float64Array;
  arriveAt: Float64Array;
  startAt: Float64Array;
  doneAt: Float64Array;
  /** Copy ids ordered by send time, with those times. */
  sendOrder: Int32Array;
  sendTimes: Float64Array;
  /** checkpoints[j]: copies sent before position j·CHECKPOINT still in flight at sendTimes[j·CHECKPOINT]. */
  checkpoints: Int32Array[];
  /** Copy ids in projector (FIFO) order. */
  procOrder: Int32Array;
  commitTimes: Float64Array;
  /** Per entity: commit times (version k at k−1) and totals; apply times, versions and totals. */
  entityCommits: number[][];
  entityTotals: number[][];
  applyTimes: number[][];
  applyVersions: number[][];
  applyTotals: number[][];
  applied: Float64Array;
  reads: ReadEntry[];
  readTimes: Float64Array;
  samples: SampleEntry[];
  sampleTimes: Float64Array;
}

const perEntity = (n: number): number[][] => Array.from({ length: n }, () => []);

/** Builds the index in one pass over the timeline. @throws RangeError without a full timeline. */
export function buildStateIndex(result: CqrsRunResult): StateIndex {
  if (result.extra.timelineMode !== 'full') {
    throw new RangeError(
      `stateAt needs a result simulated with timeline 'full' (received timelineMode '${result.extra.timelineMode}')`,
    );
  }
  const E = result.config.entities;
  // Only JSON-safe fields are read (timeline, config, counts), so a result sent through JSON can still be scrubbed.
  const copies = result.metrics.writes + result.extra.duplicatesDelivered;
  const ix: StateIndex = {
    entities: E,
    copySeq: new Int32Array(copies),
    copyEntity: new Int32Array(copies),
    copyVersion: new Int32Array(copies),
    copyDup: new Uint8Array(copies),
    sentAt: new Float64Array(copies),
    arriveAt: new Float64Array(copies),
    startAt: new Float64Array(copies),
    doneAt: new Float64Array(copies),
    sendOrder: new Int32Array(copies),
    sendTimes: new Float64Array(copies),
    checkpoints: [],
    procOrder: new Int32Array(copies),
    commitTimes: new Float64Array(0),
    entityCommits: perEntity(E),
    entityTotals: perEntity(E),
    applyTimes: perEntity(E),
    applyVersions: perEntity(E),
    applyTotals: perEntity(E),
    applied: new Float64Array(0),
    reads: [],
    readTimes: new Float64Array(0),
    samples: [],
    sampleTimes: new Float64Array(0),
  };
  let sends = 0;
  let done = 0;
  const appliedTimes: number[] = [];
  const commitTimes: number[] = [];
  for (const en of result.timeline) {
    switch (en.kind) {
      case 'commit':
        commitTimes.push(en.t);
        ix.entityCommits[en.entity]?.push(en.t);
        ix.entityTotals[en.entity]?.push(en.total);
        break;
      case 'bus':
        ix.copySeq[en.copy] = en.seq;
        ix.copyEntity[en.copy] = en.entity;
        ix.copyVersion[en.copy] = en.version;
        ix.copyDup[en.copy] = en.duplicate ? 1 : 0;
        ix.sentAt[en.copy] = en.t;
        ix.arriveAt[en.copy] = en.arriveAt;
        ix.sendOrder[sends] = en.copy;
        ix.sendTimes[sends++] = en.t;
        break;
      case 'project':
      case 'skip':
        if (en.kind === 'project') {
          ix.applyTimes[en.entity]?.push(en.t);
          ix.applyVersions[en.entity]?.push(en.version);
          ix.applyTotals[en.entity]?.push(en.total);
          appliedTimes.push(en.t);
        }
        ix.startAt[en.copy] = en.startedAt;
        ix.doneAt[en.copy] = en.t;
        ix.procOrder[done++] = en.copy;
        break;
      case 'read':
        ix.reads.push(en);
        break;
      case 'sample':
        ix.samples.push(en);
        break;
      default:
        break;
    }
  }
  ix.applied = Float64Array.from(appliedTimes);
  ix.commitTimes = Float64Array.from(commitTimes);
  ix.readTimes = Float64Array.from(ix.reads, (r) => r.t);
  ix.sampleTimes = Float64Array.from(ix.samples, (s) => s.t);
  buildCheckpoints(ix, sends);
  return ix;
}

function buildCheckpoints(ix: StateIndex, sends: number): void {
  let live: number[] = [];
  ix.checkpoints.push(new Int32Array(0));
  for (let c = CHECKPOINT; c < sends; c += CHECKPOINT) {
    const at = ix.sendTimes[c] as number;
    const next: number[] = [];
    for (const copy of live) if ((ix.arriveAt[copy] as number) > at) next.push(copy);
    for (let p = c - CHECKPOINT; p < c; p++) {
      const copy = ix.sendOrder[p] as number;
      if ((ix.arriveAt[copy] as number) > at) next.push(copy);
    }
    live = next;
    ix.checkpoints.push(Int32Array.from(live));
  }
}
