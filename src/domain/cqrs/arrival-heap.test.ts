import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrivalHeap } from './arrival-heap';

describe('ArrivalHeap', () => {
  it('pops by time, ties by id, and reports Infinity / -1 when empty', () => {
    const h = new ArrivalHeap(2);
    h.push(5, 1);
    h.push(3, 7);
    h.push(5, 0);
    h.push(1, 9);
    expect(h.size).toBe(4);
    expect(h.peekTime()).toBe(1);
    expect([h.pop(), h.pop(), h.pop(), h.pop()]).toEqual([9, 7, 0, 1]);
    expect(h.peekTime()).toBe(Infinity);
    expect(h.pop()).toBe(-1);
  });

  it('always returns entries in (time, id) order, growing as needed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 50 }), fc.nat(1000)), {
          maxLength: 300,
        }),
        (items) => {
          const h = new ArrivalHeap(1);
          items.forEach(([t], id) => h.push(t, id));
          const expected = items
            .map(([t], id) => ({ t, id }))
            .sort((a, b) => a.t - b.t || a.id - b.id)
            .map((x) => x.id);
          const got: number[] = [];
          while (h.size > 0) got.push(h.pop());
          expect(got).toEqual(expected);
        },
      ),
    );
  });
});
