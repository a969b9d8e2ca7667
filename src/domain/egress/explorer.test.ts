import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capacityGB, chartRangeGB, fitsSchedule, percentToShare } from './explorer';
import { flatRate, MAX_GB_PER_MONTH, PROVIDER_PRESETS } from './index';

describe('percentToShare', () => {
  it('turns a typed percentage into the share a person means, without float noise', () => {
    expect(percentToShare(33.3)).toBe(0.333);
    expect(percentToShare(100)).toBe(1);
    expect(percentToShare(0)).toBe(0);
    expect(() => percentToShare(Number.NaN)).toThrow(/percent must be a finite number/);
  });
});

describe('capacity of a price list', () => {
  it('is 1 EB for a flat rate and the last tier for a bounded list', () => {
    expect(capacityGB(flatRate(0.07, 'GBP'))).toBe(MAX_GB_PER_MONTH);
    for (const preset of PROVIDER_PRESETS) expect(capacityGB(preset)).toBeGreaterThan(0);
  });

  it('says a volume fits only when it is a number within the capacity', () => {
    const flat = flatRate(0.07, 'GBP');
    expect(fitsSchedule(10_000, flat)).toEqual({ fits: true, capGB: MAX_GB_PER_MONTH });
    expect(fitsSchedule(MAX_GB_PER_MONTH * 2, flat).fits).toBe(false);
    expect(fitsSchedule(Infinity, flat).fits).toBe(false);
    expect(fitsSchedule(Number.NaN, flat).fits).toBe(false);
  });
});

describe('chartRangeGB', () => {
  it('reaches the first round number at or above 1.5 × the volume', () => {
    expect(chartRangeGB(0, 1e9)).toBe(10);
    expect(chartRangeGB(10_000, 1e9)).toBe(20_000);
    expect(chartRangeGB(50_000, 1e9)).toBe(100_000);
    expect(chartRangeGB(900_000_000, 1e9)).toBe(1e9);
  });

  it('always shows the volume and never passes the capacity', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (gb) => {
        const top = chartRangeGB(gb, 1e9);
        return top <= 1e9 && (top >= gb || top === 1e9);
      }),
    );
  });

  it('names a bad argument', () => {
    expect(() => chartRangeGB(-1, 10)).toThrow(/gb must be a finite number >= 0/);
  });
});
