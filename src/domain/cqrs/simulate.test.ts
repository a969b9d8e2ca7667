import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import type { CqrsConfig, CqrsResult, TimelineEntry } from './types';

const cfg: CqrsConfig = {
  seed: 42,
  durationMs: 5000,
  writesPerSecond: 100,
  readsPerSecond: 100,
  entities: 4,
  lag: { kind: 'exponential', meanMs: 80 },
  projectorEventsPerSecond: 400,
  faults: { duplicateRate: 0.2 },
};

/** Collects every number inside a value (objects, arrays, typed arrays). */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (ArrayBuffer.isView(value)) out.push(...Array.from(value as Float64Array));
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

const count = (tl: TimelineEntry[], kind: TimelineEntry['kind']): number => tl.filter((e) => e.kind === kind).length;

describe('simulate: contract and determinism', () => {
  it('is assignable to the CqrsResult contract and has exactly its metric keys', () => {
    const r: CqrsResult = simulate(cfg);
    expect(Object.keys(r.metrics).sort()).toEqual([
      'lagMs',
      'maxBacklog',
      'reads',
      'staleReadRatio',
      'staleReads',
      'writes',
    ]);
    expect(Object.keys(r.metrics.lagMs).sort()).toEqual(['max', 'p50', 'p95', 'p99']);
  });

  it('same config → deep-equal result; different seed → different result', () => {
    expect(simulate(cfg)).toEqual(simulate(cfg));
    expect(simulate({ ...cfg, seed: 43 }).metrics).not.toEqual(simulate(cfg).metrics);
  });

  it('every metric, extra metric and log value is a finite number', () => {
    const r = simulate({
      ...cfg,
      consistency: 'read-your-writes',
      faults: {
        duplicateRate: 0.3,
        projectorPause: { atMs: 1000, forMs: 500 },
      },
    });
    const all = numbersIn([r.metrics, r.extra, r.log]);
    expect(all.length).toBeGreaterThan(1000);
    expect(all.every(Number.isFinite)).toBe(true);
  });
});

describe('simulate: edge cases', () => {
  it('zero rates: zero metrics (not NaN) and only the 201 periodic samples', () => {
    const r = simulate({
      seed: 1,
      durationMs: 1000,
      writesPerSecond: 0,
      readsPerSecond: 0,
      lag: { kind: 'constant', ms: 10 },
    });
    expect(r.metrics).toEqual({
      writes: 0,
      reads: 0,
      staleReads: 0,
      staleReadRatio: 0,
      lagMs: { p50: 0, p95: 0, p99: 0, max: 0 },
      maxBacklog: 0,
    });
    expect(r.timeline).toHaveLength(201);
    expect(r.timeline.every((e) => e.kind === 'sample')).toBe(true);
    expect(r.extra.endMs).toBe(1000);
    expect(r.extra.followUp).toEqual({
      reads: 0,
      staleReads: 0,
      staleReadRatio: 0,
      waitMs: { p50: 0, p95: 0, p99: 0, max: 0, mean: 0 },
    });
  });

  it('reads without writes are never stale; writes without reads give ratio 0', () => {
    expect(simulate({ ...cfg, writesPerSecond: 0 }).metrics.staleReads).toBe(0);
    const noReads = simulate({ ...cfg, readsPerSecond: 0 }).metrics;
    expect([noReads.reads, noReads.staleReadRatio]).toEqual([0, 0]);
  });

  it('zero lag with an unlimited projector: no stale read, zero lag', () => {
    const r = simulate({
      seed: 3,
      durationMs: 5000,
      writesPerSecond: 300,
      readsPerSecond: 300,
      lag: { kind: 'constant', ms: 0 },
    });
    expect(r.metrics.writes).toBeGreaterThan(1000);
    expect(r.metrics.staleReads).toBe(0);
    expect(r.extra.followUp.staleReads).toBe(0);
    expect(r.metrics.lagMs).toEqual({ p50: 0, p95: 0, p99: 0, max: 0 });
  });

  it('a constant lag with an unlimited projector: every event lags exactly L and arrives in order', () => {
    const r = simulate({
      seed: 9,
      durationMs: 3000,
      writesPerSecond: 50,
      readsPerSecond: 10,
      entities: 2,
      lag: { kind: 'constant', ms: 40 },
    });
    for (const v of Object.values(r.metrics.lagMs)) expect(v).toBeCloseTo(40, 9);
    expect(r.extra.skippedOutOfOrder).toBe(0);
    // Under eventual, the writer's own follow-up read comes before its event is visible: always stale.
    expect(r.extra.followUp.staleReads).toBe(r.metrics.writes);
  });

  it('a limited projector adds its service time: lag >= 1000 / capacity', () => {
    const r = simulate({
      seed: 2,
      durationMs: 2000,
      writesPerSecond: 20,
      readsPerSecond: 0,
      lag: { kind: 'constant', ms: 0 },
      projectorEventsPerSecond: 50,
    });
    expect(Math.min(...Array.from(r.log.visibleMs, (v, i) => v - (r.log.commitMs[i] as number)))).toBeCloseTo(20, 9);
  });
});

describe('simulate: invariants', () => {
  const r = simulate({
    ...cfg,
    lag: { kind: 'uniform', minMs: 0, maxMs: 300 },
  });
  const { log, extra, metrics } = r;

  it('every copy is applied or skipped; all duplicates are skipped; the drain completes the read model', () => {
    expect(extra.applied + extra.skippedDuplicates + extra.skippedOutOfOrder).toBe(
      metrics.writes + extra.duplicatesDelivered,
    );
    expect(extra.skippedDuplicates).toBe(extra.duplicatesDelivered);
    expect(extra.skippedOutOfOrder).toBeGreaterThan(0);
    expect(extra.readModel).toEqual(extra.writeModel);
    expect(extra.endMs).toBeGreaterThanOrEqual(5000);
  });

  it('the log: commits ascending within the run, versions 1, 2, … per entity, visible after commit', () => {
    const next = new Map<number, number>();
    for (let i = 0; i < log.entity.length; i++) {
      const e = log.entity[i] as number;
      expect(log.version[i]).toBe((next.get(e) ?? 0) + 1);
      next.set(e, log.version[i] as number);
      if (i > 0) expect(log.commitMs[i]).toBeGreaterThanOrEqual(log.commitMs[i - 1] as number);
      expect(log.commitMs[i]).toBeLessThan(5000);
      expect(log.visibleMs[i]).toBeGreaterThanOrEqual(log.commitMs[i] as number);
      expect(log.coveredMs[i]).toBeLessThanOrEqual(log.visibleMs[i] as number);
    }
    expect(log.entity).toHaveLength(metrics.writes);
  });
});

describe('simulate: timeline', () => {
  const r = simulate(cfg);
  const tl = r.timeline;

  it('is sorted by time and JSON-serialisable', () => {
    for (let i = 1; i < tl.length; i++)
      expect((tl[i] as TimelineEntry).t).toBeGreaterThanOrEqual((tl[i - 1] as TimelineEntry).t);
    expect(JSON.parse(JSON.stringify(tl))).toEqual(tl);
  });

  it('has one commit per write, one bus/deliver/(project|skip) per copy and one read entry per read', () => {
    const copies = r.metrics.writes + r.extra.duplicatesDelivered;
    expect(count(tl, 'commit')).toBe(r.metrics.writes);
    expect(count(tl, 'bus')).toBe(copies);
    expect(count(tl, 'deliver')).toBe(copies);
    expect(count(tl, 'project') + count(tl, 'skip')).toBe(copies);
    expect(count(tl, 'read')).toBe(r.metrics.reads + r.extra.followUp.reads);
    expect(tl.filter((e) => e.kind === 'read' && e.source === 'poisson' && e.stale)).toHaveLength(r.metrics.staleReads);
  });

  it('samples every durationMs / 200, from 0 through the drain', () => {
    const samples = tl.filter((e) => e.kind === 'sample');
    expect(r.extra.sampleIntervalMs).toBe(25);
    expect(samples[0]?.t).toBe(0);
    expect(samples[200]?.t).toBe(5000);
    expect(samples.at(-1)?.t).toBe(r.extra.endMs);
    expect(samples.at(-1)).toMatchObject({
      backlog: 0,
      inFlight: 0,
      writes: r.metrics.writes,
      reads: r.metrics.reads,
    });
  });

  it('recording options change nothing but the timeline', () => {
    const off = simulate(cfg, { timeline: false });
    const samplesOnly = simulate(cfg, { timeline: 'samples' });
    expect(off.timeline).toEqual([]);
    expect(off.metrics).toEqual(r.metrics);
    expect({ ...off.extra, timelineMode: 'full' }).toEqual(r.extra);
    expect(samplesOnly.timeline).toEqual(tl.filter((e) => e.kind === 'sample' || e.kind.startsWith('projector-')));
    expect(() => simulate(cfg, { timeline: 'some' as never })).toThrow(RangeError);
  });

  it('a 10,000-event run stays compact (under 6 entries per event)', () => {
    const big = simulate({
      ...cfg,
      durationMs: 50_000,
      writesPerSecond: 200,
      readsPerSecond: 200,
    });
    expect(big.metrics.writes).toBeGreaterThan(9500);
    expect(big.timeline.length).toBeLessThan(6 * (big.metrics.writes + big.metrics.reads));
  });
});
