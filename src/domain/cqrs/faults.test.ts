import { describe, expect, it } from 'vitest';
import { backlogAfterPause, backlogClearTimeMs, backlogGrowthPerSecond } from './formulas';
import { simulate } from './simulate';
import type { CqrsConfig, SampleEntry } from './types';

const samplesOf = (tl: { kind: string }[]): SampleEntry[] => tl.filter((e): e is SampleEntry => e.kind === 'sample');

describe('projector slower than writes', () => {
  const base: CqrsConfig = {
    seed: 0,
    durationMs: 10_000,
    writesPerSecond: 200,
    readsPerSecond: 10,
    lag: { kind: 'constant', ms: 0 },
    projectorEventsPerSecond: 150,
  };
  const runs = [1, 2, 3, 4, 5, 6, 7, 8].map((seed) => simulate({ ...base, seed }, { timeline: 'samples' }));

  it('the backlog reaches about (200 − 150) × 10 s = 500 (mean of 8 seeds within 10%)', () => {
    const expected = backlogGrowthPerSecond(200, 150) * 10;
    expect(expected).toBe(500);
    const mean = runs.reduce((s, r) => s + r.metrics.maxBacklog, 0) / runs.length;
    expect(Math.abs(mean - expected) / expected).toBeLessThan(0.1);
  });

  it('each run’s max backlog is its own writes minus what 10 s of projection can clear', () => {
    for (const r of runs) expect(Math.abs(r.metrics.maxBacklog - (r.metrics.writes - 1500))).toBeLessThan(25);
  });

  it('the backlog grows steadily: samples at 5 s and 10 s are about 250 and 500', () => {
    const s = samplesOf(runs[0]?.timeline ?? []);
    expect(s[100]?.backlog).toBeGreaterThan(200);
    expect(s[100]?.backlog).toBeLessThan(300);
    expect(s[200]?.backlog).toBeGreaterThan(400);
  });
});

describe('projector pause', () => {
  const cfg: CqrsConfig = {
    seed: 1,
    durationMs: 10_000,
    writesPerSecond: 100,
    readsPerSecond: 50,
    lag: { kind: 'constant', ms: 20 },
    projectorEventsPerSecond: 300,
    faults: { projectorPause: { atMs: 3000, forMs: 2000 } },
  };
  const r = simulate(cfg);
  const samples = samplesOf(r.timeline);
  /** The last sample at or before t (one every 50 ms). */
  const at = (t: number): SampleEntry | undefined => samples.filter((s) => s.t <= t).at(-1);

  it('projects nothing during the pause and marks it on the timeline', () => {
    expect(r.timeline.filter((e) => (e.kind === 'project' || e.kind === 'skip') && e.t >= 3000 && e.t < 5000)).toEqual(
      [],
    );
    expect(r.timeline.filter((e) => e.kind.startsWith('projector-')).map((e) => [e.kind, e.t])).toEqual([
      ['projector-pause', 3000],
      ['projector-resume', 5000],
    ]);
    expect(at(4000)?.projectorPaused).toBe(true);
  });

  it('the backlog builds to about writes × pause = 200, then catches up in about 200 / (300 − 100) s', () => {
    expect(backlogAfterPause(100, 2000)).toBe(200);
    expect(at(2990)?.backlog).toBeLessThan(5);
    expect(at(4000)?.backlog).toBeGreaterThan(70);
    expect(r.metrics.maxBacklog).toBeGreaterThan(160);
    expect(r.metrics.maxBacklog).toBeLessThan(250);
    const clear = backlogClearTimeMs(r.metrics.maxBacklog, 100, 300) ?? Infinity;
    expect(clear).toBeGreaterThan(800);
    expect(clear).toBeLessThan(1250);
    // Half-way through the catch-up the backlog is down by about half; shortly after the predicted end it is near zero.
    const half = at(5000 + clear / 2)?.backlog ?? Infinity;
    expect(half).toBeLessThan(0.7 * r.metrics.maxBacklog);
    for (const s of samples.filter((x) => x.t >= 5000 + clear + 300 && x.t <= 10_000))
      expect(s.backlog).toBeLessThan(8);
  });

  it('the pause shows up in the lag: the worst event waited about the whole pause', () => {
    expect(r.metrics.lagMs.max).toBeGreaterThan(2000);
    expect(r.metrics.lagMs.p50).toBeLessThan(100);
  });
});

describe('duplicate delivery', () => {
  const cfg: CqrsConfig = {
    seed: 5,
    durationMs: 5000,
    writesPerSecond: 150,
    readsPerSecond: 150,
    entities: 5,
    lag: { kind: 'exponential', meanMs: 100 },
  };
  const clean = simulate(cfg);
  const dup = simulate({ ...cfg, faults: { duplicateRate: 0.5 } });

  it('about half of the events are delivered twice and every duplicate is skipped', () => {
    expect(dup.extra.duplicatesDelivered / dup.metrics.writes).toBeGreaterThan(0.45);
    expect(dup.extra.duplicatesDelivered / dup.metrics.writes).toBeLessThan(0.55);
    expect(dup.extra.skippedDuplicates).toBe(dup.extra.duplicatesDelivered);
    expect(dup.timeline.filter((e) => e.kind === 'skip' && e.reason === 'duplicate')).toHaveLength(
      dup.extra.duplicatesDelivered,
    );
  });

  it('duplicates do not change the read model (idempotent by version)', () => {
    expect(dup.extra.readModel).toEqual(clean.extra.readModel);
    expect(dup.extra.applied).toBe(clean.extra.applied);
  });

  it('with an unlimited projector they do not change a single read either', () => {
    expect(dup.metrics).toEqual(clean.metrics);
  });

  it('with a limited projector they cost capacity but still leave the same final read model', () => {
    const limited = { ...cfg, projectorEventsPerSecond: 250 };
    const a = simulate(limited, { timeline: false });
    const b = simulate({ ...limited, faults: { duplicateRate: 0.5 } }, { timeline: false });
    expect(b.extra.readModel).toEqual(a.extra.readModel);
    expect(b.metrics.lagMs.p95).toBeGreaterThan(a.metrics.lagMs.p95);
  });
});
