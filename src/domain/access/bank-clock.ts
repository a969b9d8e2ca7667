/**
 * The clock of the bank case study as minutes of a UTC day: what the IAM playground's time
 * slider shows and sets, and what a quiz or lesson needs to say "at 19:30 the request is out
 * of hours". The bank's clocks are UTC in this model (see bank-policies). Pure: the day is
 * always given, never read from the machine's clock.
 */

/** Minutes in a day; a minute of the day is 0 to MINUTES_PER_DAY - 1. */
export const MINUTES_PER_DAY = 24 * 60;

/** The minute of the day shown when the request carries no usable clock: 10:00, as in the presets. */
export const DEFAULT_MINUTE_OF_DAY = 10 * 60;

/**
 * The minutes after midnight (UTC) of a request's clock: from `currentTime` (an
 * `aws:CurrentTime` value, ISO 8601) when it is a valid instant, else from `localHour` (a
 * `bank:LocalHour` value, 0 to 23, fractions dropped), else `fallback`.
 */
export function minuteOfDay(currentTime: unknown, localHour: unknown, fallback = DEFAULT_MINUTE_OF_DAY): number {
  const ms = typeof currentTime === 'string' ? Date.parse(currentTime) : Number.NaN;
  if (Number.isFinite(ms)) {
    const d = new Date(ms);
    return d.getUTCHours() * 60 + d.getUTCMinutes();
  }
  return typeof localHour === 'number' && localHour >= 0 && localHour < 24 ? Math.floor(localHour) * 60 : fallback;
}

/**
 * The instant `minutes` after midnight UTC on the UTC day of `day` (an ISO 8601 instant or
 * epoch milliseconds), or on the day of `fallbackDay` when `day` is not a valid instant.
 * Minutes are rounded to a whole minute and kept within the day (a slider cannot leave it);
 * NaN minutes mean midnight.
 */
export function atMinuteOfDay(day: string | number | undefined, minutes: number, fallbackDay: Date): Date {
  const parsed = typeof day === 'string' ? Date.parse(day) : typeof day === 'number' ? day : Number.NaN;
  const rounded = Number.isFinite(minutes) ? Math.round(minutes) : 0;
  const clamped = Math.max(0, Math.min(MINUTES_PER_DAY - 1, rounded));
  const on = (ms: number): Date => {
    const base = new Date(ms);
    return new Date(Date.UTC(base.getUTCFullYear(), base.getUTCMonth(), base.getUTCDate(), 0, clamped));
  };
  // A number beyond the range of dates (or the last day of that range) is not a usable day.
  const result = on(Number.isFinite(parsed) ? parsed : Number.NaN);
  return Number.isNaN(result.getTime()) ? on(fallbackDay.getTime()) : result;
}

/** "HH:MM" for a minute of the day (clamped to the day), as the slider labels it. */
export function formatMinuteOfDay(minutes: number): string {
  const m = Math.max(0, Math.min(MINUTES_PER_DAY - 1, Number.isFinite(minutes) ? Math.round(minutes) : 0));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
