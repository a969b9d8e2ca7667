/**
 * The chart's data: cost against monthly volume with and without the strategies, from the
 * domain's costCurve (which puts a point on every tier boundary, so kinks are exact) and
 * costWithStrategies at the same volumes. Curves are cached: moving the volume slider only
 * moves the marker until the volume outgrows the chart's range.
 */
import { costCurve, costCurveWithStrategies, type PriceSchedule, type Strategies } from '../../domain/egress';

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
  /** Names the schedule and strategies (the explorer builds it from its inputs, cheaper than JSON). */
  scenarioKey: string = JSON.stringify([schedule, strategies]),
): ChartPoint[] {
  const key = `${scenarioKey}|${maxGB}|${points}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // Without strategies the curve depends only on the prices and the range. With them, the domain
  // prices the whole curve at once: the same totals as costWithStrategies per point, without
  // building a bill for each (issue 9, stop 22: the CDN step's curve went from 1.8 to 0.45 ms at 4x).
  const baseKey = JSON.stringify([schedule, maxGB, points]);
  const curve =
    strategies === null
      ? (bases.get(baseKey) ?? remember(bases, baseKey, costCurve(schedule, maxGB, points))).map((p) => ({
          gb: p.gb,
          without: p.cost,
          with: p.cost,
          boundary: p.boundary,
        }))
      : costCurveWithStrategies(schedule, strategies, maxGB, points).map((p) => ({
          gb: p.gb,
          without: p.cost,
          with: p.withStrategies,
          boundary: p.boundary,
        }));
  return remember(cache, key, curve);
}
