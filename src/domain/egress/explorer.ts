/**
 * What the egress explorer decides that a lesson or a quiz could ask too (issue 9: logic back
 * into the domain): a percentage as an exact share, how much a price list can price, whether a
 * month's volume fits it, and how far the chart's volume axis reaches.
 */
import { argumentError, requireNonNegative } from '../shared/errors';
import { formatNumber } from './format-number';
import { MAX_GB_PER_MONTH } from './limits';
import { scheduleCapacityGB, type PriceSchedule } from './schedule';

/** A percentage as a share, exactly: 33.3 -> 0.333 (33.3 / 100 gives 0.33299999999999996). */
export function percentToShare(percent: number): number {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) {
    throw argumentError('percent', 'a finite number', percent);
  }
  return Number(`${formatNumber(percent, { grouping: false })}e-2`);
}

/** The largest monthly volume a price list can price, in GB: its last bounded tier, or 1 EB. */
export function capacityGB(schedule: PriceSchedule): number {
  return scheduleCapacityGB(schedule) ?? MAX_GB_PER_MONTH;
}

/** Whether `gb` a month fits the price list, and its capacity (a NaN or an overflow never fits). */
export function fitsSchedule(gb: number, schedule: PriceSchedule): { fits: boolean; capGB: number } {
  const capGB = capacityGB(schedule);
  return { fits: Number.isFinite(gb) && gb >= 0 && gb <= capGB, capGB };
}

/**
 * The chart's volume range: the first of 1, 2, 5, 10, 20, 50 ... GB at or above 1.5 × the volume
 * (and at least 10 GB), never beyond `capGB`.
 */
export function chartRangeGB(gb: number, capGB: number): number {
  requireNonNegative('gb', gb);
  requireNonNegative('capGB', capGB);
  const target = Math.max(10, gb * 1.5);
  for (let power = 1; power <= 1e12; power *= 10) {
    for (const m of [1, 2, 5]) if (m * power >= target) return Math.min(m * power, capGB);
  }
  return capGB;
}
