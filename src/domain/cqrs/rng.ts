/**
 * Seeded pseudo-random numbers for the CQRS simulation.
 *
 * Every random process in the model (write arrivals, read arrivals, lags,
 * duplicates…) draws from its own stream. That keeps, for example, the write
 * arrival times identical when only the lag changes, which is what makes
 * "a larger lag never gives fewer stale reads" a property we can test.
 */

import { Mulberry32, streamSeed } from '../shared/random';

export { fmix32, Mulberry32, streamSeed } from '../shared/random';

/** A source of uniform numbers in [0, 1). */
export interface RandomSource {
  next(): number;
}

/** Identifiers of the independent random streams used by the simulation. */
export const STREAM = {
  writeArrivals: 1,
  writeEntity: 2,
  commandAmount: 3,
  lag: 4,
  duplicate: 5,
  duplicateLag: 6,
  readArrivals: 7,
  readEntity: 8,
} as const;

/** Name of one of the simulation's random streams. */
export type StreamName = keyof typeof STREAM;

/** Creates the generator for one named stream of a run. */
export function createStream(seed: number, name: StreamName): Mulberry32 {
  return new Mulberry32(streamSeed(seed, STREAM[name]));
}
