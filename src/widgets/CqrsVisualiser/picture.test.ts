import { describe, expect, it } from 'vitest';
import { simulate, stateAt, type ReadEntry } from '../../domain/cqrs';
import { dotsPath, NARROW, pathOf, pointAt, queueCapacity, WIDE, layoutFor } from './layout';
import { describeRead, MAX_DOTS, pictureView, readStatus, thin } from './picture';
import { PRESETS } from './presets';

describe('layout', () => {
  it('picks the stacked layout below 560 px', () => {
    expect(layoutFor(320)).toBe(NARROW);
    expect(layoutFor(560)).toBe(WIDE);
  });

  it('places a point along a polyline, with a sideways offset', () => {
    const line = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 100 },
    ];
    expect(pointAt(line, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAt(line, 0.25)).toEqual({ x: 50, y: 0 });
    expect(pointAt(line, 0.75)).toEqual({ x: 100, y: 50 });
    expect(pointAt(line, 2)).toEqual({ x: 100, y: 100 });
    expect(pointAt(line, Number.NaN)).toEqual({ x: 0, y: 0 });
    expect(pointAt(line, 0.25, 5)).toEqual({ x: 50, y: -5 });
    expect(pathOf(line)).toBe('M0 0 L100 0 L100 100');
  });
});

describe('reads', () => {
  const read = (over: Partial<ReadEntry>): ReadEntry => ({
    t: 1,
    kind: 'read',
    entity: 3,
    source: 'poisson',
    servedBy: 'read-model',
    issuedAt: 1,
    waitMs: 0,
    readVersion: 4,
    writeVersion: 5,
    stale: true,
    stalenessMs: 30,
    ...over,
  });

  it('says stale, fresh, or fresh after a wait, in words', () => {
    expect(readStatus(read({}))).toBe('stale');
    expect(describeRead(read({}))).toBe('Reader got entity 3 v4 from the read model: stale, the write store has v5');
    expect(describeRead(read({ stale: false, readVersion: 5 }))).toBe(
      'Reader got entity 3 v5 from the read model: fresh',
    );
    const waited = read({ stale: false, source: 'follow-up', waitMs: 120, readVersion: 5 });
    expect(readStatus(waited)).toBe('waited');
    expect(describeRead(waited)).toBe(
      'Writer (own read) got entity 3 v5 from the read model: fresh after waiting 120 ms',
    );
    expect(describeRead(read({ stale: false, servedBy: 'write-model', readVersion: 5 }))).toBe(
      'Reader got entity 3 v5 from the write store: fresh',
    );
  });
});

describe('pictureView', () => {
  it('describes the lag-spike run during its pause', () => {
    const r = simulate(PRESETS['lag-spike']);
    const s = stateAt(r, 10_000, { recentReads: 6 });
    const v = pictureView(r, s, WIDE, 1);
    expect(v.paused).toBe(true);
    expect(v.lines.projector[1]).toBe('PAUSED');
    expect(v.queue.length).toBe(Math.min(s.backlog, queueCapacity(WIDE)));
    expect(v.hiddenQueue).toBe(s.backlog - v.queue.length);
    expect(v.label).toBe(
      `At 10 s: ${s.writes} events committed, ${s.inFlight.length} on the bus, ${s.backlog} waiting at the projector (paused), ${s.applied} applied to the read model; ${s.staleEntities.length} of 50 entities are behind; last read ${s.recentReads.at(-1)?.stale ? 'stale' : 'fresh'}.`,
    );
    expect(v.reads).toHaveLength(6);
    expect(v.entities).toHaveLength(50);
    expect(v.entities.filter((e) => e.stale).length).toBe(s.staleEntities.length);
  });

  it('caps what it draws when 10,000 events are on the bus at once', () => {
    const r = simulate({
      seed: 1,
      durationMs: 5000,
      writesPerSecond: 2000,
      readsPerSecond: 10,
      entities: 1000,
      lag: { kind: 'constant', ms: 6000 },
    });
    const s = stateAt(r, 4999);
    expect(s.inFlight.length).toBeGreaterThan(9000);
    const v = pictureView(r, s, NARROW, 1);
    expect(v.busDots.length).toBeLessThanOrEqual(MAX_DOTS);
    expect(v.busDots.length).toBeGreaterThan(MAX_DOTS / 2);
    expect(v.hiddenDots).toBe(s.inFlight.length - v.busDots.length);
    expect(v.entities).toHaveLength(60);
    expect(v.hiddenEntities).toBe(940);
    expect(JSON.stringify(v)).not.toMatch(/NaN|Infinity|null,"x"/);
  });

  it('thins by a stable key', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    expect(thin(items, 20, (i) => i)).toEqual(items);
    expect(thin(items, 5, (i) => i)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('dotsPath', () => {
  it('draws each point as a circle in one path', () => {
    expect(dotsPath([{ x: 10, y: 20 }], 4)).toBe('M6 20a4 4 0 1 0 8 0a4 4 0 1 0 -8 0');
    expect(dotsPath([], 4)).toBe('');
  });
});
