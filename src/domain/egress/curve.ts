/**
 * Cost-versus-volume points for a chart. Evenly spaced points alone would cut the corners of a
 * tiered schedule, so the points where a free allowance or tier ends are added: a line chart
 * through the points then shows every kink exactly where the price changes.
 */
import { divideRounded, fromScaled } from '../shared/exact';
import { argumentError } from '../shared/errors';
import { meterGB, priceBytes, priceBytesTotal } from './cost';
import { VOLUME_SCALE } from './limits';
import { compileSchedule, type PriceSchedule } from './schedule';

/** One point of a cost curve. */
export interface CurvePoint {
  /** Monthly volume, GB. */
  gb: number;
  /** Monthly cost at that volume, major units, as egressCost would report it. */
  cost: number;
  /** True where the free allowance or a tier ends (the price changes after this point). */
  boundary: boolean;
}

/**
 * Monthly cost at `points` evenly spaced volumes from 0 to `maxGB` inclusive, plus every tier
 * boundary strictly inside that range, sorted by volume. costCurve(flatRate(0.07), 100, 3)
 * gives (0, 0), (50, 3.5), (100, 7). Throws a RangeError for a bad maxGB (negative, too large,
 * beyond a bounded last tier) or a `points` that is not a whole number from 2 to 1,000.
 */
export function costCurve(schedule: PriceSchedule, maxGB: number, points = 50): CurvePoint[] {
  const compiled = compileSchedule(schedule);
  const maxBytes = meterGB('maxGB', maxGB);
  priceBytes(maxBytes, compiled, 'maxGB'); // fails early, naming maxGB, if the schedule ends sooner
  if (!Number.isInteger(points) || points < 2 || points > 1000) {
    throw argumentError('points', 'a whole number from 2 to 1000', points);
  }
  // Volumes in whole bytes, so the x values are exact decimals too (no 0.30000000000000004 GB).
  const volumes = new Map<bigint, boolean>();
  for (let i = 0; i < points; i += 1) {
    volumes.set(divideRounded(maxBytes * BigInt(i), BigInt(points - 1)), false);
  }
  const boundaries = [compiled.freeBytes];
  for (const tier of compiled.tiers) {
    if (tier.upToBytes !== null) boundaries.push(compiled.freeBytes + tier.upToBytes);
  }
  for (const bytes of boundaries) {
    if (bytes > 0n && bytes < maxBytes) volumes.set(bytes, true);
  }
  return [...volumes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([bytes, boundary]) => ({
      gb: fromScaled(bytes, VOLUME_SCALE),
      cost: fromScaled(priceBytesTotal(bytes, compiled, 'maxGB'), compiled.minorDigits),
      boundary,
    }));
}
