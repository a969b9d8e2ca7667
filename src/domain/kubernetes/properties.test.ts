/** Properties of the Kubernetes rules, checked with fast-check. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hpaDecision, hpaDesiredReplicas, rollingUpdateBounds } from './index';

const intOrPercent = (maxPercent: number): fc.Arbitrary<number | string> =>
  fc.oneof(
    fc.integer({ min: 0, max: 50 }),
    fc.integer({ min: 0, max: maxPercent }).map((p) => `${p}%`),
  );

const isZero = (v: number | string): boolean => v === 0 || v === '0%';

describe('rollingUpdateBounds properties', () => {
  const spec = fc
    .record({
      replicas: fc.integer({ min: 0, max: 1000 }),
      maxSurge: intOrPercent(300),
      maxUnavailable: intOrPercent(100),
    })
    .filter((s) => !(isZero(s.maxSurge) && isZero(s.maxUnavailable)));

  it('keeps maxPods >= replicas >= minAvailable >= 0, and lets at least one pod move', () => {
    fc.assert(
      fc.property(spec, (s) => {
        const b = rollingUpdateBounds(s);
        expect(b.maxPods).toBeGreaterThanOrEqual(s.replicas);
        expect(s.replicas).toBeGreaterThanOrEqual(b.minAvailable);
        expect(b.minAvailable).toBeGreaterThanOrEqual(0);
        if (s.replicas > 0) expect(b.surge + b.unavailable).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('rounds a percentage of maxSurge up and of maxUnavailable down (when that leaves room to move)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 100 }),
        (replicas, s, u) => {
          const b = rollingUpdateBounds({ replicas, maxSurge: `${s}%`, maxUnavailable: `${u}%` });
          expect(BigInt(b.surge)).toBe((BigInt(replicas) * BigInt(s) + 99n) / 100n);
          expect(BigInt(b.unavailable)).toBe((BigInt(replicas) * BigInt(u)) / 100n);
          expect(b.surgeBeforeRounding).toBe((replicas * s) / 100);
        },
      ),
    );
  });
});

describe('hpaDesiredReplicas properties', () => {
  const input = fc
    .record({
      current: fc.integer({ min: 1, max: 1000 }),
      currentMetric: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
      targetMetric: fc.integer({ min: 1, max: 1000 }),
      min: fc.integer({ min: 1, max: 50 }),
      extra: fc.integer({ min: 0, max: 100 }),
      tolerance: fc.constantFrom(0, 0.05, 0.1, 0.2),
    })
    .map(({ extra, ...r }) => ({ ...r, max: r.min + extra }));

  it('always stays within [min, max]', () => {
    fc.assert(
      fc.property(input, (i) => {
        const desired = hpaDesiredReplicas(i);
        expect(desired).toBeGreaterThanOrEqual(i.min);
        expect(desired).toBeLessThanOrEqual(i.max);
        expect(Number.isInteger(desired)).toBe(true);
      }),
    );
  });

  it('never asks for fewer replicas when the metric rises', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 500 }), (i, rise) => {
        expect(hpaDesiredReplicas({ ...i, currentMetric: i.currentMetric + rise })).toBeGreaterThanOrEqual(
          hpaDesiredReplicas(i),
        );
      }),
    );
  });

  it('is ceil(current × metric ÷ target), clamped, outside the tolerance (integer reference)', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 1000 }), (i, metric) => {
        const d = hpaDecision({ ...i, currentMetric: metric });
        const within =
          BigInt(Math.abs(metric - i.targetMetric)) * 100n <=
          BigInt(i.targetMetric) * BigInt(Math.round(i.tolerance * 100));
        expect(d.withinTolerance).toBe(within);
        const product = BigInt(i.current) * BigInt(metric);
        const ceil = Number((product + BigInt(i.targetMetric) - 1n) / BigInt(i.targetMetric));
        const proposed = within ? i.current : ceil;
        expect(d.proposed).toBe(proposed);
        expect(d.desired).toBe(Math.min(i.max, Math.max(i.min, proposed)));
      }),
    );
  });
});
