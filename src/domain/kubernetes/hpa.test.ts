import { describe, expect, it } from 'vitest';
import { hpaDecision, hpaDesiredReplicas, hpaScaleUpLimit } from './index';

const base = { min: 2, max: 20 };

describe('hpaDesiredReplicas', () => {
  it.each([
    // current, currentMetric, targetMetric, desired (ceil(current × metric ÷ target), clamped)
    [4, 90, 60, 6],
    [3, 150, 50, 9],
    [5, 95, 70, 7], // 6.79 up to 7
    [2, 20, 80, 2], // ceil(0.5) = 1, clamped up to min 2
    [8, 150, 50, 20], // 24, clamped down to max 20
    [6, 30, 80, 3], // 2.25 up to 3
  ])('%i replicas at %f against %f asks for %i', (current, currentMetric, targetMetric, desired) => {
    expect(hpaDesiredReplicas({ current, currentMetric, targetMetric, ...base })).toBe(desired);
  });

  it('does not scale within the tolerance, edges included, compared exactly', () => {
    expect(hpaDecision({ current: 4, currentMetric: 66, targetMetric: 60, ...base })).toMatchObject({
      desired: 4,
      withinTolerance: true,
    }); // ratio 1.1 exactly
    expect(hpaDesiredReplicas({ current: 4, currentMetric: 54, targetMetric: 60, ...base })).toBe(4); // 0.9
    expect(hpaDesiredReplicas({ current: 4, currentMetric: 67, targetMetric: 60, ...base })).toBe(5); // 4.47 up
    expect(hpaDesiredReplicas({ current: 4, currentMetric: 61, targetMetric: 60, tolerance: 0, ...base })).toBe(5);
    expect(hpaDesiredReplicas({ current: 4, currentMetric: 60, targetMetric: 60, tolerance: 0, ...base })).toBe(4);
  });

  it('still keeps a count outside [min, max] within it', () => {
    expect(hpaDecision({ current: 25, currentMetric: 60, targetMetric: 60, ...base })).toMatchObject({
      proposed: 25,
      desired: 20,
      limitedBy: 'max',
    });
  });

  it('limits a scale-up step to max(current + 4, 2 × current), the default policies', () => {
    // 3 replicas at 200% of a 50% target want 12; the first 15 s step allows 7 (3 + 4 > 3 × 2).
    const d = hpaDecision({ current: 3, currentMetric: 200, targetMetric: 50, min: 1, max: 20 });
    expect(d.desired).toBe(12);
    expect(d.firstStep).toBe(7);
    // 10 replicas at double the target want 20: doubling allows it at once.
    expect(hpaDecision({ current: 10, currentMetric: 120, targetMetric: 60, min: 1, max: 50 }).firstStep).toBe(20);
    // Scaling down is not rate-limited by these policies (a stabilisation window applies instead).
    expect(hpaDecision({ current: 10, currentMetric: 10, targetMetric: 60, min: 1, max: 50 }).firstStep).toBe(2);
    expect(hpaScaleUpLimit(1)).toBe(5);
    expect(hpaScaleUpLimit(8)).toBe(16);
  });

  it('explains its decision', () => {
    expect(hpaDecision({ current: 2, currentMetric: 20, targetMetric: 80, ...base })).toEqual({
      desired: 2,
      proposed: 1,
      unrounded: 0.5,
      ratio: 0.25,
      withinTolerance: false,
      limitedBy: 'min',
      firstStep: 2,
    });
    // Decimal metrics are exact: 3 × 0.25 ÷ 0.1 = 7.5, up to 8.
    expect(hpaDecision({ current: 3, currentMetric: 0.25, targetMetric: 0.1, ...base })).toMatchObject({
      unrounded: 7.5,
      ratio: 2.5,
      desired: 8,
    });
    expect(hpaDecision({ current: 3, currentMetric: 0, targetMetric: 50, ...base })).toMatchObject({
      proposed: 0,
      desired: 2,
      limitedBy: 'min',
    });
  });

  it('refuses bad input with a message naming the argument', () => {
    const ok = { current: 3, currentMetric: 90, targetMetric: 60, ...base };
    expect(() => hpaDesiredReplicas({ ...ok, current: 0 })).toThrow(
      new RangeError('current must be a whole number from 1 to 1,000,000 (received 0)'),
    );
    expect(() => hpaDesiredReplicas({ ...ok, current: 2.5 })).toThrow(/^current must be a whole number/);
    expect(() => hpaDesiredReplicas({ ...ok, currentMetric: Number.NaN })).toThrow(
      new RangeError('currentMetric must be a finite number from 0 to 1,000,000,000 (received NaN)'),
    );
    expect(() => hpaDesiredReplicas({ ...ok, currentMetric: -1 })).toThrow(/^currentMetric must be/);
    expect(() => hpaDesiredReplicas({ ...ok, targetMetric: 0 })).toThrow(
      new RangeError('targetMetric must be above 0 (received 0)'),
    );
    expect(() => hpaDesiredReplicas({ ...ok, targetMetric: Number.POSITIVE_INFINITY })).toThrow(
      /^targetMetric must be/,
    );
    expect(() => hpaDesiredReplicas({ ...ok, min: 0 })).toThrow(
      new RangeError('min must be a whole number from 1 to 1,000,000 (received 0)'),
    );
    expect(() => hpaDesiredReplicas({ ...ok, min: 5, max: 3 })).toThrow(
      new RangeError('max must be a whole number from 5 to 1,000,000 (received 3)'),
    );
    expect(() => hpaDesiredReplicas({ ...ok, tolerance: 1.5 })).toThrow(
      new RangeError('tolerance must be a finite number from 0 to 1 (received 1.5)'),
    );
  });

  it('gives the worked example of the lesson "How Kubernetes orchestrates"', () => {
    expect(hpaDesiredReplicas({ current: 4, currentMetric: 90, targetMetric: 60, min: 2, max: 10 })).toBe(6);
    expect(hpaDesiredReplicas({ current: 6, currentMetric: 20, targetMetric: 60, min: 2, max: 10 })).toBe(2);
  });
});
