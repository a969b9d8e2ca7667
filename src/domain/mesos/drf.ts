/**
 * Dominant Resource Fairness as a one-pool allocation (Ghodsi et al., "Dominant Resource
 * Fairness: Fair Allocation of Multiple Resource Types", NSDI 2011, Algorithm 1): repeatedly pick
 * the framework with the lowest dominant share and launch one of its tasks, until no framework's
 * task fits in what is left. The paper stops when the lowest-share user's task does not fit; this
 * version skips that framework and carries on with the others ("until no task fits").
 * Ties go to the framework listed first.
 */

/** Resources by name, e.g. { cpus: 9, mem: 18 }. */
export type Resources = Readonly<Record<string, number>>;

const positive = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** The share of `capacity` that `used` takes in its largest resource (0 when capacity is empty). */
export function dominantShare(used: Resources, capacity: Resources): number {
  let best = 0;
  for (const [r, cap] of Object.entries(capacity)) {
    if (!positive(cap)) continue;
    const u = used[r] ?? 0;
    if (u / cap > best) best = u / cap;
  }
  return best;
}

/** A demand is usable when every value is a finite number >= 0 and at least one is > 0. */
export function validDemand(demand: unknown): demand is Resources {
  if (typeof demand !== 'object' || demand === null || Array.isArray(demand)) return false;
  const values = Object.values(demand as Record<string, unknown>);
  return values.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0) && values.some((v) => positive(v));
}

/** True when `demand` fits in `free`: a resource missing from `free` has none. */
export function fits(demand: Resources, free: Resources): boolean {
  return Object.entries(demand).every(([r, d]) => d <= (free[r] ?? 0) + 1e-9);
}

/**
 * Tasks launched per framework id when offers follow DRF until no task fits.
 * drfAllocate({ cpus: 9, mem: 18 }, [{ id: 'A', demand: { cpus: 1, mem: 4 } },
 * { id: 'B', demand: { cpus: 3, mem: 1 } }]) is { A: 3, B: 2 } (the paper's example).
 * A framework whose demand is not usable (negative, NaN, all zero) gets 0; never throws.
 */
export function drfAllocate(
  capacity: Record<string, number>,
  frameworks: { id: string; demand: Record<string, number> }[],
): Record<string, number> {
  const names = Object.keys(capacity ?? {});
  const cap = names.map((r) => (positive(capacity[r]) ? capacity[r]! : 0));
  const free = [...cap];
  const out: Record<string, number> = {};
  type Live = { id: string; order: number; need: number[]; used: number[]; share: number };
  const heap: Live[] = [];
  const before = (a: Live, b: Live): boolean => a.share < b.share || (a.share === b.share && a.order < b.order);
  const push = (f: Live): void => {
    heap.push(f);
    for (let i = heap.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (!before(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): Live | undefined => {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last !== undefined) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };
  (Array.isArray(frameworks) ? frameworks : []).forEach((f, order) => {
    out[f.id] = 0;
    if (!validDemand(f.demand)) return;
    // A resource the pool does not have at all can never be given.
    if (Object.entries(f.demand).some(([r, d]) => d > 0 && !names.includes(r))) return;
    push({ id: f.id, order, need: names.map((r) => f.demand[r] ?? 0), used: names.map(() => 0), share: 0 });
  });
  // Free resources only shrink, so a framework whose task does not fit now never will: drop it.
  for (let f = pop(); f !== undefined; f = pop()) {
    if (!f.need.every((d, i) => d <= free[i]! + 1e-9)) continue;
    let share = 0;
    for (let i = 0; i < names.length; i++) {
      free[i] = free[i]! - f.need[i]!;
      f.used[i] = f.used[i]! + f.need[i]!;
      if (cap[i]! > 0 && f.used[i]! / cap[i]! > share) share = f.used[i]! / cap[i]!;
    }
    f.share = share;
    out[f.id] = (out[f.id] ?? 0) + 1;
    push(f);
  }
  return out;
}
