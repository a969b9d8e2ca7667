/**
 * Times in the SAS mode: the form's `datetime-local` fields are read as UTC (the labels say
 * so), and the clock of the verification is shown in hours and days relative to the start.
 */

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A Date as the value of a `datetime-local` input, in UTC, to the minute. */
export function toInputValue(date: Date): string {
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 16);
}

/** Reads a `datetime-local` value as UTC; null when it is not a real date and time. */
export function fromInputValue(text: string): Date | null {
  const m = LOCAL.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  const same =
    date.getUTCFullYear() === y &&
    date.getUTCMonth() === mo - 1 &&
    date.getUTCDate() === d &&
    date.getUTCHours() === h &&
    date.getUTCMinutes() === mi;
  return same ? date : null;
}

/** "2026-11-27 10:00:00 UTC". */
export function formatUtc(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? '—' : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

const HOUR = 3_600_000;

/** The clock slider: whole hours from `base`, covering two days before start to two days after expiry. */
export function clockRange(baseMs: number, expiryMs: number): { min: number; max: number } {
  const span = Number.isFinite(expiryMs - baseMs) ? Math.max(0, Math.ceil((expiryMs - baseMs) / HOUR)) : 14 * 24;
  return { min: -48, max: span + 48 };
}

/** The slider position (hours from `base`) of an instant, clamped to the range. */
export function clockHours(nowMs: number, baseMs: number, range: { min: number; max: number }): number {
  return Math.max(range.min, Math.min(range.max, Math.round((nowMs - baseMs) / HOUR)));
}

/** The instant of a slider position. */
export function clockInstant(hours: number, baseMs: number): number {
  return baseMs + hours * HOUR;
}

/** Days from `base` to `now`, with two decimals ("-0.00" avoided). */
export function daysFrom(nowMs: number, baseMs: number): string {
  const days = (nowMs - baseMs) / (24 * HOUR);
  const text = days.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}
