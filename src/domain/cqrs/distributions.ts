/**
 * Random variates built on a {@link RandomSource}. Each draws exactly one number from
 * the stream (or none for a constant), so stream positions stay predictable.
 */
import type { RandomSource } from './rng';
import type { LagConfig } from './types';

/**
 * Exponential variate with the given mean, by inversion. `1 - u` lies in
 * (0, 1], so the logarithm is always finite.
 */
export function exponential(rng: RandomSource, mean: number): number {
  return -mean * Math.log(1 - rng.next());
}

/** Uniform variate in [min, max). */
export function uniform(rng: RandomSource, min: number, max: number): number {
  return min + (max - min) * rng.next();
}

/** Uniform integer in [0, n) — used to pick an aggregate. */
export function uniformInt(rng: RandomSource, n: number): number {
  // min() guards the (theoretical) u rounding up to exactly n.
  return Math.min(n - 1, Math.floor(rng.next() * n));
}

/**
 * One propagation lag (ms). A constant lag consumes no random numbers; the
 * others are monotone in their parameters for a fixed draw, so scaling a lag
 * up never moves any single event earlier.
 */
export function sampleLag(lag: LagConfig, rng: RandomSource): number {
  switch (lag.kind) {
    case 'constant':
      return lag.ms;
    case 'uniform':
      return uniform(rng, lag.minMs, lag.maxMs);
    case 'exponential':
      return exponential(rng, lag.meanMs);
  }
}

/** Mean of a lag distribution in ms. */
export function meanLagMs(lag: LagConfig): number {
  switch (lag.kind) {
    case 'constant':
      return lag.ms;
    case 'uniform':
      return (lag.minMs + lag.maxMs) / 2;
    case 'exponential':
      return lag.meanMs;
  }
}
