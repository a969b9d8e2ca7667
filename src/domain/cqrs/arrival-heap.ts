/**
 * Binary min-heap of (time, id) pairs kept in typed arrays: the bus holds
 * every copy in flight, and a million-event run must not allocate an object
 * per copy. Ties on time are broken by the smaller id, so the order is total
 * and the simulation deterministic.
 */
export class ArrivalHeap {
  private times: Float64Array;
  private ids: Int32Array;
  private n = 0;

  /** @param capacity initial capacity; the heap grows by doubling. */
  constructor(capacity = 64) {
    this.times = new Float64Array(Math.max(1, capacity));
    this.ids = new Int32Array(Math.max(1, capacity));
  }

  /** Number of entries. */
  get size(): number {
    return this.n;
  }

  /** Smallest time, or Infinity when empty. */
  peekTime(): number {
    return this.n > 0 ? (this.times[0] as number) : Infinity;
  }

  /** Id of the smallest entry, or -1 when empty. */
  peekId(): number {
    return this.n > 0 ? (this.ids[0] as number) : -1;
  }

  /** Adds an entry. */
  push(time: number, id: number): void {
    if (this.n === this.times.length) this.grow();
    const times = this.times;
    const ids = this.ids;
    let i = this.n++;
    // Sift up: move parents down until the new entry fits.
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = times[p] as number;
      if (pt < time || (pt === time && (ids[p] as number) < id)) break;
      times[i] = pt;
      ids[i] = ids[p] as number;
      i = p;
    }
    times[i] = time;
    ids[i] = id;
  }

  /** Removes the smallest entry and returns its id (-1 when empty). */
  pop(): number {
    if (this.n === 0) return -1;
    const times = this.times;
    const ids = this.ids;
    const top = ids[0] as number;
    const n = --this.n;
    if (n === 0) return top;
    const time = times[n] as number;
    const id = ids[n] as number;
    let i = 0;
    // Sift down the former last entry.
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      const r = c + 1;
      if (r < n) {
        const ct = times[c] as number;
        const rt = times[r] as number;
        if (rt < ct || (rt === ct && (ids[r] as number) < (ids[c] as number))) c = r;
      }
      const ct = times[c] as number;
      if (time < ct || (time === ct && id < (ids[c] as number))) break;
      times[i] = ct;
      ids[i] = ids[c] as number;
      i = c;
    }
    times[i] = time;
    ids[i] = id;
    return top;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const ids = new Int32Array(this.ids.length * 2);
    times.set(this.times);
    ids.set(this.ids);
    this.times = times;
    this.ids = ids;
  }
}
