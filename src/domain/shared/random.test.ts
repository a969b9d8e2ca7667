import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRandom, createStream, streamSeed, hashString } from './random';
import { replay } from './simulation';
import { advance, createClock } from './clock';

describe('createRandom', () => {
  it('gives mulberry32: the same seed gives the same sequence, and state resumes it', () => {
    const a = createRandom(42);
    const first = [a.uint32(), a.uint32()];
    expect(first).toEqual([2581720956, 1925393290]);
    const resumed = createRandom(a.state);
    expect(resumed.uint32()).toBe(a.uint32());
  });
  it('keeps int within its bounds and pick within its list', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, min, span) => {
        const r = createRandom(seed);
        const v = r.int(min, min + span);
        return Number.isInteger(v) && v >= min && v <= min + span;
      }),
    );
    expect(() => createRandom(1).pick([])).toThrow(/non-empty/);
  });
});

describe('streams', () => {
  it('are independent: two names of one seed differ, one name is stable', () => {
    expect(streamSeed(7, 'scheduler')).not.toBe(streamSeed(7, 'names'));
    expect(createStream(7, 'names').uint32()).toBe(createStream(7, 'names').uint32());
    expect(streamSeed(2 ** 40, 1)).not.toBe(streamSeed(0, 1));
  });
  it('hashes text with FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
  });
});

describe('clock and replay', () => {
  it('moves time forward only', () => {
    expect(advance(createClock(1000), 500).nowMs).toBe(1500);
    expect(() => advance(createClock(0), -1)).toThrow(/forward/);
    expect(() => createClock(Number.NaN)).toThrow(/milliseconds/);
  });
  it('replays inputs through a pure step', () => {
    const step = (s: number, i: number) => ({ state: s + i, events: [`+${i}`] });
    expect(replay(step, 0, [1, 2, 3])).toEqual({ state: 6, events: ['+1', '+2', '+3'] });
  });
});
