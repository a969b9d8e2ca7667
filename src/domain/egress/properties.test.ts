/**
 * Properties that must hold for every schedule, volume and strategy, checked with fast-check.
 * Money is compared in whole pennies (Math.round(x * 100)), which is exact for the 2-decimal
 * totals the module returns.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSchedule } from './schedule';
import { meterGB, priceBytes, priceBytesTotal } from './cost';
import {
  applyStrategies,
  costCurve,
  costCurveWithStrategies,
  costWithStrategies,
  egressCost,
  formatMoney,
  parseAmount,
  parseVolume,
  yearlyCost,
  type PriceSchedule,
} from './index';

const pennies = (amount: number): number => Math.round(amount * 100);

const price = fc.double({ min: 0, max: 2, noNaN: true });
const volume = fc.double({ min: 0, max: 1_000_000, noNaN: true });
const share = fc.double({ min: 0, max: 1, noNaN: true });

/** Tiered GBP schedules: 1-4 tiers with increasing bounds, the last unbounded. */
const schedule: fc.Arbitrary<PriceSchedule> = fc
  .record({
    freeGB: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1_000, noNaN: true })),
    widths: fc.array(fc.integer({ min: 1, max: 200_000 }), { maxLength: 3 }),
    prices: fc.array(price, { minLength: 4, maxLength: 4 }),
  })
  .map(({ freeGB, widths, prices }) => {
    let bound = 0;
    const bounded = widths.map((width, i) => ({ upToGB: (bound += width), pricePerGB: prices[i] ?? 0 }));
    return { currency: 'GBP', freeGB, tiers: [...bounded, { upToGB: null, pricePerGB: prices[3] ?? 0 }] };
  });

/** Month-volume positions where the price may change, with the price that applies just after. */
function boundaries(s: PriceSchedule): { at: number; next: number; room: number }[] {
  const result: { at: number; next: number; room: number }[] = [];
  let start = 0;
  s.tiers.forEach((tier) => {
    const end = tier.upToGB === null ? Number.POSITIVE_INFINITY : tier.upToGB;
    result.push({ at: s.freeGB + start, next: tier.pricePerGB, room: end - start });
    start = end;
  });
  return result;
}

describe('egressCost properties', () => {
  it('never decreases as volume grows', () => {
    fc.assert(
      fc.property(schedule, volume, volume, (s, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(egressCost(low, s).total).toBeLessThanOrEqual(egressCost(high, s).total);
      }),
    );
  });

  it('is continuous at tier boundaries: crossing one adds at most epsilon x the next price plus a penny', () => {
    fc.assert(
      fc.property(schedule, fc.double({ min: 0.001, max: 1_000, noNaN: true }), (s, epsilon) => {
        for (const { at, next, room } of boundaries(s)) {
          if (epsilon > room) continue; // the step would cross into a later tier too
          const step = pennies(egressCost(at + epsilon, s).total) - pennies(egressCost(at, s).total);
          expect(step).toBeLessThanOrEqual(Math.ceil(epsilon * next * 100) + 1);
          expect(step).toBeGreaterThanOrEqual(Math.floor(epsilon * next * 100) - 1);
        }
      }),
    );
  });

  it('is never negative or NaN, and totals its lines to the penny', () => {
    fc.assert(
      fc.property(schedule, volume, (s, gb) => {
        const { total, lines } = egressCost(gb, s);
        expect(Number.isFinite(total)).toBe(true);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(pennies(total) / 100).toBe(total); // no float noise: exactly a whole number of pennies
        expect(lines.reduce((sum, line) => sum + pennies(line.cost), 0)).toBe(pennies(total));
        for (const line of lines) expect(pennies(line.cost) / 100).toBe(line.cost);
      }),
    );
  });

  it('covers the whole volume with contiguous lines', () => {
    fc.assert(
      fc.property(schedule, fc.integer({ min: 1, max: 10_000_000 }), (s, gb) => {
        const { lines } = egressCost(gb, s);
        expect(lines[0]?.fromGB).toBe(0);
        expect(lines.at(-1)?.toGB).toBe(gb);
        lines.slice(1).forEach((line, i) => expect(line.fromGB).toBe(lines[i]?.toGB));
      }),
    );
  });

  it('makes a year twelve months exactly', () => {
    fc.assert(
      fc.property(schedule, volume, (s, gb) => {
        const monthly = egressCost(gb, s);
        expect(pennies(yearlyCost(monthly))).toBe(12 * pennies(monthly.total));
        expect(formatMoney(yearlyCost(monthly), 'GBP')).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
      }),
    );
  });

  it('draws a sorted, non-decreasing cost curve', () => {
    fc.assert(
      fc.property(schedule, volume, fc.integer({ min: 2, max: 60 }), (s, max, points) => {
        const curve = costCurve(s, max, points);
        curve.slice(1).forEach((point, i) => {
          expect(point.gb).toBeGreaterThan(curve[i]?.gb ?? Number.NaN);
          expect(point.cost).toBeGreaterThanOrEqual(curve[i]?.cost ?? Number.NaN);
        });
      }),
    );
  });
});

describe('strategy properties', () => {
  const strategies = fc.record({
    compressionRatio: fc.double({ min: 0.01, max: 1, noNaN: true }),
    cacheHitRatio: share,
  });

  it('compression and caching never increase the cost', () => {
    fc.assert(
      fc.property(schedule, volume, strategies, (s, gb, chosen) => {
        const result = costWithStrategies(gb, s, chosen);
        expect(result.total).toBeLessThanOrEqual(egressCost(gb, s).total);
        expect(result.saving).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a CDN no dearer than the origin, with at least its free allowance, never increases the cost beyond rounding', () => {
    fc.assert(
      fc.property(
        schedule,
        volume,
        strategies,
        share,
        fc.double({ min: 0, max: 1, noNaN: true }),
        (s, gb, chosen, offload, discount) => {
          const cheapest = Math.min(...s.tiers.map((tier) => tier.pricePerGB));
          const cdnSchedule: PriceSchedule = {
            currency: 'GBP',
            freeGB: s.freeGB,
            tiers: [{ upToGB: null, pricePerGB: cheapest * discount }],
          };
          const result = costWithStrategies(gb, s, { ...chosen, cdnOffload: offload, cdnSchedule });
          // Each rounded line may be off by half a penny from the exact amount.
          const lineCount = result.lines.length + egressCost(gb, s).lines.length;
          expect(pennies(result.total)).toBeLessThanOrEqual(
            pennies(result.withoutStrategies) + Math.ceil(lineCount / 2),
          );
        },
      ),
    );
  });

  it('splits the traffic without losing or inventing a byte, and never below zero', () => {
    fc.assert(
      fc.property(volume, strategies, share, (gb, chosen, offload) => {
        const v = applyStrategies(gb, {
          ...chosen,
          cdnOffload: offload,
          cdnSchedule: { currency: 'GBP', freeGB: 0, tiers: [{ upToGB: null, pricePerGB: 0 }] },
        });
        const bytes = (x: number): number => Math.round(x * 1e9);
        expect(bytes(v.cachedGB) + bytes(v.cdnGB) + bytes(v.egressGB)).toBe(bytes(v.afterCompressionGB));
        expect(Math.min(v.cachedGB, v.cdnGB, v.egressGB)).toBeGreaterThanOrEqual(0);
        expect(v.afterCompressionGB).toBeLessThanOrEqual(v.originalGB);
      }),
    );
  });

  it('keeps every total finite and non-negative', () => {
    fc.assert(
      fc.property(schedule, volume, strategies, share, price, price, (s, gb, chosen, offload, cdnPrice, fill) => {
        const result = costWithStrategies(gb, s, {
          ...chosen,
          cdnOffload: offload,
          cdnSchedule: { ...s, tiers: [{ upToGB: null, pricePerGB: cdnPrice }] },
          cdnFillPricePerGB: fill,
        });
        expect(Number.isFinite(result.total) && result.total >= 0).toBe(true);
        expect(result.lines.reduce((sum, line) => sum + pennies(line.cost), 0)).toBe(pennies(result.total));
        expect(pennies(result.saving)).toBe(pennies(result.withoutStrategies) - pennies(result.total));
      }),
    );
  });
});

// The fast paths a slider step takes must give exactly what the plain, whole-bill route gives.
describe('fast paths equal the plain computation', () => {
  const bigVolume = fc.oneof(volume, fc.double({ min: 0, max: 1_000_000_000, noNaN: true }));

  it('prices a total without lines exactly as the bill does', () => {
    fc.assert(
      fc.property(schedule, bigVolume, (s, gb) => {
        const compiled = compileSchedule(s);
        const bytes = meterGB('gbPerMonth', gb);
        expect(priceBytesTotal(bytes, compiled, 'gbPerMonth')).toBe(
          priceBytes(bytes, compiled, 'gbPerMonth').totalMinor,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('draws the curve with strategies with costWithStrategies totals and costCurve points', () => {
    const strategies = fc.record({
      compressionRatio: fc.double({ min: 0.01, max: 1, noNaN: true }),
      consumerCacheHitRatio: share,
      cdnOffload: share,
      cdnFillPricePerGB: fc.oneof(fc.constant(0), price),
    });
    fc.assert(
      fc.property(
        schedule,
        schedule,
        bigVolume,
        strategies,
        fc.integer({ min: 2, max: 60 }),
        fc.constantFrom('decimal-GB', 'binary-GB') satisfies fc.Arbitrary<PriceSchedule['billedUnit']>,
        (s, cdn, max, chosen, points, billedUnit) => {
          const origin = { ...s, billedUnit };
          const withCdn = { ...chosen, cdnSchedule: cdn };
          const fast = costCurveWithStrategies(origin, withCdn, max, points);
          const plain = costCurve(origin, max, points);
          expect(fast.map(({ gb, cost, boundary }) => ({ gb, cost, boundary }))).toEqual(plain);
          for (const point of fast) {
            expect(point.withStrategies).toBe(costWithStrategies(point.gb, origin, withCdn).total);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses what costWithStrategies refuses', () => {
    const s: PriceSchedule = { currency: 'GBP', freeGB: 0, tiers: [{ upToGB: null, pricePerGB: 0.07 }] };
    expect(() => costCurveWithStrategies(s, { cdnOffload: 0.5 }, 100)).toThrow(/cdnSchedule/);
    expect(() => costCurveWithStrategies(s, { compressionRatio: 0 }, 100)).toThrow(/compressionRatio/);
    expect(() => costCurveWithStrategies(s, { cdnOffload: 0.5, cdnSchedule: { ...s, currency: 'USD' } }, 100)).toThrow(
      /cdnSchedule.currency/,
    );
    expect(() => costCurveWithStrategies(s, {}, -1)).toThrow(/maxGB/);
  });
});

describe('parser properties', () => {
  it('never returns NaN, a negative value or an empty message, whatever is typed', () => {
    const typed = fc.oneof(fc.string(), fc.stringMatching(/^[-+£$ ]?[\d,.]{0,12}(e\d)?( ?[A-Za-z]{0,3})$/));
    fc.assert(
      fc.property(typed, (text) => {
        for (const result of [parseAmount(text), parseVolume(text)]) {
          if (result.ok) {
            expect(Number.isFinite(result.value) && result.value >= 0 && result.value <= 1e9).toBe(true);
          } else {
            expect(result.message.length).toBeGreaterThan(10);
          }
        }
      }),
    );
  });

  it('reads back what formatMoney writes (without the symbol)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (minor) => {
        const amount = minor / 100;
        expect(parseAmount(formatMoney(amount, 'GBP'), 1e12)).toEqual({ ok: true, value: amount });
      }),
    );
  });
});
