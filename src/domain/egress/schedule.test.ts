import { describe, expect, it } from 'vitest';
import { egressCost, flatRate, minorDigits, scheduleCapacityGB, type PriceSchedule } from './index';

const tiered = (tiers: PriceSchedule['tiers'], freeGB = 0): PriceSchedule => ({ currency: 'USD', freeGB, tiers });

describe('flatRate', () => {
  it('defaults to pounds with no free allowance', () => {
    expect(flatRate(0.07)).toEqual({ currency: 'GBP', freeGB: 0, tiers: [{ upToGB: null, pricePerGB: 0.07 }] });
    expect(flatRate(0.09, 'USD').currency).toBe('USD');
  });

  it('refuses a negative price or a malformed currency', () => {
    expect(() => flatRate(-0.07)).toThrow(new RangeError('pricePerGB must be a finite number >= 0 (received -0.07)'));
    expect(() => flatRate(0.07, 'pounds')).toThrow(
      new RangeError("currency must be a 3-letter ISO 4217 code such as 'GBP' or 'USD' (received 'pounds')"),
    );
    expect(() => flatRate(5000)).toThrow(new RangeError('pricePerGB must be at most 1000 (received 5000)'));
  });
});

describe('schedule validation: errors name the field, what was received and what was expected', () => {
  it('rejects unsorted tiers', () => {
    const schedule = tiered([
      { upToGB: 10_000, pricePerGB: 0.09 },
      { upToGB: 5_000, pricePerGB: 0.085 },
      { upToGB: null, pricePerGB: 0.05 },
    ]);
    expect(() => egressCost(1, schedule)).toThrow(
      new RangeError(
        'schedule.tiers[1].upToGB must be greater than schedule.tiers[0].upToGB (10000): tiers must be in increasing order (received 5000)',
      ),
    );
  });

  it('rejects equal bounds and a zero-width first tier', () => {
    expect(() =>
      egressCost(
        1,
        tiered([
          { upToGB: 10, pricePerGB: 1 },
          { upToGB: 10, pricePerGB: 1 },
        ]),
      ),
    ).toThrow(/tiers\[1\]\.upToGB must be greater/);
    expect(() =>
      egressCost(
        1,
        tiered([
          { upToGB: 0, pricePerGB: 1 },
          { upToGB: null, pricePerGB: 1 },
        ]),
      ),
    ).toThrow(
      new RangeError('schedule.tiers[0].upToGB must be greater than 0: tiers must be in increasing order (received 0)'),
    );
  });

  it('rejects a null bound before the last tier', () => {
    const schedule = tiered([
      { upToGB: null, pricePerGB: 0.09 },
      { upToGB: null, pricePerGB: 0.05 },
    ]);
    expect(() => egressCost(1, schedule)).toThrow(
      new RangeError(
        'schedule.tiers[0].upToGB may be null (no upper bound) only on the last tier (received null on tier 0 of 2)',
      ),
    );
  });

  it('rejects negative prices and allowances, empty tiers and bad values', () => {
    expect(() => egressCost(1, tiered([{ upToGB: null, pricePerGB: -1 }]))).toThrow(
      new RangeError('schedule.tiers[0].pricePerGB must be a finite number >= 0 (received -1)'),
    );
    expect(() => egressCost(1, tiered([{ upToGB: null, pricePerGB: 1 }], -5))).toThrow(
      new RangeError('schedule.freeGB must be a finite number >= 0 (received -5)'),
    );
    expect(() => egressCost(1, tiered([]))).toThrow(
      new RangeError('schedule.tiers must be a non-empty array of tiers (received an array)'),
    );
    expect(() => egressCost(1, tiered([{ upToGB: Number.NaN, pricePerGB: 1 }]))).toThrow(
      new RangeError('schedule.tiers[0].upToGB must be a finite number >= 0 (received NaN)'),
    );
  });
});

describe('minor units and capacity', () => {
  it('knows how many decimals a currency has', () => {
    expect(minorDigits('GBP')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
  });

  it('reports how far a bounded schedule reaches', () => {
    expect(scheduleCapacityGB(flatRate(0.07))).toBeNull();
    expect(scheduleCapacityGB(tiered([{ upToGB: 1_000, pricePerGB: 1 }], 100))).toBe(1_100);
  });
});
