/**
 * The chart's data: cost against monthly volume with and without the strategies, from the
 * domain's costCurve (which puts a point on every tier boundary, so kinks are exact) and
 * costWithStrategies at the same volumes. Curves are cached: moving the volume slider only
 * moves the marker until the volume outgrows the chart's range.
 */
import { costCurve, costWithStrategies, type PriceSchedule, type Strategies } from '../../domain/egress';

/** One point of the chart. */
export interface ChartPoint {
  /** Monthly volume before strategies, GB. */
  gb: number;
  /** Monthly cost without strategies. */
  without: number;
  /** Monthly cost with the strategies (equal to `without` when none are used). */
  with: number;
  /** True where the free allowance or a tier ends. */
  boundary: boolean;
}

const cache = new Map<string, ChartPoint[]>();
const bases = new Map<string, ReturnType<typeof costCurve>>();

/** Keeps at most `size` entries, dropping the oldest. */
function remember<T>(map: Map<string, T>, key: string, value: T, size = 24): T {
  if (map.size > size) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
  return value;
}

/** `points` evenly spaced volumes from 0 to `maxGB`, plus every tier boundary, with both costs. */
export function chartPoints(
  schedule: PriceSchedule,
  strategies: Strategies | null,
  maxGB: number,
  points: number,
): ChartPoint[] {
  const key = JSON.stringify([schedule, strategies, maxGB, points]);
  const hit = cache.get(key);
  if (hit) return hit;
  // The curve without strategies depends only on the prices and the range: a strategy slider
  // (CDN share, compression) prices only the curve with strategies again (issue 9).
  const baseKey = JSON.stringify([schedule, maxGB, points]);
  const base = bases.get(baseKey) ?? remember(bases, baseKey, costCurve(schedule, maxGB, points));
  const curve = base.map((p) => ({
    gb: p.gb,
    without: p.cost,
    with: strategies === null ? p.cost : costWithStrategies(p.gb, schedule, strategies).total,
    boundary: p.boundary,
  }));
  return remember(cache, key, curve);
}
