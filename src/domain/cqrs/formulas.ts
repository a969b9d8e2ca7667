/**
 * Closed-form results for quizzes; the tests check that long simulations
 * agree with them. All take rates per second and times in ms.
 */
import type { LagConfig } from './types';

function check(field: string, value: number, min = 0): void {
  if (!Number.isFinite(value) || value < min) {
    throw new RangeError(`${field} must be a finite number >= ${min} (received ${value})`);
  }
}

function checkEntities(entities: number): void {
  if (!Number.isInteger(entities) || entities < 1) {
    throw new RangeError(`entities must be an integer >= 1 (received ${entities})`);
  }
}

/**
 * P(read stale) with Poisson writes, constant lag and an unlimited
 * projector: each entity is written at μ = writesPerSecond / entities, and a
 * read is stale iff the entity's latest write is younger than the lag:
 * 1 − e^(−μ·L).
 */
export function expectedStaleRatioConstantLag(writesPerSecond: number, entities: number, lagMs: number): number {
  return expectedStaleRatio(writesPerSecond, entities, {
    kind: 'constant',
    ms: lagMs,
  });
}

/**
 * P(read stale) for any lag distribution, unlimited projector, no faults:
 * stale iff the latest write (age ~ Exp(μ)) has a lag longer than its age,
 * so P = E[1 − e^(−μ·L)] — uniform: 1 − (e^(−μa) − e^(−μb)) / (μ(b − a));
 * exponential with mean m: μm / (1 + μm). Out-of-order arrivals do not change
 * this, because applying the latest version makes the entity fresh.
 */
export function expectedStaleRatio(writesPerSecond: number, entities: number, lag: LagConfig): number {
  check('writesPerSecond', writesPerSecond);
  checkEntities(entities);
  const mu = writesPerSecond / entities / 1000; // writes per ms per entity
  switch (lag.kind) {
    case 'constant':
      check('lag.ms', lag.ms);
      return 1 - Math.exp(-mu * lag.ms);
    case 'uniform': {
      check('lag.minMs', lag.minMs);
      check('lag.maxMs', lag.maxMs, lag.minMs);
      const span = lag.maxMs - lag.minMs;
      if (span === 0 || mu === 0) return 1 - Math.exp(-mu * lag.minMs);
      return 1 - (Math.exp(-mu * lag.minMs) - Math.exp(-mu * lag.maxMs)) / (mu * span);
    }
    case 'exponential': {
      check('lag.meanMs', lag.meanMs);
      const x = mu * lag.meanMs;
      return x / (1 + x);
    }
  }
}

/**
 * How fast the projector backlog grows (events per second): writes minus
 * capacity, or 0 when the projector keeps up (a backlog cannot go negative)
 * or is unlimited (capacity undefined/null).
 */
export function backlogGrowthPerSecond(writesPerSecond: number, projectorEventsPerSecond?: number | null): number {
  check('writesPerSecond', writesPerSecond);
  if (projectorEventsPerSecond === undefined || projectorEventsPerSecond === null) return 0;
  check('projectorEventsPerSecond', projectorEventsPerSecond);
  return Math.max(0, writesPerSecond - projectorEventsPerSecond);
}

/**
 * Time to clear a backlog while writes keep arriving:
 * backlog / (capacity − writes) seconds, in ms. null (never) when capacity
 * <= writes and the backlog is positive; 0 for an empty backlog.
 */
export function backlogClearTimeMs(
  backlog: number,
  writesPerSecond: number,
  projectorEventsPerSecond: number,
): number | null {
  check('backlog', backlog);
  check('writesPerSecond', writesPerSecond);
  check('projectorEventsPerSecond', projectorEventsPerSecond);
  if (backlog === 0) return 0;
  const spare = projectorEventsPerSecond - writesPerSecond;
  return spare > 0 ? (backlog / spare) * 1000 : null;
}

/** Events that pile up during a projector pause of `pauseMs`: writesPerSecond · pause. */
export function backlogAfterPause(writesPerSecond: number, pauseMs: number): number {
  check('writesPerSecond', writesPerSecond);
  check('pauseMs', pauseMs);
  return (writesPerSecond * pauseMs) / 1000;
}

/** Little's law: average events on the bus = writesPerSecond · mean lag. */
export function expectedInFlight(writesPerSecond: number, meanLagMs: number): number {
  check('writesPerSecond', writesPerSecond);
  check('meanLagMs', meanLagMs);
  return (writesPerSecond * meanLagMs) / 1000;
}
