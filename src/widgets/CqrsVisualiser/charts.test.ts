import { describe, expect, it } from 'vitest';
import { simulate } from '../../domain/cqrs';
import { backlogChart, lagChart, staleChart, veilOf, xAt } from './charts';
import { backlogSummary, backlogTable, headline, lagSummary, staleSummary, staleTable, TABLE_ROWS } from './chart-text';
import { PRESET_IDS, PRESETS } from './presets';
import { linear, niceCeil, spreadIndices } from '../shared/chart-scale';

describe('scale', () => {
  it('rounds axis tops up to 1, 2, 2.5, 5 × 10^k', () => {
    expect([0, -1, Number.NaN, 0.3, 1, 3, 88, 178, 3032].map((v) => niceCeil(v))).toEqual([
      1, 1, 1, 0.5, 1, 5, 100, 200, 5000,
    ]);
  });

  it('rounds the egress chart steps to 1, 2, 5 × 10^k with the same helper', () => {
    expect([0.3, 3, 88, 178].map((v) => niceCeil(v, [1, 2, 5]))).toEqual([0.5, 5, 100, 200]);
  });

  it('maps linearly and survives a zero-width domain', () => {
    expect(linear(0, 10, 100, 200)(5)).toBe(150);
    expect(linear(0, 0, 100, 200)(5)).toBe(100);
  });

  it('spreads table rows over the samples, first and last included', () => {
    expect(spreadIndices(5, 21)).toEqual([0, 1, 2, 3, 4]);
    const idx = spreadIndices(202, 21);
    expect(idx).toHaveLength(21);
    expect(idx[0]).toBe(0);
    expect(idx.at(-1)).toBe(201);
    expect(spreadIndices(0, 21)).toEqual([]);
  });
});

describe('charts', () => {
  it('draws every preset and an empty run without NaN, within the plot', () => {
    const runs = [
      ...PRESET_IDS.map((id) => simulate(PRESETS[id])),
      simulate({ ...PRESETS.healthy, writesPerSecond: 0, readsPerSecond: 0 }),
    ];
    for (const r of runs) {
      for (const make of [lagChart, backlogChart, staleChart]) {
        for (const width of [320, 900]) {
          const g = make(r, width);
          const text = JSON.stringify(g);
          expect(text).not.toMatch(/NaN|Infinity/);
          const xs = [...g.paths.flatMap((p) => [...p.d.matchAll(/[ML](-?[\d.]+) /g)].map((m) => Number(m[1])))];
          for (const x of xs) {
            expect(x).toBeGreaterThanOrEqual(g.plot.left - 2);
            expect(x).toBeLessThanOrEqual(g.plot.right + 2);
          }
        }
      }
    }
  });

  it('puts the cursor at the run time, clamped to the plot', () => {
    const g = backlogChart(simulate(PRESETS['lag-spike']), 600);
    expect(xAt(g, 0)).toBe(g.plot.left);
    expect(xAt(g, 1e12)).toBe(g.plot.right);
    expect(g.pause).not.toBeNull();
    const half = veilOf(g, g.endMs / 2);
    expect(half.x).toBe(xAt(g, g.endMs / 2));
    expect(half.style).toBe(
      `transform:translateX(${Math.round(((g.plot.left + g.plot.right) / 2 / 600) * 10_000) / 100}%);top:5.88%;height:78.82%`,
    );
    expect(g.marker?.label).toBe('peak 52 at 10.9 s');
  });

  it('draws the run’s percentiles as lines, top to bottom p99, p95, p50', () => {
    const g = lagChart(simulate(PRESETS['lag-spike']), 600);
    const [p50, p95, p99] = g.hlines;
    expect(g.hlines.map((h) => h.label)).toEqual(['p50 58 ms', 'p95 1.74 s', 'p99 2.9 s']);
    expect(p99!.y).toBeLessThan(p95!.y);
    expect(p95!.y).toBeLessThan(p50!.y);
  });
});

describe('chart text', () => {
  it('summarises each preset in words', () => {
    const r = simulate(PRESETS.healthy);
    expect(headline(r)).toBe('p95 lag 82 ms; backlog peaked at 4 events at 16.2 s; 1.7\u00a0% of reads were stale.');
    expect(lagSummary(r)).toBe('Lag p50 54 ms, p95 82 ms, p99 85 ms, max 88 ms, over 398 events.');
    expect(backlogSummary(r)).toBe(
      'The backlog peaked at 4 events at 16.2 s. At most 6 copies were on the bus at once.',
    );
    expect(staleSummary(r)).toBe(
      '1.7\u00a0% of reads were stale (14 of 810). Writers reading their own write at once saw it missing 100\u00a0% of the time.',
    );
    const strong = simulate({ ...PRESETS.healthy, consistency: 'strong' });
    expect(staleSummary(strong)).toBe(
      '0\u00a0% of reads were stale (0 of 810). Every read went to the write store: 60.4/s, including the writers’ own reads.',
    );
    const quiet = simulate({ ...PRESETS.healthy, writesPerSecond: 0 });
    expect(backlogSummary(quiet)).toBe(
      'No event ever had to wait at the projector. At most 0 copies were on the bus at once.',
    );
  });

  it('gives each chart a table of at most 21 rows', () => {
    const r = simulate(PRESETS['projector-cant-keep-up']);
    const t = backlogTable([...r.timeline.flatMap((e) => (e.kind === 'sample' ? [{ ...e, staleRatio: 0 }] : []))]);
    expect(t.head).toEqual(['Time', 'Backlog', 'On the bus', 'Projector paused']);
    expect(t.rows.length).toBe(TABLE_ROWS);
    expect(t.rows[0]).toEqual(['0 s', '0', '0', 'no']);
    expect(staleTable([]).rows).toEqual([]);
  });
});
