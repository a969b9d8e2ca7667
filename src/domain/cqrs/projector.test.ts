import { describe, expect, it } from 'vitest';
import { isPaused, Projector, serviceEnd, serviceStart } from './projector';

const pause = { atMs: 1000, forMs: 500 };

describe('pause arithmetic (window [1000, 1500))', () => {
  it('isPaused is half-open', () => {
    expect([999, 1000, 1499, 1500].map((t) => isPaused(t, pause))).toEqual([false, true, true, false]);
    expect(isPaused(1200, null)).toBe(false);
  });

  it('a start inside the pause waits for its end', () => {
    expect(serviceStart(1200, pause)).toBe(1500);
    expect(serviceStart(900, pause)).toBe(900);
    expect(serviceStart(1200, null)).toBe(1200);
  });

  it('work that would reach the pause is suspended for the whole pause', () => {
    expect(serviceEnd(900, 20, pause)).toBe(920);
    expect(serviceEnd(990, 20, pause)).toBe(1510);
    expect(serviceEnd(980, 20, pause)).toBe(1500);
    expect(serviceEnd(1500, 20, pause)).toBe(1520);
    expect(serviceEnd(990, 0, pause)).toBe(990);
    expect(serviceEnd(990, 20, { atMs: 1000, forMs: 0 })).toBe(1010);
  });
});

describe('Projector', () => {
  it('serves copies FIFO in arrival order, one at a time', () => {
    const p = new Projector(10, null, 1);
    p.send(0, false, 0, 30);
    p.send(1, false, 0, 0);
    p.send(2, false, 0, 5);
    expect(p.inFlight).toBe(3);
    const done: [number, number][] = [];
    while (p.inFlight > 0 || p.backlog > 0) {
      if (p.bus.peekTime() <= p.doneAt) p.deliver(p.bus.peekTime());
      else {
        const t = p.doneAt;
        done.push([p.copySeq[p.complete(t)] as number, t]);
      }
    }
    // Copy of seq 1 arrives at 0 → done 10; seq 2 arrived at 5, waits → 20; seq 0 arrives at 30 → 40.
    expect(done).toEqual([
      [1, 10],
      [2, 20],
      [0, 40],
    ]);
    expect(p.doneAt).toBe(Infinity);
  });

  it('counts the backlog (queued + in service) apart from copies in flight', () => {
    const p = new Projector(10, null, 4);
    for (let i = 0; i < 3; i++) p.send(i, i === 2, 0, 1);
    p.deliver(1);
    p.deliver(1);
    expect(p.backlog).toBe(2);
    expect(p.inFlight).toBe(1);
    expect(p.current()).toBe(0);
    expect(p.copyDup[2]).toBe(1);
  });

  it('an unlimited projector completes a copy at its arrival, or at the end of a pause', () => {
    const p = new Projector(0, pause, 2);
    p.send(0, false, 0, 1200);
    p.deliver(1200);
    expect(p.startedAt).toBe(1500);
    expect(p.doneAt).toBe(1500);
  });
});
