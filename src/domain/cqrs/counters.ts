/**
 * Running counters of one simulation, in their own module so the engine and
 * the recorder can share them without importing each other.
 */

/** Counters gathered by the loop (the models carry the rest). */
export interface EngineCounters {
  /** Commits so far (the write model is generated up front, so its count is the final one). */
  writes: number;
  reads: number;
  staleReads: number;
  followUpReads: number;
  followUpStale: number;
  applied: number;
  duplicatesDelivered: number;
  skippedDuplicates: number;
  skippedOutOfOrder: number;
  maxBacklog: number;
  maxInFlight: number;
  lastT: number;
}

/** Fresh counters, all zero. */
export function createCounters(): EngineCounters {
  return {
    writes: 0,
    reads: 0,
    staleReads: 0,
    followUpReads: 0,
    followUpStale: 0,
    applied: 0,
    duplicatesDelivered: 0,
    skippedDuplicates: 0,
    skippedOutOfOrder: 0,
    maxBacklog: 0,
    maxInFlight: 0,
    lastT: 0,
  };
}
