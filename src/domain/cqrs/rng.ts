/**
 * Seeded pseudo-random numbers for the CQRS simulation.
 *
 * Every random process in the model (write arrivals, read arrivals, lags,
 * duplicates…) draws from its own stream. That keeps, for example, the write
 * arrival times identical when only the lag changes, which is what makes
 * "a larger lag never gives fewer stale reads" a property we can test.
 */

/** A source of uniform numbers in [0, 1). */
export interface RandomSource {
  next(): number;
}

/** A plain function returning uniform numbers in [0, 1). */
export type Rng = () => number;

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

/**
 * mulberry32: a tiny 32-bit generator, plenty for a teaching simulation
 * (period 2^32, far above the 5 million draws a run may take per stream).
 * The state lives in a Uint32Array so that advancing it never allocates a
 * boxed number — this sits on the hot path of million-event runs.
 */
export class Mulberry32 implements RandomSource {
  private readonly state = new Uint32Array(1);

  /** @param seed any number; only its low 32 bits are used. */
  constructor(seed: number) {
    this.state[0] = seed >>> 0;
  }

  /** Next uniform number in [0, 1). */
  next(): number {
    const a = ((this.state[0] as number) + 0x6d2b79f5) >>> 0;
    this.state[0] = a;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** mulberry32 as a plain function. */
export function mulberry32(seed: number): Rng {
  const g = new Mulberry32(seed);
  return () => g.next();
}

/** MurmurHash3's 32-bit finaliser: spreads every input bit over the output. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Derives the 32-bit seed of one stream from the user's seed (any safe
 * integer, negative included: both 32-bit halves are mixed in so that seeds
 * differing only above bit 32 still give different runs).
 */
export function streamSeed(seed: number, stream: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  let h = fmix32(lo ^ 0x9e3779b9);
  h = fmix32(h ^ hi ^ 0x7f4a7c15);
  return fmix32(h ^ Math.imul(stream + 1, 0x27d4eb2f));
}

/** Creates the generator for one named stream of a run. */
export function createStream(seed: number, name: StreamName): Mulberry32 {
  return new Mulberry32(streamSeed(seed, STREAM[name]));
}
