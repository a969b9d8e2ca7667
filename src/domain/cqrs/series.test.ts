import { describe, expect, it } from 'vitest';
import { backlogPeak, lagPoints, sampleSeries } from './series';
import { simulate } from './simulate';
import type { CqrsConfig, CqrsRunResult } from './types';

const cfg: CqrsConfig = {
  seed: 3,
  durationMs: 4000,
  writesPerSecond: 50,
  readsPerSecond: 40,
  entities: 4,
  lag: { kind: 'constant', ms: 100 },
  projectorEventsPerSecond: 100,
  faults: { projectorPause: { atMs: 1000, forMs: 1000 } },
};
const r = simulate(cfg);

describe('sampleSeries', () => {
  it('has one point per sample with the stale share so far', () => {
    const s = sampleSeries(r);
    expect(s).toHaveLength(r.timeline.filter((e) => e.kind === 'sample').length);
    expect(s[0]).toMatchObject({ t: 0, reads: 0, staleRatio: 0 });
    const last = s.at(-1)!;
    expect(last.reads).toBe(r.metrics.reads);
    expect(last.staleRatio).toBe(r.metrics.staleReadRatio);
    expect(s.every((p) => p.staleRatio >= 0 && p.staleRatio <= 1)).toBe(true);
  });

  it('is empty with the timeline off', () => {
    expect(sampleSeries(simulate(cfg, { timeline: false }))).toEqual([]);
  });
});

describe('backlogPeak', () => {
  it('finds the first delivery that reached metrics.maxBacklog (inside the pause here)', () => {
    const p = backlogPeak(r)!;
    expect(p.backlog).toBe(r.metrics.maxBacklog);
    expect(p.t).toBeGreaterThanOrEqual(1000);
    expect(p.t).toBeLessThanOrEqual(2100);
    const deliveries = r.timeline.filter((e) => e.kind === 'deliver' && e.t < p.t);
    expect(deliveries.every((e) => e.kind === 'deliver' && e.backlog < p.backlog)).toBe(true);
  });

  it('is null when nothing ever waited', () => {
    const quiet = simulate({ ...cfg, writesPerSecond: 0, faults: {} });
    expect(backlogPeak(quiet)).toBeNull();
  });

  it('falls back to the samples with the timeline off samples-only', () => {
    const s = simulate(cfg, { timeline: 'samples' });
    const p = backlogPeak(s)!;
    expect(p.backlog).toBeLessThanOrEqual(s.metrics.maxBacklog);
    expect(p.backlog).toBeGreaterThan(0);
  });
});

describe('lagPoints', () => {
  const hand = {
    log: {
      visibleMs: Float64Array.from([300, 150, 500, 400]),
      commitMs: Float64Array.from([0, 100, 110, 390]),
    },
  } as unknown as CqrsRunResult;

  it('orders events by when they became visible, with their lag', () => {
    expect(lagPoints(hand)).toEqual([
      { t: 150, lagMs: 50, seq: 1 },
      { t: 300, lagMs: 300, seq: 0 },
      { t: 400, lagMs: 10, seq: 3 },
      { t: 500, lagMs: 390, seq: 2 },
    ]);
  });

  it('thins to every k-th point and keeps the worst lag', () => {
    expect(lagPoints(hand, 2)).toEqual([
      { t: 150, lagMs: 50, seq: 1 },
      { t: 400, lagMs: 10, seq: 3 },
      { t: 500, lagMs: 390, seq: 2 },
    ]);
    const all = lagPoints(r, 100);
    expect(all.length).toBeLessThanOrEqual(101);
    expect(Math.max(...all.map((p) => p.lagMs))).toBe(r.metrics.lagMs.max);
  });

  it('is empty for an empty run', () => {
    expect(lagPoints(simulate({ ...cfg, writesPerSecond: 0 }))).toEqual([]);
  });
});
