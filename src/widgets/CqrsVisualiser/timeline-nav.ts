/**
 * Moving through a run: the instants Step forward / Step back land on (the next or previous
 * timeline entry that is not a periodic sample) and the time a Play frame advances to.
 */
import type { TimelineEntry } from '../../domain/cqrs';

/** Index of the first entry with t > x (entries sorted by t). */
function upper(timeline: readonly TimelineEntry[], x: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((timeline[m] as TimelineEntry).t <= x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** Index of the first entry with t >= x. */
function lower(timeline: readonly TimelineEntry[], x: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if ((timeline[m] as TimelineEntry).t < x) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/** The time of the next event after `t` (or `endMs` when there is none). */
export function nextEventTime(timeline: readonly TimelineEntry[], t: number, endMs: number): number {
  for (let i = upper(timeline, t); i < timeline.length; i++) {
    const e = timeline[i] as TimelineEntry;
    if (e.kind !== 'sample') return Math.min(e.t, endMs);
  }
  return endMs;
}

/** The time of the previous event before `t` (or 0 when there is none). */
export function prevEventTime(timeline: readonly TimelineEntry[], t: number): number {
  for (let i = lower(timeline, t) - 1; i >= 0; i--) {
    const e = timeline[i] as TimelineEntry;
    if (e.kind !== 'sample') return Math.max(0, e.t);
  }
  return 0;
}

/** Where a Play frame lands: `elapsedMs` of wall time at `speed`, stopping at the end. */
export function advance(t: number, elapsedMs: number, speed: number, endMs: number): { t: number; done: boolean } {
  // A long gap (a background tab) must not jump the run: at most 100 ms of wall time per frame.
  const next = t + Math.min(Math.max(0, elapsedMs), 100) * speed;
  return next >= endMs ? { t: endMs, done: true } : { t: next, done: false };
}

/** Reduced motion: Play jumps in this many coarse steps over a run instead of animating. */
export const COARSE_STEPS = 20;

/** The next coarse stop after `t` (a twentieth of the run). */
export function coarseStep(t: number, endMs: number): { t: number; done: boolean } {
  const step = endMs / COARSE_STEPS;
  const next = step > 0 ? (Math.floor(t / step + 1e-9) + 1) * step : endMs;
  return next >= endMs ? { t: endMs, done: true } : { t: next, done: false };
}

/** The scrubber's resolution: it has this many positions over the run. */
export const SCRUB_STEPS = 1000;

/** The scrubber position of time `t`. */
export function positionOf(t: number, endMs: number): number {
  return endMs > 0 ? Math.round((Math.min(Math.max(t, 0), endMs) / endMs) * SCRUB_STEPS) : 0;
}

/** The time of scrubber position `p`. */
export function timeOfPosition(p: number, endMs: number): number {
  return (Math.min(Math.max(p, 0), SCRUB_STEPS) / SCRUB_STEPS) * endMs;
}
