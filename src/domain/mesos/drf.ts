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
  const cap: Record<string, number> = {};
  for (const [r, v] of Object.entries(capacity ?? {})) cap[r] = positive(v) ? v : 0;
  const free: Record<string, number> = { ...cap };
  const out: Record<string, number> = {};
  const live = (Array.isArray(frameworks) ? frameworks : []).map((f) => {
    out[f.id] = 0;
    return {
      id: f.id,
      demand: validDemand(f.demand) ? f.demand : null,
      used: {} as Record<string, number>,
      share: 0,
    };
  });
  let active = live.filter((f) => f.demand !== null && fits(f.demand, free));
  while (active.length > 0) {
    let pick = active[0]!;
    for (const f of active) if (f.share < pick.share) pick = f;
    const demand = pick.demand!;
    for (const [r, d] of Object.entries(demand)) {
      free[r] = (free[r] ?? 0) - d;
      pick.used[r] = (pick.used[r] ?? 0) + d;
    }
    pick.share = dominantShare(pick.used, cap);
    out[pick.id] = (out[pick.id] ?? 0) + 1;
    active = active.filter((f) => fits(f.demand!, free));
  }
  return out;
}
