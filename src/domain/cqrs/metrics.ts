/**
 * Percentiles and summaries. Nearest-rank definition: the p-th percentile of
 * n sorted values is the value at rank ceil(p/100 · n) (1-based), so it is
 * always one of the observed values — easy to check by hand in a quiz.
 */
import type { Summary } from './types';

/** 0-based index of the nearest-rank p-th percentile among n values. */
export function rankIndex(n: number, p: number): number {
  return Math.min(n, Math.max(1, Math.ceil((p / 100) * n))) - 1;
}

/** Nearest-rank percentile of ascending-sorted values; 0 for an empty list. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  return n === 0 ? 0 : (sorted[rankIndex(n, p)] as number);
}

/** Nearest-rank percentile of unsorted values (copies, then sorts). */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileSorted(Float64Array.from(values).sort(), p);
}

/**
 * Rearranges a[lo..hi] so that a[k] holds the value it would have if sorted,
 * with smaller-or-equal values before it and larger-or-equal after (Hoare's
 * FIND with a median-of-three pivot). Expected O(n) — a million lags take a
 * few ms, where a full sort takes a hundred.
 */
export function selectInPlace(a: Float64Array, k: number, lo = 0, hi = a.length - 1): number {
  let l = lo;
  let r = hi;
  while (l < r) {
    const m = (l + r) >>> 1;
    const x = median3(a[l] as number, a[m] as number, a[r] as number);
    let i = l;
    let j = r;
    do {
      while ((a[i] as number) < x) i++;
      while (x < (a[j] as number)) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
  return a[k] as number;
}

function median3(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

/**
 * p50/p95/p99/max/mean of the first `count` values (default all), by
 * selection on a copy: each percentile is searched only to the right of the
 * previous one, so the whole summary stays linear.
 */
export function summarise(values: Float64Array, count = values.length): Summary {
  if (count === 0) return { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const a = values.slice(0, count);
  let sum = 0;
  let max = -Infinity;
  for (let i = 0; i < count; i++) {
    const v = a[i] as number;
    sum += v;
    if (v > max) max = v;
  }
  const k50 = rankIndex(count, 50);
  const k95 = rankIndex(count, 95);
  const k99 = rankIndex(count, 99);
  const p50 = selectInPlace(a, k50, 0, count - 1);
  const p95 = selectInPlace(a, k95, k50, count - 1);
  const p99 = selectInPlace(a, k99, k95, count - 1);
  return { p50, p95, p99, max, mean: sum / count };
}
