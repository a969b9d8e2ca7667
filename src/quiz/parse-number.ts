/**
 * Forgiving reading of a typed number: "£8,400", "8400", "8 400.00" and "8400 GB" are the same
 * answer. Ambiguous or absurd text gets a sentence saying what is wrong, never NaN.
 */
import { formatDecimal } from '../domain/shared/format';
export type NumberInput = { ok: true; value: number } | { ok: false; message: string };

const SPACES = /[\s\u00a0\u202f\u2009]/g;
const CURRENCY = /^[£$€]/;
const PLAIN = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/**
 * @param text what the learner typed
 * @param units unit words the question accepts after the number (e.g. ["GB", "%"]), any case
 * @param max the largest magnitude that makes sense (guards against 1e308 and friends)
 */
export function parseNumber(text: string, units: readonly string[] = [], max = 1e15): NumberInput {
  let s = text.normalize('NFKC').trim();
  if (s === '') return { ok: false, message: 'Type a number.' };
  if (s.length > 40) return { ok: false, message: 'That is too long to be a number.' };
  for (const u of units) {
    if (u && s.toLowerCase().endsWith(u.toLowerCase())) {
      s = s.slice(0, s.length - u.length).trim();
      break;
    }
  }
  const negative = s.startsWith('-');
  if (negative || s.startsWith('+')) s = s.slice(1).trim();
  s = s.replace(CURRENCY, '');
  const compact = s.replace(SPACES, '');
  if (/\d\s+\d/.test(s) && !/^\d{1,3}(?:\s\d{3})+(?:\.\d+)?$/.test(s.trim())) {
    return { ok: false, message: 'Spaces inside a number may only group thousands, as in "8 400".' };
  }
  let normalised: string;
  if (PLAIN.test(compact)) normalised = compact;
  else if (GROUPED.test(compact)) normalised = compact.replace(/,/g, '');
  else if (/^\d+(?:\.\d{3})+,\d+$/.test(compact))
    return { ok: false, message: 'Use a point for decimals and commas for thousands, as in "5,000.00".' };
  else {
    // A number followed by a unit this question does not use ("480000 MB" where GB is asked,
    // "280 GBP"): say so, rather than call it unreadable.
    const unit = /^([£$€]?[\d][\d.,\s]*)\s*([A-Za-z%/][A-Za-z%/ ]{0,20})$/.exec(s);
    if (unit && (PLAIN.test((unit[1] ?? '').replace(SPACES, '')) || GROUPED.test((unit[1] ?? '').replace(SPACES, ''))))
      return {
        ok: false,
        message:
          units.length > 0
            ? `"${(unit[2] ?? '').trim()}" is not the unit this question uses: give the number in ${units[0]}.`
            : `Give the number alone, without "${(unit[2] ?? '').trim()}": the question says which unit it wants.`,
      };
    return {
      ok: false,
      message: `"${text.trim().slice(0, 20)}" is not a number this quiz can read; type digits such as 8400 or 8,400.00.`,
    };
  }
  const value = Number(normalised) * (negative ? -1 : 1);
  if (!Number.isFinite(value) || Math.abs(value) > max)
    return { ok: false, message: `That number is out of range (at most ${formatDecimal(max, 3)}).` };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}
