import { describe, expect, it } from 'vitest';
import {
  applyStrategies,
  AWS_INTERNET_EGRESS,
  CACHE_PLACEMENTS,
  cacheStrategies,
  costWithStrategies,
  flatRate,
} from './index';

const cdn = flatRate(0.02);

describe('applyStrategies: compression, then cache, then CDN', () => {
  it('does nothing without strategies', () => {
    expect(applyStrategies(10_000)).toEqual({
      originalGB: 10_000,
      afterCompressionGB: 10_000,
      cachedGB: 0,
      cdnGB: 0,
      egressGB: 10_000,
    });
  });

  it('compresses first: a ratio of 0.4 leaves 40% of the bytes', () => {
    expect(applyStrategies(10_000, { compressionRatio: 0.4 }).egressGB).toBe(4_000);
  });

  it('then caches a share of the compressed traffic, then offloads a share of the rest to the CDN', () => {
    expect(
      applyStrategies(10_000, { compressionRatio: 0.4, cacheHitRatio: 0.5, cdnOffload: 0.5, cdnSchedule: cdn }),
    ).toEqual({
      originalGB: 10_000,
      afterCompressionGB: 4_000,
      cachedGB: 2_000,
      cdnGB: 1_000,
      egressGB: 1_000,
    });
  });

  it('splits whole bytes, rounding half-up, so the parts add up exactly', () => {
    expect(applyStrategies(0.000000003, { cacheHitRatio: 0.5 })).toEqual({
      originalGB: 3e-9,
      afterCompressionGB: 3e-9,
      cachedGB: 2e-9,
      cdnGB: 0,
      egressGB: 1e-9,
    });
  });

  it('names the strategy that is out of range', () => {
    expect(() => applyStrategies(1, { compressionRatio: 0 })).toThrow(
      new RangeError(
        'compressionRatio must be a number greater than 0 and at most 1 (compressed size / original size; 1 = no compression) (received 0)',
      ),
    );
    expect(() => applyStrategies(1, { compressionRatio: 1.5 })).toThrow(
      /compressionRatio must be .* \(received 1\.5\)/,
    );
    expect(() => applyStrategies(1, { cacheHitRatio: 1.2 })).toThrow(
      new RangeError('cacheHitRatio must be a number from 0 to 1 (a share: 0.25 means 25%) (received 1.2)'),
    );
    expect(() => applyStrategies(1, { cdnOffload: 0.3 })).toThrow(
      new RangeError('cdnSchedule must be a price schedule when cdnOffload is greater than 0 (received undefined)'),
    );
    expect(() => applyStrategies(-1)).toThrow(new RangeError('gbPerMonth must be a finite number >= 0 (received -1)'));
  });
});

describe('costWithStrategies', () => {
  it('compares with and without, line by line', () => {
    const result = costWithStrategies(10_000, flatRate(0.07), {
      compressionRatio: 0.4,
      cacheHitRatio: 0.5,
      cdnOffload: 0.5,
      cdnSchedule: cdn,
    });
    expect(result.total).toBe(90); // 1,000 GB x £0.07 + 1,000 GB x £0.02
    expect(result.withoutStrategies).toBe(700);
    expect(result.saving).toBe(610);
    expect(result.currency).toBe('GBP');
    expect(result.lines).toEqual([
      { item: 'origin-egress', fromGB: 0, toGB: 1_000, gb: 1_000, pricePerGB: 0.07, cost: 70 },
      { item: 'cdn-delivery', fromGB: 0, toGB: 1_000, gb: 1_000, pricePerGB: 0.02, cost: 20 },
      { item: 'cdn-fill', fromGB: 0, toGB: 1_000, gb: 1_000, pricePerGB: 0, cost: 0 },
    ]);
    expect(result.egress.total).toBe(70);
    expect(result.cdn.total).toBe(20);
  });

  it('charges origin-to-CDN fill when given a price', () => {
    const result = costWithStrategies(1_000, flatRate(0.07), {
      cdnOffload: 1,
      cdnSchedule: cdn,
      cdnFillPricePerGB: 0.01,
    });
    expect(result.lines.at(-1)).toEqual({
      item: 'cdn-fill',
      fromGB: 0,
      toGB: 1_000,
      gb: 1_000,
      pricePerGB: 0.01,
      cost: 10,
    });
    expect(result.total).toBe(30);
  });

  it('equals egressCost when no strategy is used', () => {
    const result = costWithStrategies(10_000, flatRate(0.07));
    expect(result.total).toBe(700);
    expect(result.saving).toBe(0);
    expect(result.cdn).toEqual({ total: 0, currency: 'GBP', lines: [] });
  });

  it('reports a negative saving when a CDN costs more than it saves', () => {
    // 50 GB is inside the AWS free allowance, so moving it to a paid CDN only adds cost.
    const result = costWithStrategies(50, AWS_INTERNET_EGRESS, { cdnOffload: 1, cdnSchedule: flatRate(0.085, 'USD') });
    expect(result.withoutStrategies).toBe(0);
    expect(result.total).toBe(4.25);
    expect(result.saving).toBe(-4.25);
  });

  it('refuses a CDN schedule in another currency', () => {
    expect(() =>
      costWithStrategies(10, flatRate(0.07), { cdnOffload: 0.5, cdnSchedule: flatRate(0.02, 'USD') }),
    ).toThrow(new RangeError("cdnSchedule.currency must be the origin schedule's currency, GBP (received 'USD')"));
  });
});

describe('where a cache sits decides whether it saves egress', () => {
  it('a cache inside the region that serves outside users leaves the egress unchanged', () => {
    // The old premise ("a cache in the region keeps traffic inside the cloud") would give 400 GB.
    const inRegion = applyStrategies(1_000, cacheStrategies('in-region', 0.6));
    expect(inRegion.egressGB).toBe(1_000);
    expect(inRegion.cachedGB).toBe(0);
    expect(costWithStrategies(1_000, flatRate(0.07), cacheStrategies('in-region', 0.6)).saving).toBe(0);
  });

  it('a cache on the consumer’s side (browser, office proxy) answers requests before they reach the cloud', () => {
    const consumer = applyStrategies(1_000, cacheStrategies('consumer-side', 0.6));
    expect(consumer.cachedGB).toBe(600);
    expect(consumer.egressGB).toBe(400);
    expect(CACHE_PLACEMENTS).toEqual(['consumer-side', 'in-region']);
  });

  it('accepts the old name cacheHitRatio as an alias of consumerCacheHitRatio', () => {
    const now = applyStrategies(1_000, { consumerCacheHitRatio: 0.25 });
    expect(applyStrategies(1_000, { cacheHitRatio: 0.25 })).toEqual(now);
    expect(applyStrategies(1_000, { cacheHitRatio: 0.25, consumerCacheHitRatio: 0.25 })).toEqual(now);
    expect(() => applyStrategies(1_000, { cacheHitRatio: 0.2, consumerCacheHitRatio: 0.25 })).toThrow(
      /cacheHitRatio must be left out, or equal to consumerCacheHitRatio \(0\.25\)/,
    );
    expect(() => applyStrategies(1_000, { consumerCacheHitRatio: 2 })).toThrow(/consumerCacheHitRatio must be/);
  });

  it('refuses an unknown placement or a bad ratio with a sentence', () => {
    expect(() => cacheStrategies('edge' as never, 0.5)).toThrow(/placement must be one of consumer-side, in-region/);
    expect(() => cacheStrategies('in-region', -1)).toThrow(/hitRatio/);
  });
});
