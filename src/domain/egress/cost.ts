/**
 * The cost of a month's egress under a price schedule, exact to the minor unit (penny).
 *
 * Rounding rule: volumes are metered in whole bytes (GB to 9 decimal places) and prices in
 * nano-units per GB; each line's cost is computed exactly in BigInt and rounded once, half-up,
 * to the minor unit. The total is the sum of the rounded lines, as on an invoice, so the
 * total always equals the sum of the line costs.
 */
import { divideRounded, fromScaled, powerOfTen, scaledOf } from '../shared/exact';
import { argumentError, requireAtMost } from '../shared/errors';
import { MAX_GB_PER_MONTH, MAX_PRICE_PER_GB, PRICE_SCALE, VOLUME_SCALE } from './limits';
import { billedUnitOf, toBilledUnits } from './billed-unit';
import type { Unit } from './units';
import { compileSchedule, minorDigits, type CompiledSchedule, type PriceSchedule } from './schedule';

/** One line of a bill: a slice of the month's volume at one price. */
export interface CostLine {
  /** Where the slice starts in the month's cumulative volume, GB. */
  fromGB: number;
  /** Where the slice ends in the month's cumulative volume, GB (fromGB + gb). */
  toGB: number;
  /** GB in this slice. */
  gb: number;
  /** Price per GB for this slice (0 for the free allowance). */
  pricePerGB: number;
  /** gb x pricePerGB in major units, rounded half-up to the minor unit. */
  cost: number;
}

/** A month's egress bill: the total and one line per free allowance or tier used. */
export interface EgressCost {
  /** Sum of the line costs, in major units (700 means £700.00). */
  total: number;
  /** ISO 4217 code from the schedule. */
  currency: string;
  /** The free allowance (price 0) if any volume used it, then each tier that received volume. */
  lines: CostLine[];
}

/** A bill in exact integers, for callers inside the module that add bills together. */
export interface ExactCost {
  readonly totalMinor: bigint;
  readonly lines: readonly { fromBytes: bigint; bytes: bigint; nanoPrice: bigint; costMinor: bigint }[];
}

/** Checks a monthly volume in GB and meters it in whole bytes. */
export function meterGB(name: string, gb: unknown): bigint {
  return scaledOf(requireAtMost(name, gb, MAX_GB_PER_MONTH, `${MAX_GB_PER_MONTH} GB (1 EB)`), VOLUME_SCALE);
}

/** Throws, naming `name`, when `bytes` is beyond a bounded schedule's last tier. */
function requireWithinCapacity(bytes: bigint, schedule: CompiledSchedule, name: string): void {
  const capacity = schedule.capacityBytes;
  if (capacity !== null && bytes > capacity) {
    const gb = fromScaled(bytes, VOLUME_SCALE);
    throw argumentError(
      name,
      `at most ${fromScaled(capacity, VOLUME_SCALE)} GB, the end of this schedule's last tier`,
      gb,
    );
  }
}

/** Prices `bytes` under a compiled schedule, exactly. `name` is used in the over-capacity error. */
export function priceBytes(bytes: bigint, schedule: CompiledSchedule, name: string): ExactCost {
  requireWithinCapacity(bytes, schedule, name);
  // Bytes x nano-units = 10^-18 currency units; divide down to the minor unit once per line.
  const divisor = powerOfTen(VOLUME_SCALE + PRICE_SCALE - schedule.minorDigits);
  const lines: { fromBytes: bigint; bytes: bigint; nanoPrice: bigint; costMinor: bigint }[] = [];
  const add = (fromBytes: bigint, slice: bigint, nanoPrice: bigint): void => {
    lines.push({ fromBytes, bytes: slice, nanoPrice, costMinor: divideRounded(slice * nanoPrice, divisor) });
  };
  const free = bytes < schedule.freeBytes ? bytes : schedule.freeBytes;
  if (free > 0n) add(0n, free, 0n);
  let done = 0n; // bytes billed by tiers so far, counted after the free allowance
  const billable = bytes - free;
  for (const tier of schedule.tiers) {
    if (done >= billable) break;
    const end = tier.upToBytes === null || tier.upToBytes > billable ? billable : tier.upToBytes;
    add(free + done, end - done, tier.nanoPrice);
    done = end;
  }
  return { totalMinor: lines.reduce((sum, line) => sum + line.costMinor, 0n), lines };
}

/**
 * priceBytes(bytes, schedule, name).totalMinor without building the bill's lines: the same
 * rounded lines, summed as they are worked out. For curves, which price dozens of volumes.
 */
export function priceBytesTotal(bytes: bigint, schedule: CompiledSchedule, name: string): bigint {
  requireWithinCapacity(bytes, schedule, name);
  const divisor = powerOfTen(VOLUME_SCALE + PRICE_SCALE - schedule.minorDigits);
  const free = bytes < schedule.freeBytes ? bytes : schedule.freeBytes;
  const billable = bytes - free;
  let total = 0n;
  let done = 0n;
  for (const tier of schedule.tiers) {
    if (done >= billable) break;
    const end = tier.upToBytes === null || tier.upToBytes > billable ? billable : tier.upToBytes;
    total += divideRounded((end - done) * tier.nanoPrice, divisor);
    done = end;
  }
  return total;
}

/** Converts an exact bill to the public shape in major units. */
export function toEgressCost(exact: ExactCost, schedule: CompiledSchedule): EgressCost {
  const digits = schedule.minorDigits;
  return {
    total: fromScaled(exact.totalMinor, digits),
    currency: schedule.currency,
    lines: exact.lines.map((line) => ({
      fromGB: fromScaled(line.fromBytes, VOLUME_SCALE),
      toGB: fromScaled(line.fromBytes + line.bytes, VOLUME_SCALE),
      gb: fromScaled(line.bytes, VOLUME_SCALE),
      pricePerGB: fromScaled(line.nanoPrice, PRICE_SCALE),
      cost: fromScaled(line.costMinor, digits),
    })),
  };
}

/**
 * The cost of `gbPerMonth` GB of egress in one month under `schedule`, where a GB is the
 * schedule's billed unit (its `billedUnit`: 2^30 bytes on the AWS and Google presets); to start
 * from a volume in another unit, use egressCostOf: egressCost(10000, flatRate(0.07)).total === 700. Throws a RangeError for a volume that is
 * negative, not finite, above MAX_GB_PER_MONTH or beyond a bounded last tier, or for an invalid
 * schedule.
 */
export function egressCost(gbPerMonth: number, schedule: PriceSchedule): EgressCost {
  const compiled = compileSchedule(schedule);
  return toEgressCost(priceBytes(meterGB('gbPerMonth', gbPerMonth), compiled, 'gbPerMonth'), compiled);
}

/**
 * The cost of `value` `unit` of egress in one month under `schedule`: the volume is first
 * converted, exactly, into the unit the schedule bills in (toBilledUnits), then priced.
 * egressCostOf(10, 'TB', AWS_INTERNET_EGRESS) prices 9,313.226 GB of 2^30 bytes, not 10,000.
 */
export function egressCostOf(value: number, unit: Unit, schedule: PriceSchedule): EgressCost {
  return egressCost(toBilledUnits(value, unit, billedUnitOf(schedule)), schedule);
}

/**
 * Twelve times a monthly total, exact in minor units: yearlyCost(700) === 8400,
 * yearlyCost(2.1) === 25.2. Accepts a number (major units; GBP pence assumed) or an
 * egressCost result, whose currency then sets the minor unit. The monthly amount is first
 * rounded half-up to the minor unit.
 */
export function yearlyCost(monthly: number | { total: number; currency: string }): number {
  const total = typeof monthly === 'number' ? monthly : monthly.total;
  const digits = typeof monthly === 'number' ? 2 : minorDigits(monthly.currency);
  const max = MAX_GB_PER_MONTH * MAX_PRICE_PER_GB; // the largest monthly bill this module can produce
  requireAtMost(typeof monthly === 'number' ? 'monthly' : 'monthly.total', total, max, String(max));
  return fromScaled(scaledOf(total, digits) * 12n, digits);
}
