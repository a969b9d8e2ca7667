import { describe, expect, it } from 'vitest';
import { ceilOf, compare, floorOf, minusFloorZero, plus, ratioOf, roundHalfUp, times, toNumber } from './exact';

describe('exact fractions', () => {
  it('reads numbers as the decimals they print as', () => {
    expect(ratioOf(2.1)).toEqual({ num: 21n, den: 10n });
    expect(ratioOf(0.0000166667)).toEqual({ num: 166_667n, den: 10n ** 10n });
    expect(ratioOf(1e21)).toEqual({ num: 10n ** 21n, den: 1n });
    expect(() => ratioOf(-1)).toThrow(RangeError);
    expect(() => ratioOf(Number.NaN)).toThrow(RangeError);
  });

  it('adds, multiplies, subtracts down to zero and rounds half-up', () => {
    const sum = plus(times(ratioOf(0.25), ratioOf(0.04048)), times(ratioOf(0.5), ratioOf(0.004445)));
    expect(toNumber(sum)).toBe(0.0123425);
    expect(toNumber(minusFloorZero(ratioOf(1), ratioOf(3)))).toBe(0);
    expect(roundHalfUp({ num: 5n, den: 10n })).toBe(1n);
    expect(roundHalfUp({ num: 49n, den: 100n })).toBe(0n);
    expect(toNumber({ num: 1n, den: 3n })).toBeCloseTo(1 / 3, 15);
  });

  it('compares and rounds down or up exactly', () => {
    expect(compare(ratioOf(0.3), plus(ratioOf(0.1), ratioOf(0.2)))).toBe(0);
    expect(compare(ratioOf(1.1), ratioOf(1.2))).toBe(-1);
    expect(floorOf(times(ratioOf(0.3), { num: 10n, den: 1n }))).toBe(3n);
    expect(ceilOf({ num: 7n, den: 2n })).toBe(4n);
    expect(ceilOf({ num: 8n, den: 2n })).toBe(4n);
  });
});
