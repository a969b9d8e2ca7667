/**
 * The write side: per-entity current state plus the append-only event log.
 * Commands are handled instantly (command and commit coincide), so the only
 * delay in the model is between the log and the read model.
 */
import { growF64, growI32 } from './buffers';
import type { EventLog, ModelState } from './types';

/** Append-only columnar event log with per-entity version counters. */
export class WriteModel {
  /** Number of committed events (= next seq). */
  count = 0;
  entity: Int32Array;
  version: Int32Array;
  amount: Int32Array;
  total: Float64Array;
  commitMs: Float64Array;
  visibleMs: Float64Array;
  coveredMs: Float64Array;
  /** Seq of the next version of the same entity, -1 if none yet: lets reads find "the oldest missing write" in O(1). */
  nextSeq: Int32Array;
  /** Per entity after the last commit: version, total, first and last seq (-1 = none). The engine generates all commands up front, so these hold the final write-model state. */
  readonly versionOf: Int32Array;
  readonly totalOf: Float64Array;
  readonly firstSeq: Int32Array;
  readonly lastSeq: Int32Array;

  /** @param entities number of aggregates; @param capacity initial log capacity. */
  constructor(entities: number, capacity: number) {
    const cap = Math.max(1, capacity);
    this.entity = new Int32Array(cap);
    this.version = new Int32Array(cap);
    this.amount = new Int32Array(cap);
    this.total = new Float64Array(cap);
    this.commitMs = new Float64Array(cap);
    this.visibleMs = new Float64Array(cap);
    this.coveredMs = new Float64Array(cap);
    this.nextSeq = new Int32Array(cap).fill(-1);
    this.versionOf = new Int32Array(entities);
    this.totalOf = new Float64Array(entities);
    this.firstSeq = new Int32Array(entities).fill(-1);
    this.lastSeq = new Int32Array(entities).fill(-1);
  }

  /** Commits a command on `entity` adding `amount` at time `t`; returns the event's seq. */
  commit(entity: number, amount: number, t: number): number {
    const seq = this.count++;
    if (seq === this.entity.length) this.grow(seq + 1);
    const version = (this.versionOf[entity] as number) + 1;
    const total = (this.totalOf[entity] as number) + amount;
    this.versionOf[entity] = version;
    this.totalOf[entity] = total;
    const last = this.lastSeq[entity] as number;
    if (last < 0) this.firstSeq[entity] = seq;
    else this.nextSeq[last] = seq;
    this.lastSeq[entity] = seq;
    this.entity[seq] = entity;
    this.version[seq] = version;
    this.amount[seq] = amount;
    this.total[seq] = total;
    this.commitMs[seq] = t;
    return seq;
  }

  /** The log trimmed to its length (views, not copies: capacity overshoot is small and copying a million-event log costs time). */
  log(): EventLog {
    const n = this.count;
    return {
      entity: this.entity.subarray(0, n),
      version: this.version.subarray(0, n),
      amount: this.amount.subarray(0, n),
      total: this.total.subarray(0, n),
      commitMs: this.commitMs.subarray(0, n),
      visibleMs: this.visibleMs.subarray(0, n),
      coveredMs: this.coveredMs.subarray(0, n),
    };
  }

  /** Current per-entity state as plain arrays. */
  state(): ModelState {
    return {
      version: Array.from(this.versionOf),
      total: Array.from(this.totalOf),
    };
  }

  private grow(need: number): void {
    this.entity = growI32(this.entity, need);
    this.version = growI32(this.version, need);
    this.amount = growI32(this.amount, need);
    this.total = growF64(this.total, need);
    this.commitMs = growF64(this.commitMs, need);
    this.visibleMs = growF64(this.visibleMs, need);
    this.coveredMs = growF64(this.coveredMs, need);
    this.nextSeq = growI32(this.nextSeq, need, -1);
  }
}
