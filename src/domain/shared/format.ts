/**
 * The course's one number and money formatter, on Intl (en-GB: "1,234.5"). Widgets and quiz banks
 * use it, so a number reads the same in a question and in the widget that checks it. A NaN or an
 * Infinity never reaches a page: it shows as an en dash.
 *
 * Exact money from the egress bill (BigInt minor units) keeps its own formatter,
 * `egress/format.ts`, which writes the decimals it was given without passing through a double.
 */

const DASH = '\u2013';
const formats = new Map<string, Intl.NumberFormat>();

function cached(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let f = formats.get(key);
  if (f === undefined) {
    f = make();
    formats.set(key, f);
  }
  return f;
}

/** A number with thousands separators and at most `digits` decimals: 1234.56 -> "1,234.6" (digits 1). */
export function formatDecimal(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return DASH;
  const d = Math.min(20, Math.max(0, Math.trunc(digits)));
  return cached(`d${d}`, () => new Intl.NumberFormat('en-GB', { maximumFractionDigits: d })).format(
    value === 0 ? 0 : value,
  );
}

/** A whole count with thousands separators: 1024 -> "1,024". */
export function formatCount(value: number): string {
  return formatDecimal(value, 0);
}

/** A share 0..1 as a percentage: 0.125 -> "12.5%". */
export function formatPercent(share: number, digits = 1): string {
  return Number.isFinite(share) ? `${formatDecimal(share * 100, digits)}%` : DASH;
}

/**
 * US dollars with exactly two decimals: 1234.5 -> "$1,234.50". `narrowSymbol` gives "$" (en-GB's
 * plain currency display writes "US$"). Rounds half away from zero at the cent, for display only; compute
 * money exactly (`exact.ts`) before calling this.
 */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  return cached(
    'usd',
    () =>
      new Intl.NumberFormat('en-GB', {
        style: 'currency',
        currency: 'USD',
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      }),
  ).format(value === 0 ? 0 : value);
}
