/**
 * Readers that turn policy and context values into the type a condition operator compares:
 * numbers, instants, booleans. Each returns null for a value it cannot read, so the parser
 * can reject a bad policy and the evaluator can explain a bad context value.
 */

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const EPOCH_SECONDS = /^\d{1,12}$/;
// A time of day must carry a zone (Z or ±hh:mm): a zone-less time would be read in the
// machine's local zone and the same policy would decide differently on another computer.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Reads a number from a JSON number or a decimal string such as `"3"` or `"-2.5e3"`. */
export function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !NUMBER.test(value.trim())) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads an instant (milliseconds since the epoch) from an ISO 8601 string
 * (`2026-11-27`, `2026-11-27T10:00:00Z`, `2026-11-27T11:00:00+01:00`) or from epoch
 * seconds (a number or a string of digits), the two forms IAM's Date operators accept.
 */
export function readDate(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (EPOCH_SECONDS.test(text)) return Number(text) * 1000;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  const ms = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isFinite(ms) ? ms : null;
}

/** Reads a boolean from `true`/`false` or the strings "true"/"false" in any letter case. */
export function readBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return null;
  const folded = value.trim().toLowerCase();
  return folded === 'true' ? true : folded === 'false' ? false : null;
}

/** Formats an instant as ISO 8601 UTC without milliseconds, the way IAM and Azure print times. */
export function formatInstant(ms: number): string {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? 'an invalid date' : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
