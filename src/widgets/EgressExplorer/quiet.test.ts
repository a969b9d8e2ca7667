import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from './quiet';

describe('quietTimer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls back once, ms after the last of a run of pokes, arming few timeouts', () => {
    const onQuiet = vi.fn();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const timer = quietTimer(150, onQuiet, () => Date.now());
    // A held arrow key: a step every 33 ms for a second.
    for (let t = 0; t < 1000; t += 33) {
      timer.poke();
      vi.advanceTimersByTime(33);
    }
    expect(onQuiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(149 - 33);
    expect(onQuiet).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onQuiet).toHaveBeenCalledTimes(1);
    // 31 steps armed a timeout about once per 150 ms, not 31 times.
    expect(setTimeoutSpy.mock.calls.length).toBeLessThanOrEqual(9);
    vi.advanceTimersByTime(1000);
    expect(onQuiet).toHaveBeenCalledTimes(1);
  });

  it('calls back again after a later change, and never after cancel', () => {
    const onQuiet = vi.fn();
    const timer = quietTimer(300, onQuiet, () => Date.now());
    timer.poke();
    vi.advanceTimersByTime(300);
    timer.poke();
    vi.advanceTimersByTime(300);
    expect(onQuiet).toHaveBeenCalledTimes(2);
    timer.poke();
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(onQuiet).toHaveBeenCalledTimes(2);
  });
});
