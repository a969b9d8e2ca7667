import { describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../domain/cqrs';
import { advance, coarseStep, nextEventTime, positionOf, prevEventTime, timeOfPosition } from './timeline-nav';

const tl = [
  { t: 0, kind: 'sample' },
  { t: 10, kind: 'commit' },
  { t: 10, kind: 'bus' },
  { t: 25, kind: 'sample' },
  { t: 40, kind: 'deliver' },
  { t: 50, kind: 'sample' },
] as unknown as TimelineEntry[];

describe('steps', () => {
  it('step forward lands on the next event, skipping samples, then the end', () => {
    expect(nextEventTime(tl, 0, 60)).toBe(10);
    expect(nextEventTime(tl, 10, 60)).toBe(40);
    expect(nextEventTime(tl, 40, 60)).toBe(60);
  });

  it('step back lands on the previous event, then 0', () => {
    expect(prevEventTime(tl, 60)).toBe(40);
    expect(prevEventTime(tl, 40)).toBe(10);
    expect(prevEventTime(tl, 10)).toBe(0);
    expect(prevEventTime([], 5)).toBe(0);
  });
});

describe('play', () => {
  it('advances by wall time × speed and stops at the end', () => {
    expect(advance(100, 16, 2, 1000)).toEqual({ t: 132, done: false });
    expect(advance(990, 16, 1, 1000)).toEqual({ t: 1000, done: true });
    // A background tab's long gap counts as 100 ms at most.
    expect(advance(0, 5000, 1, 1000)).toEqual({ t: 100, done: false });
    expect(advance(0, -5, 1, 1000)).toEqual({ t: 0, done: false });
  });

  it('reduced motion jumps a twentieth of the run', () => {
    expect(coarseStep(0, 2000)).toEqual({ t: 100, done: false });
    expect(coarseStep(150, 2000)).toEqual({ t: 200, done: false });
    expect(coarseStep(1950, 2000)).toEqual({ t: 2000, done: true });
    expect(coarseStep(0, 0)).toEqual({ t: 0, done: true });
  });
});

describe('scrubber', () => {
  it('maps time to 1000 positions and back', () => {
    expect(positionOf(5000, 20000)).toBe(250);
    expect(timeOfPosition(250, 20000)).toBe(5000);
    expect(positionOf(-1, 100)).toBe(0);
    expect(positionOf(500, 100)).toBe(1000);
    expect(positionOf(5, 0)).toBe(0);
  });
});
