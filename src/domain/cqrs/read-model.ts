/**
 * The read side: per-entity version and total as the projector left them.
 * Projection is idempotent by version: a copy is applied only when its
 * version is newer than what the read model shows. Because every event
 * carries the entity's full new state, skipping an older event that arrives
 * late (or a duplicate) loses nothing.
 */
import type { ModelState } from './types';
import type { WriteModel } from './write-model';

/** Per-entity projection state. */
export class ReadModel {
  readonly version: Int32Array;
  readonly total: Float64Array;
  /** Seq of the applied event per entity, -1 when nothing is applied. */
  readonly seq: Int32Array;

  /** @param entities number of aggregates. */
  constructor(entities: number) {
    this.version = new Int32Array(entities);
    this.total = new Float64Array(entities);
    this.seq = new Int32Array(entities).fill(-1);
  }

  /** Whether event `seq` of the log is newer than the read model's version of its entity. */
  isNewer(log: WriteModel, seq: number): boolean {
    return (log.version[seq] as number) > (this.version[log.entity[seq] as number] as number);
  }

  /** Applies event `seq` (caller checked `isNewer`); returns the seq it replaced (-1 if none). */
  apply(log: WriteModel, seq: number): number {
    const e = log.entity[seq] as number;
    const previous = this.seq[e] as number;
    this.version[e] = log.version[seq] as number;
    this.total[e] = log.total[seq] as number;
    this.seq[e] = seq;
    return previous;
  }

  /**
   * Seq of the oldest write to `entity` the read model is missing: the event
   * of version readVersion + 1. Only meaningful when the entity is stale.
   */
  oldestMissing(log: WriteModel, entity: number): number {
    const s = this.seq[entity] as number;
    return s < 0 ? (log.firstSeq[entity] as number) : (log.nextSeq[s] as number);
  }

  /** Current per-entity state as plain arrays. */
  state(): ModelState {
    return { version: Array.from(this.version), total: Array.from(this.total) };
  }
}
