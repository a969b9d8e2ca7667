import { describe, expect, it } from 'vitest';
import {
  backlogAfterPause,
  backlogClearTimeMs,
  backlogGrowthPerSecond,
  expectedInFlight,
  expectedStaleRatio,
  expectedStaleRatioConstantLag,
} from './formulas';

describe('stale-read ratio', () => {
  it('constant lag: 1 − e^(−(λ/E)·L)', () => {
    // 50 w/s over 5 entities = 10 w/s each; 100 ms lag → μL = 1.
    expect(expectedStaleRatioConstantLag(50, 5, 100)).toBeCloseTo(1 - Math.exp(-1), 15);
    expect(expectedStaleRatioConstantLag(50, 5, 100)).toBeCloseTo(0.6321205588285577, 15);
    expect(expectedStaleRatioConstantLag(0, 1, 100)).toBe(0);
    expect(expectedStaleRatioConstantLag(10, 1, 0)).toBe(0);
  });

  it('exponential lag: μm / (1 + μm)', () => {
    expect(expectedStaleRatio(20, 2, { kind: 'exponential', meanMs: 100 })).toBeCloseTo(0.5, 15);
  });

  it('uniform lag: matches a numerical average of the constant-lag formula', () => {
    const exact = expectedStaleRatio(30, 3, {
      kind: 'uniform',
      minMs: 20,
      maxMs: 220,
    });
    let sum = 0;
    const steps = 10_000;
    for (let i = 0; i < steps; i++) sum += expectedStaleRatioConstantLag(30, 3, 20 + ((i + 0.5) / steps) * 200);
    expect(exact).toBeCloseTo(sum / steps, 8);
    expect(expectedStaleRatio(30, 3, { kind: 'uniform', minMs: 50, maxMs: 50 })).toBe(
      expectedStaleRatioConstantLag(30, 3, 50),
    );
  });

  it('rejects bad input with a RangeError', () => {
    expect(() => expectedStaleRatioConstantLag(-1, 1, 10)).toThrow(
      'writesPerSecond must be a finite number >= 0 (received -1)',
    );
    expect(() => expectedStaleRatioConstantLag(1, 0, 10)).toThrow('entities must be an integer >= 1 (received 0)');
    expect(() => expectedStaleRatioConstantLag(1, 1, Number.NaN)).toThrow(RangeError);
  });
});

describe('backlog', () => {
  it('grows at writes − capacity, never below 0, and not at all when unlimited', () => {
    expect(backlogGrowthPerSecond(200, 150)).toBe(50);
    expect(backlogGrowthPerSecond(100, 150)).toBe(0);
    expect(backlogGrowthPerSecond(100)).toBe(0);
    expect(backlogGrowthPerSecond(100, null)).toBe(0);
  });

  it('clears in backlog / (capacity − writes) seconds, or never', () => {
    expect(backlogClearTimeMs(500, 150, 200)).toBe(10_000);
    expect(backlogClearTimeMs(200, 100, 300)).toBe(1000);
    expect(backlogClearTimeMs(0, 300, 100)).toBe(0);
    expect(backlogClearTimeMs(10, 200, 200)).toBeNull();
    expect(backlogClearTimeMs(10, 250, 200)).toBeNull();
    expect(() => backlogClearTimeMs(-1, 1, 2)).toThrow('backlog must be a finite number >= 0 (received -1)');
  });

  it('a pause piles up writes · pause; Little’s law gives the events in flight', () => {
    expect(backlogAfterPause(100, 2000)).toBe(200);
    expect(expectedInFlight(1000, 50)).toBe(50);
  });
});
