/**
 * Virtual time for every simulation. Time is data inside a simulation's state, advanced only by
 * its inputs (a command, a "wait 5 s", a tick), never read from the machine: the same inputs
 * always give the same output, and a lesson can jump a minute ahead in one step.
 */

/** A point in virtual time, in whole milliseconds since the simulation's epoch. */
export interface Clock {
  readonly nowMs: number;
}

/** The epoch every simulation starts at unless a lesson says otherwise (2026-01-01T09:00:00Z). */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 1, 9, 0, 0);

/** A clock at `nowMs` (default: the course's epoch). */
export function createClock(nowMs: number = DEFAULT_EPOCH_MS): Clock {
  if (!Number.isSafeInteger(nowMs) || nowMs < 0) {
    throw new RangeError(`a clock needs a whole number of milliseconds >= 0 (received ${String(nowMs)})`);
  }
  return { nowMs };
}

/** The clock `ms` later. Time never goes backwards: a negative step is refused. */
export function advance(clock: Clock, ms: number): Clock {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`time can only move forward by a finite number of ms >= 0 (received ${String(ms)})`);
  }
  return { nowMs: clock.nowMs + Math.round(ms) };
}

/** Milliseconds from `earlier` to `later` (0 if `later` is not after it). */
export function elapsedMs(earlier: number, later: Clock): number {
  return Math.max(0, later.nowMs - earlier);
}
