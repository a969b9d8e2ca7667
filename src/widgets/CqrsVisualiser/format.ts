/**
 * Number formatting for the visualiser. Every number shown passes through here, so a NaN or an
 * Infinity can never reach the page: they render as an en dash.
 */

import { formatDecimal } from '../shared/kit';

const DASH = '\u2013';

/** A plain number with thousands separators and at most `digits` decimals ("1,234.5"): the kit's formatter. */
export function num(value: number, digits = 0): string {
  return formatDecimal(value, digits);
}

/** A duration in ms: "0 ms", "420 ms", "1.25 s", "12.3 s". */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return DASH;
  const a = Math.abs(value);
  if (a < 1000) return `${num(value, a < 10 ? 1 : 0)} ms`;
  return `${num(value / 1000, a < 10_000 ? 2 : 1)} s`;
}

/** A time on the run's clock in seconds with one decimal ("9.8 s"). */
export function seconds(valueMs: number): string {
  return Number.isFinite(valueMs) ? `${num(valueMs / 1000, 1)} s` : DASH;
}

/** A ratio 0..1 as a percentage with one decimal ("12.4 %"). */
export function pct(ratio: number): string {
  return Number.isFinite(ratio) ? `${num(ratio * 100, 1)}\u00a0%` : DASH;
}

/** A rate per second ("20/s"). */
export function perSecond(value: number): string {
  return `${num(value, 2)}/s`;
}
