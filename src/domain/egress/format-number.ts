/**
 * Plain numbers and prices for display, written from the exact decimal of a double (its
 * shortest round-trip text), so 0.07 shows as '0.07' and 1e-7 as '0.0000001', never in
 * e-notation and never with binary noise. Widgets use them for field text, URLs and the
 * arithmetic they show; quizzes for prompts.
 */
import { decimalOf, powerOfTen, toScaled } from '../shared/exact';
import { argumentError } from '../shared/errors';
import { groupThousands, SYMBOLS } from './format';
import { minorDigits } from './schedule';

/** How formatNumber writes a number. */
export interface NumberFormat {
  /** Commas between groups of three digits ('1,000,000'); default true. */
  grouping?: boolean;
  /** Fewest decimal places shown (zeros added); default 0. */
  minDecimals?: number;
  /** Most decimal places shown, rounded half away from zero; default 9. */
  maxDecimals?: number;
}

function requireDecimals(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 20)
    throw argumentError(name, 'a whole number from 0 to 20', value);
  return value;
}

/**
 * A finite number in plain decimal notation: formatNumber(1000000) === '1,000,000',
 * formatNumber(0.07) === '0.07', formatNumber(1e-7) === '0.0000001',
 * formatNumber(1234.5, { grouping: false }) === '1234.5', formatNumber(2, { minDecimals: 2 }) === '2.00'.
 * Throws a RangeError for NaN, an infinity or bad options.
 */
export function formatNumber(value: number, format: NumberFormat = {}): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw argumentError('value', 'a finite number', value);
  const min = requireDecimals('minDecimals', format.minDecimals ?? 0);
  const max = requireDecimals('maxDecimals', format.maxDecimals ?? 9);
  if (min > max) throw argumentError('minDecimals', `at most maxDecimals (${max})`, min);
  const scaled = toScaled(decimalOf(value), max);
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  const unit = powerOfTen(max);
  const whole = abs / unit;
  let fraction = max === 0 ? '' : (abs % unit).toString().padStart(max, '0').replace(/0+$/, '');
  fraction = fraction.padEnd(min, '0');
  const wholeText = format.grouping === false ? whole.toString() : groupThousands(whole);
  return `${negative ? '-' : ''}${wholeText}${fraction === '' ? '' : `.${fraction}`}`;
}

/**
 * A price per unit (such as per GB) with the currency's symbol and every significant decimal,
 * at least the minor unit: formatPrice(0.07, 'GBP') === '£0.07', formatPrice(0.085, 'USD') ===
 * '$0.085' (formatMoney would round it to '$0.09'), formatPrice(1, 'GBP') === '£1.00'.
 * Throws a RangeError for a negative or non-finite price or a bad currency code.
 */
export function formatPrice(price: number, currency: string): string {
  const digits = minorDigits(currency);
  if (typeof price !== 'number' || !Number.isFinite(price) || price < 0) {
    throw argumentError('price', 'a finite number >= 0', price);
  }
  const symbol = SYMBOLS[currency];
  return `${symbol ?? `${currency} `}${formatNumber(price, { minDecimals: digits, maxDecimals: 9 })}`;
}
