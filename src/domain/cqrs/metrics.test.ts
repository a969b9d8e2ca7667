import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile, percentileSorted, rankIndex, selectInPlace, summarise } from './metrics';

describe('nearest-rank percentiles', () => {
  it('rank = ceil(p/100 · n)', () => {
    expect(rankIndex(10, 50)).toBe(4);
    expect(rankIndex(10, 95)).toBe(9);
    expect(rankIndex(3, 0)).toBe(0);
    expect(rankIndex(200, 99)).toBe(197);
  });

  it('explicit values on 1..10 and on an empty list', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileSorted(xs, 50)).toBe(5);
    expect(percentileSorted(xs, 90)).toBe(9);
    expect(percentileSorted(xs, 95)).toBe(10);
    expect(percentile([10, 1, 7, 3], 50)).toBe(3);
    expect(percentileSorted([], 50)).toBe(0);
  });

  it('summarise gives p50/p95/p99/max/mean', () => {
    expect(summarise(Float64Array.of(5, 1, 4, 2, 3))).toEqual({
      p50: 3,
      p95: 5,
      p99: 5,
      max: 5,
      mean: 3,
    });
    expect(summarise(Float64Array.of(9, 9, 1), 2)).toEqual({
      p50: 9,
      p95: 9,
      p99: 9,
      max: 9,
      mean: 9,
    });
    expect(summarise(new Float64Array(0))).toEqual({
      p50: 0,
      p95: 0,
      p99: 0,
      max: 0,
      mean: 0,
    });
  });

  it('does not modify its input', () => {
    const xs = Float64Array.of(3, 1, 2);
    summarise(xs);
    expect(Array.from(xs)).toEqual([3, 1, 2]);
  });

  it('selection agrees with sorting, duplicates included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.nat(),
        (xs, k0) => {
          const k = k0 % xs.length;
          const sorted = [...xs].sort((a, b) => a - b);
          expect(selectInPlace(Float64Array.from(xs), k)).toBe(sorted[k]);
          const s = summarise(Float64Array.from(xs));
          expect(s.p50).toBe(percentileSorted(sorted, 50));
          expect(s.p95).toBe(percentileSorted(sorted, 95));
          expect(s.p99).toBe(percentileSorted(sorted, 99));
          expect(s.max).toBe(sorted.at(-1));
        },
      ),
    );
  });
});
