/** Linear scales and round axis tops for every widget's charts (pure, tested): the one copy. */

/**
 * The first of `mantissas` × 10^k at or above `value` (1 for 0 or anything not positive).
 * The CQRS charts round their tops to 1, 2, 2.5, 5; the egress chart its steps to 1, 2, 5.
 */
export function niceCeil(value: number, mantissas: readonly number[] = [1, 2, 2.5, 5]): number {
  if (!(value > 0) || !Number.isFinite(value)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of mantissas) if (m * power >= value * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/** A linear map from [d0, d1] to [r0, r1]; a zero-width domain maps everything to r0. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const span = d1 - d0;
  return (v) => (span === 0 || !Number.isFinite(v) ? r0 : r0 + ((v - d0) / span) * (r1 - r0));
}

/** Rounds to one decimal for compact path data. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

/** Evenly spaced tick values from 0 to `top` inclusive (`count` intervals). */
export function ticks(top: number, count: number): number[] {
  return Array.from({ length: count + 1 }, (_, i) => (top * i) / count);
}

/** Indices of at most `max` items spread evenly over `n`, always with the first and the last. */
export function spreadIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const out = new Set<number>();
  for (let k = 0; k < max; k++) out.add(Math.round((k * (n - 1)) / (max - 1)));
  return [...out];
}
