import { describe, expect, it } from 'vitest';
import { MAX_EXPECTED_EVENTS, resolveConfig } from './config';
import type { CqrsConfig } from './types';

const base: CqrsConfig = {
  seed: 1,
  durationMs: 1000,
  writesPerSecond: 10,
  readsPerSecond: 10,
  lag: { kind: 'constant', ms: 5 },
};

/** Builds a config with fields overridden, bypassing the type checker like untyped UI input would. */
function withFields(fields: Record<string, unknown>): CqrsConfig {
  return { ...base, ...fields } as unknown as CqrsConfig;
}

describe('resolveConfig defaults', () => {
  it('fills 1 entity, unlimited projector, eventual consistency and no faults', () => {
    expect(resolveConfig(base)).toEqual({
      seed: 1,
      durationMs: 1000,
      writesPerSecond: 10,
      readsPerSecond: 10,
      entities: 1,
      lag: { kind: 'constant', ms: 5 },
      projectorEventsPerSecond: null,
      serviceMs: 0,
      consistency: 'eventual',
      projectorPause: null,
      duplicateRate: 0,
    });
  });

  it('derives the service time from the projector capacity and keeps faults', () => {
    const cfg = resolveConfig({
      ...base,
      projectorEventsPerSecond: 250,
      faults: { projectorPause: { atMs: 10, forMs: 20 }, duplicateRate: 0.5 },
    });
    expect(cfg.serviceMs).toBe(4);
    expect(cfg.projectorPause).toEqual({ atMs: 10, forMs: 20 });
    expect(cfg.duplicateRate).toBe(0.5);
  });

  it('accepts zero rates and zero lags', () => {
    expect(() =>
      resolveConfig({
        ...base,
        writesPerSecond: 0,
        readsPerSecond: 0,
        lag: { kind: 'exponential', meanMs: 0 },
      }),
    ).not.toThrow();
  });
});

describe('resolveConfig rejects bad input with a RangeError naming field, received and expected', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ writesPerSecond: -1 }, 'writesPerSecond must be a finite number >= 0 (received -1)'],
    [{ readsPerSecond: Number.NaN }, 'readsPerSecond must be a finite number >= 0 (received NaN)'],
    [{ writesPerSecond: Infinity }, 'writesPerSecond must be a finite number >= 0 (received Infinity)'],
    [{ durationMs: 0 }, 'durationMs must be a finite number > 0 (received 0)'],
    [{ durationMs: '5' }, "durationMs must be a finite number > 0 (received '5')"],
    [{ seed: 1.5 }, 'seed must be a safe integer (received 1.5)'],
    [{ entities: 0 }, 'entities must be an integer from 1 to 1000000 (received 0)'],
    [{ entities: 2.5 }, 'entities must be an integer from 1 to 1000000 (received 2.5)'],
    [{ lag: { kind: 'uniform', minMs: 10, maxMs: 5 } }, 'lag.minMs must be <= lag.maxMs (5) (received 10)'],
    [{ lag: { kind: 'constant', ms: -2 } }, 'lag.ms must be a finite number >= 0 (received -2)'],
    [
      { lag: { kind: 'normal', meanMs: 5 } },
      `lag.kind must be one of 'constant', 'uniform', 'exponential' (received 'normal')`,
    ],
    [{ lag: null }, `lag must be an object with kind 'constant', 'uniform' or 'exponential' (received null)`],
    [{ projectorEventsPerSecond: 0 }, 'projectorEventsPerSecond must be a finite number > 0 (received 0)'],
    [
      { consistency: 'linearizable' },
      `consistency must be one of 'eventual', 'read-your-writes', 'strong' (received 'linearizable')`,
    ],
    [{ faults: { duplicateRate: 1.5 } }, 'faults.duplicateRate must be a finite number in [0, 1] (received 1.5)'],
    [{ faults: { duplicateRate: -0.1 } }, 'faults.duplicateRate must be a finite number in [0, 1] (received -0.1)'],
    [
      { faults: { projectorPause: { atMs: -1, forMs: 5 } } },
      'faults.projectorPause.atMs must be a finite number >= 0 (received -1)',
    ],
    [{ faults: { projectorPause: 5 } }, 'faults.projectorPause must be an object { atMs, forMs } (received 5)'],
  ];
  it.each(cases)('%j', (fields, message) => {
    expect(() => resolveConfig(withFields(fields))).toThrow(new RangeError(message));
  });

  it('rejects a run expected to exceed the event limit', () => {
    const tooLong = {
      ...base,
      writesPerSecond: 1000,
      readsPerSecond: 1000,
      durationMs: 3_000_000,
    };
    expect(() => resolveConfig(tooLong)).toThrow(RangeError);
    expect(() => resolveConfig(tooLong)).toThrow(
      `must be <= ${MAX_EXPECTED_EVENTS} events (received 3000000 ms → 6000000 events)`,
    );
  });

  it('rejects a non-object config', () => {
    expect(() => resolveConfig(null as unknown as CqrsConfig)).toThrow('config must be an object (received null)');
  });
});
