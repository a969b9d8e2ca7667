import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { CommitEntry, CqrsConfig, ReadEntry } from './types';

const cfg: CqrsConfig = {
  seed: 11,
  durationMs: 5000,
  writesPerSecond: 80,
  readsPerSecond: 120,
  entities: 3,
  lag: { kind: 'constant', ms: 60 },
};

const reads = (tl: { kind: string }[]): ReadEntry[] => tl.filter((e): e is ReadEntry => e.kind === 'read');

describe('strong consistency', () => {
  const r = simulate({ ...cfg, consistency: 'strong' });

  it('never serves a stale read, Poisson or follow-up', () => {
    expect(r.metrics.reads).toBeGreaterThan(500);
    expect(r.metrics.staleReads).toBe(0);
    expect(r.metrics.staleReadRatio).toBe(0);
    expect(r.extra.followUp.staleReads).toBe(0);
    expect(reads(r.timeline).every((e) => e.servedBy === 'write-model')).toBe(true);
  });

  it('moves every read onto the write store', () => {
    expect(r.extra.writeStoreReadsPerSecond).toBe((r.metrics.reads + r.metrics.writes) / 5);
    expect(simulate(cfg).extra.writeStoreReadsPerSecond).toBe(0);
  });
});

describe('eventual vs read-your-writes', () => {
  const ev = simulate(cfg);
  const ryw = simulate({ ...cfg, consistency: 'read-your-writes' });

  it('Poisson reads by other users behave the same under both (RYW only changes the writer’s own read)', () => {
    expect(ryw.metrics).toEqual(ev.metrics);
    expect(ev.metrics.staleReads).toBeGreaterThan(0);
  });

  it('eventual: the writer’s follow-up read is served at once and is stale (lag 60 ms > 0)', () => {
    expect(ev.extra.followUp).toMatchObject({
      reads: ev.metrics.writes,
      staleReads: ev.metrics.writes,
      staleReadRatio: 1,
    });
    expect(ev.extra.followUp.waitMs.max).toBe(0);
  });

  it('read-your-writes: every follow-up read waits exactly the 60 ms lag, then sees its own write', () => {
    const w = ryw.extra.followUp.waitMs;
    for (const v of [w.p50, w.p95, w.p99, w.max, w.mean]) expect(v).toBeCloseTo(60, 9);
    const commits = new Map(ryw.timeline.filter((e): e is CommitEntry => e.kind === 'commit').map((c) => [c.t, c]));
    const followUps = reads(ryw.timeline).filter((e) => e.source === 'follow-up');
    expect(followUps).toHaveLength(ryw.metrics.writes);
    for (const f of followUps) {
      const own = commits.get(f.issuedAt);
      expect(own?.entity).toBe(f.entity);
      expect(f.readVersion).toBeGreaterThanOrEqual(own?.version ?? Infinity);
      expect(f.waitMs).toBeCloseTo(60, 9);
    }
  });

  it('read-your-writes with zero lag never waits', () => {
    const r = simulate({
      ...cfg,
      consistency: 'read-your-writes',
      lag: { kind: 'constant', ms: 0 },
    });
    expect(r.extra.followUp.waitMs).toEqual({
      p50: 0,
      p95: 0,
      p99: 0,
      max: 0,
      mean: 0,
    });
    expect(r.extra.followUp.staleReads).toBe(0);
  });

  it('with out-of-order arrivals the wait can be shorter than the event’s own lag (a newer version covers it)', () => {
    const r = simulate({
      ...cfg,
      consistency: 'read-your-writes',
      lag: { kind: 'exponential', meanMs: 200 },
    });
    expect(r.extra.skippedOutOfOrder).toBeGreaterThan(0);
    expect(r.extra.followUp.waitMs.mean).toBeLessThan(r.extra.lagMs.mean);
  });
});
