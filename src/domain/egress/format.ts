/**
 * Display helpers, so widgets never format money or volumes themselves. Formatting is done by
 * hand rather than with Intl.NumberFormat: Intl's en-GB output for USD is 'US$1,234.50' and
 * its details vary between browsers' ICU versions, while a lesson needs one stable text.
 */
import { scaledOf, powerOfTen } from '../shared/exact';
import { argumentError, requireNonNegative } from '../shared/errors';
import { billedUnit, type BilledUnit, type BilledUnitId } from './billed-unit';
import { minorDigits } from './schedule';

/** Symbols for the currencies the course uses; any other code is written before the amount. */
export const SYMBOLS: Readonly<Record<string, string>> = { GBP: '£', USD: '$', EUR: '€', JPY: '¥' };

/** Writes a non-negative integer with commas between groups of three digits: 1234567n -> '1,234,567'. */
export function groupThousands(whole: bigint): string {
  return whole.toString().replace(/\B(?=(\d{3})+$)/g, ',');
}

/**
 * An amount of money in en-GB style with its minor unit always shown:
 * formatMoney(700, 'GBP') === '£700.00', formatMoney(1234.5, 'USD') === '$1,234.50',
 * formatMoney(-5, 'GBP') === '-£5.00', formatMoney(12, 'CHF') === 'CHF 12.00'.
 * Rounds half away from zero to the minor unit. Throws a RangeError for a non-finite amount or
 * a currency that is not a 3-letter code.
 */
export function formatMoney(amount: number, currency: string): string {
  const digits = minorDigits(currency);
  if (typeof amount !== 'number' || !Number.isFinite(amount)) throw argumentError('amount', 'a finite number', amount);
  const minor = scaledOf(amount, digits);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const unit = powerOfTen(digits);
  const fraction = digits === 0 ? '' : `.${(abs % unit).toString().padStart(digits, '0')}`;
  const symbol = SYMBOLS[currency];
  const prefix = symbol ?? `${currency} `;
  return `${negative ? '-' : ''}${prefix}${groupThousands(abs / unit)}${fraction}`;
}

/**
 * A volume in GB with thousands separators and at most `decimals` decimal places (trailing
 * zeros dropped, rounded half-up): formatGB(10000) === '10,000 GB', formatGB(1.073741824) ===
 * '1.074 GB'. Throws a RangeError for a negative or non-finite volume, or a bad `decimals`.
 */
export function formatGB(gb: number, decimals = 3): string {
  requireNonNegative('gb', gb);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 9)
    throw argumentError('decimals', 'a whole number from 0 to 9', decimals);
  const scaled = scaledOf(gb, decimals);
  const unit = powerOfTen(decimals);
  const fraction = decimals === 0 ? '' : (scaled % unit).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${groupThousands(scaled / unit)}${fraction === '' ? '' : `.${fraction}`} GB`;
}

/**
 * A volume in a price list's billed unit: formatBilledGB(20000, 'GiB') === '20,000 GiB',
 * formatBilledGB(20000, 'binary-GB') === '20,000 GB' (AWS writes GB for 2^30 bytes).
 */
export function formatBilledGB(gb: number, billed: BilledUnitId | BilledUnit, decimals = 3): string {
  const unit = typeof billed === 'string' ? billedUnit(billed) : billedUnit(billed?.id);
  const text = formatGB(gb, decimals);
  return unit.written === 'GB' ? text : `${text.slice(0, -' GB'.length)} ${unit.written}`;
}
