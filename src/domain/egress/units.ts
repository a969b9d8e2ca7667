/**
 * Data units. Cloud bills use decimal units (1 KB = 1,000 bytes, 1 GB = 1,000 MB), so
 * 1,000,000 requests x 1 KB = 1 GB. Binary units (KiB, MiB, GiB, TiB) are powers of 1,024
 * and are converted explicitly: 1 GiB = 1,073,741,824 bytes = 1.073741824 GB.
 */
import { decimalOf, multiply, decimalToNumber, type Decimal } from '../shared/exact';
import { argumentError, requireNonNegative } from '../shared/errors';

/** A data unit: decimal (B to PB, powers of 1,000) or binary (KiB to TiB, powers of 1,024). */
export type Unit = 'B' | 'KB' | 'MB' | 'GB' | 'TB' | 'PB' | 'KiB' | 'MiB' | 'GiB' | 'TiB';

/** Bytes in one of each unit, kept as exact BigInts so conversions never round twice. */
const BYTES: Readonly<Record<Unit, bigint>> = {
  B: 1n,
  KB: 10n ** 3n,
  MB: 10n ** 6n,
  GB: 10n ** 9n,
  TB: 10n ** 12n,
  PB: 10n ** 15n,
  KiB: 2n ** 10n,
  MiB: 2n ** 20n,
  GiB: 2n ** 30n,
  TiB: 2n ** 40n,
};

/** Every unit, decimal first then binary: the order a unit picker should show them in. */
export const UNITS: readonly Unit[] = Object.freeze(['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'KiB', 'MiB', 'GiB', 'TiB']);

/** True when `text` is exactly one of the unit names (case-sensitive: 'KiB', not 'kib'). */
export function isUnit(text: unknown): text is Unit {
  return typeof text === 'string' && (UNITS as readonly string[]).includes(text);
}

/** How many bytes one `unit` holds, e.g. bytesPerUnit('GiB') === 1073741824. */
export function bytesPerUnit(unit: Unit): number {
  if (!isUnit(unit)) throw argumentError('unit', `one of ${UNITS.join(', ')}`, unit);
  return Number(BYTES[unit]);
}

/** The exact decimal number of GB in `value` of `unit` (shared with the input parser). */
export function gbDecimal(value: number, unit: Unit): Decimal {
  const bytes = multiply(decimalOf(value), { coefficient: BYTES[unit], exponent: 0 });
  return { coefficient: bytes.coefficient, exponent: bytes.exponent - 9 };
}

/**
 * Converts `value` of `unit` to decimal gigabytes (1 GB = 10^9 bytes), exactly then rounded
 * once to the nearest double: toGB(10, 'TB') === 10000, toGB(1, 'GiB') === 1.073741824,
 * toGB(1.1, 'TB') === 1100 (plain float maths would give 1100.0000000000002).
 * Throws a RangeError for a negative or non-finite value, an unknown unit, or a result too large
 * to represent.
 */
export function toGB(value: number, unit: Unit): number {
  requireNonNegative('value', value);
  if (!isUnit(unit)) throw argumentError('unit', `one of ${UNITS.join(', ')}`, unit);
  const gb = decimalToNumber(gbDecimal(value, unit));
  if (!Number.isFinite(gb)) throw argumentError('value', `small enough to express in GB`, value);
  return gb;
}
