/**
 * Price schedules: what one GB of egress costs, with an optional free allowance and volume tiers.
 */
import { fromScaled, scaledOf } from '../shared/exact';
import { argumentError, describeValue, requireAtMost } from '../shared/errors';
import { MAX_GB_PER_MONTH, MAX_PRICE_PER_GB, PRICE_SCALE, VOLUME_SCALE } from './limits';
import { BILLED_UNIT_IDS, isBilledUnitId, type BilledUnitId } from './billed-unit';

/** One band of a tiered schedule. */
export interface PriceTier {
  /**
   * Where this tier ends, in GB of the month's cumulative volume counted after the free
   * allowance; null means no upper bound (allowed on the last tier only).
   */
  upToGB: number | null;
  /** Price per GB in major currency units (pounds, dollars), e.g. 0.07. */
  pricePerGB: number;
}

/**
 * How egress is billed. The free allowance comes off the month's first GBs; the tiers then
 * apply, in order, to the rest (so with freeGB 100 and a first tier up to 10,000 GB, the first
 * tier covers the month's GB 100 to 10,100).
 */
export interface PriceSchedule {
  /** ISO 4217 code such as 'GBP' or 'USD'. */
  currency: string;
  /** GB per month that cost nothing, taken off the first GBs before any tier applies. */
  freeGB: number;
  /** Tiers in increasing order of upToGB; null = no upper bound (last tier only). */
  tiers: { upToGB: number | null; pricePerGB: number }[];
  /**
   * The unit every "GB" of this schedule (freeGB, upToGB, pricePerGB, and the volume it prices)
   * is counted in: 'decimal-GB' (10^9 bytes, the default), 'binary-GB' (AWS: "GB" of 2^30 bytes),
   * 'GiB' (Google Cloud) or 'GB-unstated' (Azure; modelled as 10^9). Convert a volume into it
   * with toBilledUnits before pricing it; see billed-unit.ts for the sources.
   */
  billedUnit?: BilledUnitId;
}

/** A schedule checked and converted to exact integers: bytes and nano-units of currency. */
export interface CompiledSchedule {
  readonly currency: string;
  readonly minorDigits: number;
  readonly freeBytes: bigint;
  readonly tiers: readonly { readonly upToBytes: bigint | null; readonly nanoPrice: bigint }[];
  /** Total bytes the schedule can price (free allowance + last bound), or null when unbounded. */
  readonly capacityBytes: bigint | null;
}

// ISO 4217 currencies whose minor unit is not the usual hundredth.
const ZERO_DECIMAL = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
];
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];

/** Throws unless `currency` looks like an ISO 4217 code (three capital letters). */
export function requireCurrency(name: string, currency: unknown): string {
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw argumentError(name, "a 3-letter ISO 4217 code such as 'GBP' or 'USD'", currency);
  }
  return currency;
}

/** Decimal places of the currency's minor unit: 2 for GBP (pence), 0 for JPY, 3 for KWD. */
export function minorDigits(currency: string): number {
  requireCurrency('currency', currency);
  if (ZERO_DECIMAL.includes(currency)) return 0;
  return THREE_DECIMAL.includes(currency) ? 3 : 2;
}

/** A single price for every GB with no free allowance, as in the course notes: flatRate(0.07). */
export function flatRate(pricePerGB: number, currency = 'GBP'): PriceSchedule {
  requireAtMost('pricePerGB', pricePerGB, MAX_PRICE_PER_GB, String(MAX_PRICE_PER_GB));
  requireCurrency('currency', currency);
  return { currency, freeGB: 0, tiers: [{ upToGB: null, pricePerGB }] };
}

/**
 * Checks a schedule and converts it to exact integers. Throws a RangeError naming the field
 * (for example `schedule.tiers[1].upToGB`) for unsorted tiers, a null bound before the last
 * tier, a negative price or allowance, or a malformed value.
 */
export function compileSchedule(schedule: PriceSchedule, name = 'schedule'): CompiledSchedule {
  if (typeof schedule !== 'object' || schedule === null) throw argumentError(name, 'a price schedule object', schedule);
  const currency = requireCurrency(`${name}.currency`, schedule.currency);
  if (schedule.billedUnit !== undefined && !isBilledUnitId(schedule.billedUnit)) {
    throw argumentError(`${name}.billedUnit`, `one of ${BILLED_UNIT_IDS.join(', ')}`, schedule.billedUnit);
  }
  const maxText = `${MAX_GB_PER_MONTH} GB`;
  const freeBytes = scaledOf(requireAtMost(`${name}.freeGB`, schedule.freeGB, MAX_GB_PER_MONTH, maxText), VOLUME_SCALE);
  const raw: unknown = schedule.tiers;
  if (!Array.isArray(raw) || raw.length === 0) throw argumentError(`${name}.tiers`, 'a non-empty array of tiers', raw);
  const tiers = raw.map((tier: PriceTier, i) => {
    const at = `${name}.tiers[${i}]`;
    if (typeof tier !== 'object' || tier === null) throw argumentError(at, 'an object { upToGB, pricePerGB }', tier);
    const price = requireAtMost(`${at}.pricePerGB`, tier.pricePerGB, MAX_PRICE_PER_GB, String(MAX_PRICE_PER_GB));
    if (tier.upToGB === null) {
      if (i !== raw.length - 1) {
        throw new RangeError(
          `${at}.upToGB may be null (no upper bound) only on the last tier (received null on tier ${i} of ${raw.length})`,
        );
      }
      return { upToBytes: null, nanoPrice: scaledOf(price, PRICE_SCALE) };
    }
    const upTo = requireAtMost(`${at}.upToGB`, tier.upToGB, MAX_GB_PER_MONTH, maxText);
    return { upToBytes: scaledOf(upTo, VOLUME_SCALE), nanoPrice: scaledOf(price, PRICE_SCALE) };
  });
  tiers.forEach((tier, i) => {
    const previous = i === 0 ? 0n : tiers[i - 1]?.upToBytes;
    // Compare the metered (byte) values, so two bounds that differ by less than a byte also fail.
    if (tier.upToBytes !== null && previous !== undefined && previous !== null && tier.upToBytes <= previous) {
      const upToGB = raw[i]?.upToGB as unknown;
      const expected =
        i === 0
          ? 'greater than 0'
          : `greater than ${name}.tiers[${i - 1}].upToGB (${describeValue(raw[i - 1]?.upToGB)})`;
      throw argumentError(`${name}.tiers[${i}].upToGB`, `${expected}: tiers must be in increasing order`, upToGB);
    }
  });
  const last = tiers[tiers.length - 1]?.upToBytes ?? null;
  return {
    currency,
    minorDigits: minorDigits(currency),
    freeBytes,
    tiers,
    capacityBytes: last === null ? null : freeBytes + last,
  };
}

/**
 * The largest monthly volume, in GB, that `schedule` can price (free allowance plus the last
 * tier's bound), or null when its last tier is unbounded. Widgets use it to cap a slider.
 */
export function scheduleCapacityGB(schedule: PriceSchedule): number | null {
  const { capacityBytes } = compileSchedule(schedule);
  return capacityBytes === null ? null : fromScaled(capacityBytes, VOLUME_SCALE);
}
