import { describe, expect, it } from 'vitest';
import { lambdaMonthlyCost, LAMBDA } from './index';

describe('lambdaMonthlyCost', () => {
  it('charges nothing for exactly the free tier: 1,000,000 requests and 400,000 GB-seconds', () => {
    // 1,000,000 × 0.4 s × 1 GB = 400,000 GB-seconds.
    expect(lambdaMonthlyCost({ requests: 1_000_000, durationMs: 400, memoryMB: 1024 })).toEqual({
      gbSeconds: 400_000,
      billableGBSeconds: 0,
      billableRequests: 0,
      compute: 0,
      requests: 0,
      total: 0,
    });
  });

  it('charges less than half a cent, so $0, just past the free tier', () => {
    const c = lambdaMonthlyCost({ requests: 1_000_001, durationMs: 400, memoryMB: 1024 });
    expect(c.billableRequests).toBe(1);
    expect(c.billableGBSeconds).toBe(0.4);
    expect(c.total).toBe(0);
  });

  it.each([
    // requests, ms, MB, GB-seconds, compute, request charge, total (all checked by hand)
    [5_000_000, 200, 512, 500_000, 1.67, 0.8, 2.47], // 100,000 × $0.0000166667 = $1.66667
    [60_000_000, 400, 2048, 48_000_000, 793.33, 11.8, 805.13], // 47,600,000 × ... = $793.33492
    [3_000_000, 100, 128, 37_500, 0, 0.4, 0.4],
    [10_000_000, 150, 1024, 1_500_000, 18.33, 1.8, 20.13], // 1,100,000 × ... = $18.33337
    [20_000_000, 50, 256, 250_000, 0, 3.8, 3.8],
  ])(
    '%i requests of %i ms at %i MB: %f GB-s, $%f + $%f = $%f',
    (requests, durationMs, memoryMB, gbs, compute, req, total) => {
      const c = lambdaMonthlyCost({ requests, durationMs, memoryMB });
      expect(c.gbSeconds).toBe(gbs);
      expect(c.compute).toBe(compute);
      expect(c.requests).toBe(req);
      expect(c.total).toBe(total);
    },
  );

  it('rounds each line once, half-up, to the cent', () => {
    // 25,000 billable requests × $0.20 per million = $0.005 exactly: half a cent rounds up.
    expect(lambdaMonthlyCost({ requests: 1_025_000, durationMs: 0, memoryMB: 128 }).requests).toBe(0.01);
    expect(lambdaMonthlyCost({ requests: 1_024_999, durationMs: 0, memoryMB: 128 }).requests).toBe(0);
    // 300 billable GB-seconds at $0.0000166667 = $0.00500001: just over half a cent.
    const c = lambdaMonthlyCost(
      { requests: 1, durationMs: 300_000, memoryMB: 1024 },
      { ...LAMBDA, freeGBSeconds: 0, perGBSecond: 0.0000166667 },
    );
    expect(c.compute).toBe(0.01);
  });

  it('reads decimals exactly: 0.1 ms is a tenth of a millisecond, not 0.1000000000000000055...', () => {
    // 10,240,000 × 0.1 ms × 1,024 MB = 1,024 GB-seconds exactly.
    expect(lambdaMonthlyCost({ requests: 10_240_000, durationMs: 0.1, memoryMB: 1024 }).gbSeconds).toBe(1_024);
  });

  it('takes other prices, for a widget that compares regions or architectures', () => {
    const c = lambdaMonthlyCost(
      { requests: 2_000_000, durationMs: 1000, memoryMB: 1024 },
      { perMillionRequests: 0.2, perGBSecond: 0.0000133334, freeRequests: 0, freeGBSeconds: 0 },
    );
    expect(c.compute).toBe(26.67); // 2,000,000 × $0.0000133334 = $26.6668
    expect(c.requests).toBe(0.4);
    expect(c.total).toBe(27.07);
  });

  it('refuses bad input with a message naming the argument', () => {
    const ok = { requests: 1, durationMs: 1, memoryMB: 128 };
    expect(() => lambdaMonthlyCost({ ...ok, requests: -1 })).toThrow(
      new RangeError('requests must be a whole number from 0 to 1,000,000,000,000 (received -1)'),
    );
    expect(() => lambdaMonthlyCost({ ...ok, requests: 1.5 })).toThrow(
      new RangeError('requests must be a whole number from 0 to 1,000,000,000,000 (received 1.5)'),
    );
    expect(() => lambdaMonthlyCost({ ...ok, durationMs: Number.NaN })).toThrow(
      new RangeError('durationMs must be a finite number from 0 to 900,000 (received NaN)'),
    );
    expect(() => lambdaMonthlyCost({ ...ok, durationMs: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError('durationMs must be a finite number from 0 to 900,000 (received Infinity)'),
    );
    expect(() => lambdaMonthlyCost({ ...ok, memoryMB: 100 })).toThrow(
      new RangeError('memoryMB must be a whole number from 128 to 10,240 (received 100)'),
    );
    expect(() => lambdaMonthlyCost({ ...ok, memoryMB: 512.5 })).toThrow(RangeError);
    expect(() => lambdaMonthlyCost(ok, { ...LAMBDA, perGBSecond: -1 })).toThrow(
      new RangeError('prices.perGBSecond must be a finite number from 0 to 1,000 (received -1)'),
    );
  });

  it('refuses a bill too large to be exact in cents', () => {
    expect(() =>
      lambdaMonthlyCost({ requests: 1e12, durationMs: 900_000, memoryMB: 10_240 }, { ...LAMBDA, perGBSecond: 1000 }),
    ).toThrow(/the bill is too large to compute exactly/);
  });

  it('gives the worked examples of the lesson "Serverless with AWS Lambda"', () => {
    expect(lambdaMonthlyCost({ requests: 3_000_000, durationMs: 120, memoryMB: 512 })).toMatchObject({
      gbSeconds: 180_000,
      compute: 0,
      requests: 0.4,
      total: 0.4,
    });
    expect(lambdaMonthlyCost({ requests: 30_000_000, durationMs: 200, memoryMB: 1024 })).toMatchObject({
      gbSeconds: 6_000_000,
      billableGBSeconds: 5_600_000,
      compute: 93.33,
      requests: 5.8,
      total: 99.13,
    });
  });
});
