import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { stateAt } from './state-at';
import type { CqrsConfig, CqrsRunResult } from './types';

const cfg: CqrsConfig = {
  seed: 21,
  durationMs: 3000,
  writesPerSecond: 120,
  readsPerSecond: 60,
  entities: 4,
  lag: { kind: 'uniform', minMs: 20, maxMs: 400 },
  projectorEventsPerSecond: 150,
  faults: { duplicateRate: 0.25, projectorPause: { atMs: 1000, forMs: 500 } },
};
const r = simulate(cfg);

/** Reference answer: replays every timeline entry up to t (slow, obviously right). */
function bruteForce(result: CqrsRunResult, t: number) {
  const E = result.config.entities;
  const writeV = new Array<number>(E).fill(0);
  const readV = new Array<number>(E).fill(0);
  const bus = new Set<number>();
  const queue: number[] = [];
  for (const e of result.timeline) {
    if (e.t > t) break;
    if (e.kind === 'commit') writeV[e.entity] = e.version;
    else if (e.kind === 'bus') bus.add(e.copy);
    else if (e.kind === 'deliver') {
      bus.delete(e.copy);
      queue.push(e.copy);
    } else if (e.kind === 'project' || e.kind === 'skip') {
      expect(queue.shift()).toBe(e.copy);
      if (e.kind === 'project') readV[e.entity] = e.version;
    }
  }
  return { writeV, readV, bus: [...bus].sort((a, b) => a - b), queue };
}

describe('stateAt', () => {
  it('agrees with a brute-force replay of the timeline at any instant', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: r.extra.endMs + 100, noNaN: true }), (t) => {
        const s = stateAt(r, t);
        const ref = bruteForce(r, t);
        expect(s.writeModel.version).toEqual(ref.writeV);
        expect(s.readModel.version).toEqual(ref.readV);
        expect(s.inFlight.map((c) => c.copy).sort((a, b) => a - b)).toEqual(ref.bus);
        expect(s.queue.map((c) => c.copy)).toEqual(ref.queue);
        expect(s.backlog).toBe(ref.queue.length);
      }),
      { numRuns: 150 },
    );
  });

  it('matches every periodic sample (backlog, in-flight, counts)', () => {
    for (const e of r.timeline) {
      if (e.kind !== 'sample') continue;
      const s = stateAt(r, e.t);
      expect([s.backlog, s.inFlight.length, s.writes, s.applied, s.sample]).toEqual([
        e.backlog,
        e.inFlight,
        e.writes,
        e.applied,
        e,
      ]);
    }
  });

  it('progress values lie in [0, 1]; only the queue head can be in service', () => {
    for (let t = 0; t < r.extra.endMs; t += 37) {
      const s = stateAt(r, t);
      for (const c of s.inFlight)
        expect(c.progress >= 0 && c.progress < 1 && c.sentAt <= t && c.arriveAt > t).toBe(true);
      s.queue.forEach((c, i) => {
        expect(c.progress >= 0 && c.progress <= 1).toBe(true);
        if (i > 0) expect(c.inService).toBe(false);
      });
      expect(s.projectorPaused).toBe(t >= 1000 && t < 1500);
      expect(s.staleEntities).toEqual(
        s.readModel.version.flatMap((v, e) => (v < (s.writeModel.version[e] ?? 0) ? [e] : [])),
      );
    }
  });

  it('shows the empty system before 0 and the final models after the drain', () => {
    const before = stateAt(r, -1);
    expect([before.writes, before.inFlight.length, before.backlog, before.recentReads.length, before.sample]).toEqual([
      0,
      0,
      0,
      0,
      null,
    ]);
    const end = stateAt(r, r.extra.endMs);
    expect(end.readModel).toEqual(r.extra.readModel);
    expect(end.writeModel).toEqual(r.extra.writeModel);
    expect([end.inFlight.length, end.backlog, end.staleEntities.length]).toEqual([0, 0, 0]);
  });

  it('returns the latest reads, oldest first', () => {
    const s = stateAt(r, 2000, { recentReads: 3 });
    const expected = r.timeline.filter((e) => e.kind === 'read' && e.t <= 2000).slice(-3);
    expect(s.recentReads).toEqual(expected);
  });

  it('works on a result that went through JSON (typed-array log lost)', () => {
    const copy = JSON.parse(JSON.stringify(r)) as CqrsRunResult;
    expect(stateAt(copy, 1234)).toEqual(stateAt(r, 1234));
  });

  it('needs a full timeline', () => {
    expect(() => stateAt(simulate(cfg, { timeline: false }), 10)).toThrow(
      "stateAt needs a result simulated with timeline 'full' (received timelineMode 'none')",
    );
  });
});
