/**
 * The unit a price list bills "per GB" in. Providers do not all mean 10^9 bytes:
 *
 * - AWS bills a "GB" of 2^30 bytes. The Amazon S3 FAQ's billing example stores "100GB
 *   (107,374,182,400 bytes)" and converts byte-hours to GB-months by dividing by 1,073,741,824;
 *   its S3 Express One Zone example prices per-GB data charges as KB / 1,048,576.
 *   Source: https://aws.amazon.com/s3/faqs/ (Billing section), read 2026-12-04.
 * - Google Cloud prices network data transfer per GiB ("Egress pricing is per GiB delivered";
 *   tiers run 0-1 TiB = 1,024 GiB and 1-10 TiB = 10,240 GiB).
 *   Sources: https://cloud.google.com/network-tiers/pricing and
 *   https://cloud.google.com/vpc/network-pricing, read 2026-12-04.
 * - Azure's bandwidth page prices "per GB" and, in what we could check on 2026-12-04, does not
 *   say how many bytes that GB holds: https://azure.microsoft.com/en-gb/pricing/details/bandwidth/.
 *   The model treats it as 10^9 bytes and says so.
 *
 * A price schedule names its unit with `billedUnit` (default 'decimal-GB', the course's flat
 * rate). `toGB` keeps its exact decimal conversions; `toBilledUnits` converts a volume into the
 * unit a schedule is priced in, exactly, before the schedule prices it.
 */
import { argumentError, requireNonNegative } from '../shared/errors';
import { decimalOf, decimalToNumber, multiply, type Decimal } from '../shared/exact';
import { bytesPerUnit, isUnit, UNITS, type Unit } from './units';

/** Ids of the billed units: what "1 GB" (or "1 GiB") on a price list means in bytes. */
export type BilledUnitId = 'decimal-GB' | 'binary-GB' | 'GiB' | 'GB-unstated';

/** One billed unit, with the bytes it holds and how to name it beside a price. */
export interface BilledUnit {
  readonly id: BilledUnitId;
  /** How the price list writes it: 'GB' or 'GiB'. */
  readonly written: 'GB' | 'GiB';
  /** Bytes in one billed unit: 10^9 or 2^30. */
  readonly bytes: number;
  /** Which unit of `toGB`'s set holds the same bytes: 'GB' (10^9) or 'GiB' (2^30). */
  readonly sameAs: 'GB' | 'GiB';
  /** Short label for a price: 'GB (2^30 bytes)', 'GiB', 'GB (10^9 bytes)'. */
  readonly label: string;
  /** One sentence saying what the unit is and why. */
  readonly note: string;
}

const GIB = 2 ** 30;

/** Every billed unit the course uses. */
export const BILLED_UNITS: Readonly<Record<BilledUnitId, BilledUnit>> = Object.freeze({
  'decimal-GB': Object.freeze({
    id: 'decimal-GB',
    written: 'GB',
    bytes: 1e9,
    sameAs: 'GB',
    label: 'GB (10^9 bytes)',
    note: 'A decimal GB of 1,000,000,000 bytes: the simplification the course uses for its flat rate.',
  }),
  'binary-GB': Object.freeze({
    id: 'binary-GB',
    written: 'GB',
    bytes: GIB,
    sameAs: 'GiB',
    label: 'GB (2^30 bytes)',
    note: 'Written "GB" but counted as 2^30 = 1,073,741,824 bytes, as AWS bills it.',
  }),
  GiB: Object.freeze({
    id: 'GiB',
    written: 'GiB',
    bytes: GIB,
    sameAs: 'GiB',
    label: 'GiB (2^30 bytes)',
    note: 'A gibibyte: 2^30 = 1,073,741,824 bytes, as Google Cloud prices network data transfer.',
  }),
  'GB-unstated': Object.freeze({
    id: 'GB-unstated',
    written: 'GB',
    bytes: 1e9,
    sameAs: 'GB',
    label: 'GB (bytes not stated; modelled as 10^9)',
    note: 'The price page says "per GB" without saying how many bytes; this model counts 10^9 bytes.',
  }),
});

/** Every billed unit id. */
export const BILLED_UNIT_IDS: readonly BilledUnitId[] = Object.freeze(Object.keys(BILLED_UNITS) as BilledUnitId[]);

/** True when `id` names a billed unit. */
export function isBilledUnitId(id: unknown): id is BilledUnitId {
  return typeof id === 'string' && Object.hasOwn(BILLED_UNITS, id);
}

/** The billed unit with this id (throws a RangeError listing the ids otherwise). */
export function billedUnit(id: BilledUnitId): BilledUnit {
  if (!isBilledUnitId(id)) throw argumentError('billedUnit', `one of ${BILLED_UNIT_IDS.join(', ')}`, id);
  return BILLED_UNITS[id];
}

/** The unit a schedule is priced in: its `billedUnit`, or decimal GB when it names none. */
export function billedUnitOf(schedule: { readonly billedUnit?: BilledUnitId }): BilledUnit {
  return billedUnit(schedule.billedUnit ?? 'decimal-GB');
}

/** 2^30 = 10^30 / 5^30, so dividing by it multiplies by 5^30 and moves the point 30 places: exact. */
const FIVE_POW_30 = 5n ** 30n;

/** The exact number of billed units in `value` of `unit`. */
export function billedDecimal(value: number, unit: Unit, billed: BilledUnit): Decimal {
  const bytes = multiply(decimalOf(value), { coefficient: BigInt(bytesPerUnit(unit)), exponent: 0 });
  if (billed.bytes === 1e9) return { coefficient: bytes.coefficient, exponent: bytes.exponent - 9 };
  return { coefficient: bytes.coefficient * FIVE_POW_30, exponent: bytes.exponent - 30 };
}

/**
 * How many of a price list's billed units `value` of `unit` makes, exactly then rounded once:
 * toBilledUnits(100, 'GiB', 'binary-GB') === 100 (AWS's "100 GB" = 107,374,182,400 bytes),
 * toBilledUnits(10, 'TB', 'binary-GB') === 9313.225746154785, toBilledUnits(10, 'TB', 'decimal-GB') === 10000.
 * Throws a RangeError for a negative or non-finite value, an unknown unit or billed unit.
 */
export function toBilledUnits(value: number, unit: Unit, billed: BilledUnitId | BilledUnit = 'decimal-GB'): number {
  requireNonNegative('value', value);
  if (!isUnit(unit)) throw argumentError('unit', `one of ${UNITS.join(', ')}`, unit);
  const target = typeof billed === 'string' ? billedUnit(billed) : billedUnit(billed?.id);
  const n = decimalToNumber(billedDecimal(value, unit, target));
  if (!Number.isFinite(n)) throw argumentError('value', `small enough to express in ${target.written}`, value);
  return n;
}
