/**
 * The bills match an independent exact computation on BigInt for random whole-number inputs:
 * prices written as integers over powers of ten, one half-up rounding per line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fargateMonthlyCost, lambdaMonthlyCost } from './index';

/** a / b rounded half-up, for a >= 0 and b > 0. */
const halfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);
const cents = (dollars: number): bigint => BigInt(Math.round(dollars * 100));

describe('lambdaMonthlyCost properties', () => {
  const usage = fc.record({
    requests: fc.integer({ min: 0, max: 10_000_000_000 }),
    durationMs: fc.integer({ min: 0, max: 900_000 }),
    memoryMB: fc.integer({ min: 128, max: 10_240 }),
  });

  it('matches the exact rational bill, rounded half-up per line', () => {
    fc.assert(
      fc.property(usage, ({ requests, durationMs, memoryMB }) => {
        // GB-seconds = R × ms × MB / 1,024,000; $0.0000166667 = 166,667 / 10^10 dollars.
        const mbMs = BigInt(requests) * BigInt(durationMs) * BigInt(memoryMB);
        const billable = mbMs > 400_000n * 1_024_000n ? mbMs - 400_000n * 1_024_000n : 0n;
        const compute = halfUp(billable * 166_667n * 100n, 1_024_000n * 10n ** 10n);
        // $0.20 per million requests = 20 cents per million.
        const req = halfUp(BigInt(Math.max(0, requests - 1_000_000)) * 20n, 1_000_000n);
        const c = lambdaMonthlyCost({ requests, durationMs, memoryMB });
        expect(cents(c.compute)).toBe(compute);
        expect(cents(c.requests)).toBe(req);
        expect(cents(c.total)).toBe(compute + req);
        // A whole number of cents: the dollars print with at most two decimals.
        expect(String(c.total)).toMatch(/^\d+(\.\d{1,2})?$/);
      }),
    );
  });

  it('never costs less for more requests', () => {
    fc.assert(
      fc.property(usage, fc.integer({ min: 0, max: 1_000_000 }), (u, more) => {
        expect(lambdaMonthlyCost({ ...u, requests: u.requests + more }).total).toBeGreaterThanOrEqual(
          lambdaMonthlyCost(u).total,
        );
      }),
    );
  });
});

describe('fargateMonthlyCost properties', () => {
  it('matches the exact rational bill for whole numbers of tasks, vCPU, GB and hours', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 744 }),
        (tasks, vcpu, memoryGB, hours) => {
          // $0.04048 = 40,480 / 10^6 and $0.004445 = 4,445 / 10^6 dollars; × 100 for cents.
          const perHour = BigInt(vcpu) * 40_480n + BigInt(memoryGB) * 4_445n;
          const expected = halfUp(BigInt(tasks) * BigInt(hours) * perHour * 100n, 10n ** 6n);
          expect(cents(fargateMonthlyCost({ tasks, vcpu, memoryGB, hours }).total)).toBe(expected);
        },
      ),
    );
  });

  it('is exact for quarter vCPUs and half GBs too', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 0, max: 240 }),
        (tasks, quarters, halves) => {
          // (q/4) × 40,480/10^6 + (h/2) × 4,445/10^6 = (q × 80,960 + h × 17,780) / (8 × 10^6).
          const perHour = BigInt(quarters) * 80_960n + BigInt(halves) * 17_780n;
          const expected = halfUp(BigInt(tasks) * 730n * perHour * 100n, 8n * 10n ** 6n);
          const c = fargateMonthlyCost({ tasks, vcpu: quarters / 4, memoryGB: halves / 2 });
          expect(cents(c.total)).toBe(expected);
        },
      ),
    );
  });
});
