/**
 * Validation of `CqrsConfig`. Bad input throws a RangeError that names the
 * field, what was received and what was expected, so a form in the UI can
 * show the message as is.
 */
import { argumentError } from '../shared/errors';
import type { Consistency, CqrsConfig, LagConfig, ResolvedCqrsConfig } from './types';

/** Upper bound on expected commands + reads of one run (keeps memory and time bounded). */
export const MAX_EXPECTED_EVENTS = 5_000_000;

/** Upper bound on `entities`: per-entity arrays are allocated up front. */
export const MAX_ENTITIES = 1_000_000;

const CONSISTENCIES: readonly Consistency[] = ['eventual', 'read-your-writes', 'strong'];

function fail(field: string, expected: string, value: unknown): never {
  throw argumentError(field, expected, value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks a finite number >= min (or > min when `strict`). */
function num(field: string, value: unknown, min: number, strict = false): number {
  const ok = typeof value === 'number' && Number.isFinite(value) && (strict ? value > min : value >= min);
  if (!ok) fail(field, `a finite number ${strict ? '>' : '>='} ${min}`, value);
  return value as number;
}

function resolveLag(value: unknown): LagConfig {
  if (!isObject(value)) fail('lag', "an object with kind 'constant', 'uniform' or 'exponential'", value);
  switch (value.kind) {
    case 'constant':
      return { kind: 'constant', ms: num('lag.ms', value.ms, 0) };
    case 'uniform': {
      const minMs = num('lag.minMs', value.minMs, 0);
      const maxMs = num('lag.maxMs', value.maxMs, 0);
      if (minMs > maxMs) fail('lag.minMs', `<= lag.maxMs (${maxMs})`, minMs);
      return { kind: 'uniform', minMs, maxMs };
    }
    case 'exponential':
      return {
        kind: 'exponential',
        meanMs: num('lag.meanMs', value.meanMs, 0),
      };
    default:
      return fail('lag.kind', "one of 'constant', 'uniform', 'exponential'", value.kind);
  }
}

function resolveFaults(value: unknown): Pick<ResolvedCqrsConfig, 'projectorPause' | 'duplicateRate'> {
  if (value === undefined) return { projectorPause: null, duplicateRate: 0 };
  if (!isObject(value)) fail('faults', 'an object', value);
  let projectorPause: ResolvedCqrsConfig['projectorPause'] = null;
  if (value.projectorPause !== undefined) {
    const p = value.projectorPause;
    if (!isObject(p)) fail('faults.projectorPause', 'an object { atMs, forMs }', p);
    projectorPause = {
      atMs: num('faults.projectorPause.atMs', p.atMs, 0),
      forMs: num('faults.projectorPause.forMs', p.forMs, 0),
    };
  }
  let duplicateRate = 0;
  if (value.duplicateRate !== undefined) {
    const d = value.duplicateRate;
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0 || d > 1) {
      fail('faults.duplicateRate', 'a finite number in [0, 1]', d);
    }
    duplicateRate = d;
  }
  return { projectorPause, duplicateRate };
}

/**
 * Validates a config and fills defaults (1 entity, unlimited projector,
 * eventual consistency, no faults).
 * @throws RangeError naming the offending field.
 */
export function resolveConfig(config: CqrsConfig): ResolvedCqrsConfig {
  const c: unknown = config;
  if (!isObject(c)) fail('config', 'an object', c);
  const seed = c.seed;
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed)) fail('seed', 'a safe integer', seed);
  const durationMs = num('durationMs', c.durationMs, 0, true);
  const writesPerSecond = num('writesPerSecond', c.writesPerSecond, 0);
  const readsPerSecond = num('readsPerSecond', c.readsPerSecond, 0);
  const entities = c.entities ?? 1;
  if (typeof entities !== 'number' || !Number.isInteger(entities) || entities < 1 || entities > MAX_ENTITIES) {
    fail('entities', `an integer from 1 to ${MAX_ENTITIES}`, entities);
  }
  const lag = resolveLag(c.lag);
  let projectorEventsPerSecond: number | null = null;
  if (c.projectorEventsPerSecond !== undefined) {
    projectorEventsPerSecond = num('projectorEventsPerSecond', c.projectorEventsPerSecond, 0, true);
  }
  const consistency = c.consistency ?? 'eventual';
  if (!CONSISTENCIES.includes(consistency as Consistency)) {
    fail('consistency', "one of 'eventual', 'read-your-writes', 'strong'", consistency);
  }
  const expected = ((writesPerSecond + readsPerSecond) * durationMs) / 1000;
  if (expected > MAX_EXPECTED_EVENTS) {
    throw new RangeError(
      `durationMs is too long for these rates: (writesPerSecond + readsPerSecond) × durationMs / 1000 must be <= ${MAX_EXPECTED_EVENTS} events (received ${durationMs} ms → ${Math.round(expected)} events)`,
    );
  }
  return {
    seed,
    durationMs,
    writesPerSecond,
    readsPerSecond,
    entities,
    lag,
    projectorEventsPerSecond,
    serviceMs: projectorEventsPerSecond === null ? 0 : 1000 / projectorEventsPerSecond,
    consistency: consistency as Consistency,
    ...resolveFaults(c.faults),
  };
}
