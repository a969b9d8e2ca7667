/** Binary searches over ascending arrays (the timeline and its indexes). */

/** Number of items <= x in ascending `a` within [lo, hi): the index of the first item > x. */
export function upperBound(a: ArrayLike<number>, x: number, lo = 0, hi = a.length): number {
  let l = lo;
  let h = hi;
  while (l < h) {
    const m = (l + h) >>> 1;
    if ((a[m] as number) <= x) l = m + 1;
    else h = m;
  }
  return l;
}

/** Index of the first item > x in [lo, hi) of `order`, comparing `key[order[i]]` (ascending along order). */
export function upperBoundBy(
  order: ArrayLike<number>,
  key: ArrayLike<number>,
  x: number,
  lo = 0,
  hi = order.length,
): number {
  let l = lo;
  let h = hi;
  while (l < h) {
    const m = (l + h) >>> 1;
    if ((key[order[m] as number] as number) <= x) l = m + 1;
    else h = m;
  }
  return l;
}
