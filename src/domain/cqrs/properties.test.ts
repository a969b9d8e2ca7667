import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventLog, replay } from './replay';
import { simulate } from './simulate';
import type { CqrsConfig } from './types';

/** Small but varied valid configs (every field exercised). */
const configArb: fc.Arbitrary<CqrsConfig> = fc.record({
  seed: fc.integer({ min: -1000, max: 1000 }),
  durationMs: fc.integer({ min: 1, max: 3000 }),
  writesPerSecond: fc.double({ min: 0, max: 200, noNaN: true }),
  readsPerSecond: fc.double({ min: 0, max: 200, noNaN: true }),
  entities: fc.integer({ min: 1, max: 6 }),
  lag: fc.oneof(
    fc.record({
      kind: fc.constant('constant' as const),
      ms: fc.double({ min: 0, max: 300, noNaN: true }),
    }),
    fc
      .tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true }))
      .map(([a, b]) => ({
        kind: 'uniform' as const,
        minMs: Math.min(a, b),
        maxMs: Math.max(a, b),
      })),
    fc.record({
      kind: fc.constant('exponential' as const),
      meanMs: fc.double({ min: 0, max: 300, noNaN: true }),
    }),
  ),
  projectorEventsPerSecond: fc.double({ min: 1, max: 400, noNaN: true }),
  consistency: fc.constantFrom('eventual' as const, 'read-your-writes' as const, 'strong' as const),
  faults: fc.record({
    projectorPause: fc.record({
      atMs: fc.integer({ min: 0, max: 3000 }),
      forMs: fc.integer({ min: 0, max: 1000 }),
    }),
    duplicateRate: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
});

describe('properties of simulate', () => {
  it('a larger constant lag never gives fewer stale reads (same seed; arrivals do not depend on the lag)', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 5 }),
        fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }),
        fc.boolean(),
        (seed, a, b, entities, capacity, pause) => {
          const base: CqrsConfig = {
            seed,
            durationMs: 2000,
            writesPerSecond: 60,
            readsPerSecond: 80,
            entities,
            lag: { kind: 'constant', ms: Math.min(a, b) },
            ...(capacity === undefined ? {} : { projectorEventsPerSecond: capacity }),
            ...(pause ? { faults: { projectorPause: { atMs: 500, forMs: 300 } } } : {}),
          };
          const small = simulate(base, { timeline: false });
          const large = simulate({ ...base, lag: { kind: 'constant', ms: Math.max(a, b) } }, { timeline: false });
          expect(large.metrics.reads).toBe(small.metrics.reads);
          expect(large.metrics.staleReads).toBeGreaterThanOrEqual(small.metrics.staleReads);
          expect(large.extra.followUp.staleReads).toBeGreaterThanOrEqual(small.extra.followUp.staleReads);
          expect(large.metrics.lagMs.max).toBeGreaterThanOrEqual(small.metrics.lagMs.max);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('any valid config: deterministic, finite, ratio in [0, 1], read model = write model = replay', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const r = simulate(config);
        expect(simulate(config)).toEqual(r);
        const m = r.metrics;
        for (const v of [m.writes, m.reads, m.staleReads, m.staleReadRatio, m.maxBacklog, ...Object.values(m.lagMs)]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(m.staleReadRatio >= 0 && m.staleReadRatio <= 1).toBe(true);
        expect(r.extra.readModel).toEqual(r.extra.writeModel);
        expect(replay(eventLog(r), config.entities)).toEqual(r.extra.readModel);
        if (config.consistency === 'strong') expect(m.staleReads + r.extra.followUp.staleReads).toBe(0);
      }),
      { numRuns: 80 },
    );
  });

  it('zero lag and an unlimited projector: never a stale read, whatever the rates or duplicates', () => {
    fc.assert(
      fc.property(configArb, (config) => {
        const { projectorEventsPerSecond: _cap, ...rest } = config;
        const r = simulate(
          {
            ...rest,
            lag: { kind: 'constant', ms: 0 },
            faults: { duplicateRate: config.faults?.duplicateRate ?? 0 },
          },
          { timeline: false },
        );
        expect(r.metrics.staleReads).toBe(0);
        expect(r.extra.followUp.staleReads).toBe(0);
      }),
      { numRuns: 60 },
    );
  });
});
