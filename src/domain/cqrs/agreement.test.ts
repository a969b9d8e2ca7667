import { describe, expect, it } from 'vitest';
import { expectedInFlight, expectedStaleRatio, expectedStaleRatioConstantLag } from './formulas';
import { simulate } from './simulate';
import type { CqrsConfig, LagConfig, SampleEntry } from './types';

/** Long runs (200 s of simulated time) so the stale ratio settles; the timeline is off. */
function staleRatio(writesPerSecond: number, entities: number, lag: LagConfig, seed = 1): number {
  const cfg: CqrsConfig = {
    seed,
    durationMs: 200_000,
    writesPerSecond,
    readsPerSecond: 100,
    entities,
    lag,
  };
  return simulate(cfg, { timeline: false }).metrics.staleReadRatio;
}

describe('simulation agrees with the closed forms', () => {
  it('constant lag: 1 − e^(−(λ/E)·L) = 0.632 for 50 w/s, 5 entities, 100 ms', () => {
    const expected = expectedStaleRatioConstantLag(50, 5, 100);
    expect(Math.abs(staleRatio(50, 5, { kind: 'constant', ms: 100 }) - expected)).toBeLessThan(0.02);
  });

  it('constant lag, a low rate: 1 − e^(−0.1) = 0.095 for 10 w/s, 10 entities, 100 ms', () => {
    const expected = expectedStaleRatioConstantLag(10, 10, 100);
    expect(Math.abs(staleRatio(10, 10, { kind: 'constant', ms: 100 }, 2) - expected)).toBeLessThan(0.02);
  });

  it('exponential lag: μm / (1 + μm) = 0.5 for 40 w/s, 2 entities, mean 50 ms', () => {
    const lag: LagConfig = { kind: 'exponential', meanMs: 50 };
    expect(Math.abs(staleRatio(40, 2, lag, 3) - expectedStaleRatio(40, 2, lag))).toBeLessThan(0.02);
  });

  it('uniform lag between 20 and 220 ms', () => {
    const lag: LagConfig = { kind: 'uniform', minMs: 20, maxMs: 220 };
    expect(Math.abs(staleRatio(30, 3, lag, 4) - expectedStaleRatio(30, 3, lag))).toBeLessThan(0.02);
  });

  it('Little’s law: on average writes × mean lag events are on the bus', () => {
    const r = simulate(
      {
        seed: 5,
        durationMs: 100_000,
        writesPerSecond: 500,
        readsPerSecond: 0,
        lag: { kind: 'exponential', meanMs: 100 },
      },
      { timeline: 'samples' },
    );
    const samples = r.timeline.filter((e): e is SampleEntry => e.kind === 'sample' && e.t > 0 && e.t <= 100_000);
    const mean = samples.reduce((s, e) => s + e.inFlight, 0) / samples.length;
    expect(Math.abs(mean - expectedInFlight(500, 100)) / 50).toBeLessThan(0.1);
    expect(r.extra.lagMs.mean).toBeGreaterThan(97);
    expect(r.extra.lagMs.mean).toBeLessThan(103);
  });
});
