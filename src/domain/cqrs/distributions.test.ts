import { describe, expect, it } from 'vitest';
import { exponential, meanLagMs, sampleLag, uniform, uniformInt } from './distributions';
import { Mulberry32, type RandomSource } from './rng';

/** A source that replays fixed numbers and counts draws. */
function fixed(...values: number[]): RandomSource & { draws: number } {
  const src = {
    draws: 0,
    next: () => values[src.draws++ % values.length] as number,
  };
  return src;
}

describe('variates', () => {
  it('exponential inverts the CDF: u = 0.5 gives mean · ln 2, u = 0 gives 0', () => {
    expect(exponential(fixed(0.5), 100)).toBeCloseTo(100 * Math.LN2, 12);
    expect(exponential(fixed(0), 100)).toBe(-0);
  });

  it('uniform maps u linearly onto [min, max)', () => {
    expect(uniform(fixed(0.25), 10, 30)).toBe(15);
  });

  it('uniformInt picks 0..n-1 and never n', () => {
    expect(uniformInt(fixed(0), 5)).toBe(0);
    expect(uniformInt(fixed(0.5), 5)).toBe(2);
    expect(uniformInt(fixed(0.9999999999999999), 5)).toBe(4);
  });

  it('the sample mean of exponential draws approaches the mean', () => {
    const g = new Mulberry32(3);
    let sum = 0;
    for (let i = 0; i < 200_000; i++) sum += exponential(g, 40);
    expect(sum / 200_000).toBeGreaterThan(39.5);
    expect(sum / 200_000).toBeLessThan(40.5);
  });
});

describe('lags', () => {
  it('a constant lag draws no random numbers (so other lags do not shift the stream)', () => {
    const src = fixed(0.3);
    expect(sampleLag({ kind: 'constant', ms: 25 }, src)).toBe(25);
    expect(src.draws).toBe(0);
  });

  it('uniform and exponential lags draw exactly one number each', () => {
    const src = fixed(0.5);
    expect(sampleLag({ kind: 'uniform', minMs: 100, maxMs: 200 }, src)).toBe(150);
    expect(sampleLag({ kind: 'exponential', meanMs: 10 }, src)).toBeCloseTo(10 * Math.LN2, 12);
    expect(src.draws).toBe(2);
  });

  it('meanLagMs of each kind', () => {
    expect(meanLagMs({ kind: 'constant', ms: 7 })).toBe(7);
    expect(meanLagMs({ kind: 'uniform', minMs: 10, maxMs: 30 })).toBe(20);
    expect(meanLagMs({ kind: 'exponential', meanMs: 12 })).toBe(12);
  });
});
