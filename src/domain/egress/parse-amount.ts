/**
 * Tolerant parsing of what learners type into number fields. Accepted: spaces around the
 * number, a leading '+', commas between groups of three digits ('5,000'), one decimal point,
 * and (for money) one leading £, $ or €. Rejected, each with its own message: empty text,
 * minus signs, e-notation ('1e309'), hex ('0x10'), decimal commas ('5.000,00' is ambiguous),
 * digits from other scripts ('５', '١٢٣': rejected, not converted, so nothing is guessed),
 * units in a money field and anything above the field's maximum. Never returns NaN.
 */
import { decimalToNumber } from '../shared/exact';
import { requireNonNegative } from '../shared/errors';
import { groupThousands } from './format';
import { MAX_GB_PER_MONTH } from './limits';
import { gbDecimal, UNITS, type Unit } from './units';

/** The outcome of parsing a field: a value, or a sentence to show next to the field. */
export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

/** The largest value a field accepts unless told otherwise: MAX_GB_PER_MONTH (10^9). */
export const MAX_INPUT = MAX_GB_PER_MONTH;

/** Every message the parsers can return, in one place for review and translation. */
export const PARSE_MESSAGES = Object.freeze({
  empty: 'Enter a number, such as 5,000 or 12.5.',
  notNumber:
    'That is not a number: use the digits 0-9, commas for thousands and a point for decimals, such as 5,000.5.',
  tooLong: 'That is too long to be a number.',
  otherDigits: 'Use the digits 0-9; digits from other scripts are not accepted.',
  negative: 'Enter 0 or more: a minus sign is not allowed.',
  exponent: 'Write the number out in full, such as 1000000, rather than in e-notation.',
  decimalComma: 'Use a point for decimals and commas for thousands, such as 5,000.50.',
  grouping: 'Commas go between groups of three digits, such as 5,000 or 1,250,000.',
  points: 'A number has at most one decimal point.',
  unitInAmount: 'Type the number only: the unit is given beside the field.',
  moneyInVolume: 'Enter a volume such as 500 GB or 2 TB, not an amount of money.',
  unknownUnit: `Unknown unit: use one of ${UNITS.join(', ')}.`,
  tooLarge: (max: string): string => `That is too large: the most this field accepts is ${max}.`,
});

type Cleaned = { ok: true; text: string } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });
const GROUPED_OR_PLAIN = /^(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d*)?$/;
const MINUS = /^[-\u2212]/; // ASCII hyphen-minus or the Unicode minus sign

/** Checks a bare number (no symbol, no unit) and returns its text without commas, or a message. */
function cleanNumber(core: string): Cleaned {
  if (core === '') return fail(PARSE_MESSAGES.empty);
  if (/(?![0-9])\p{Nd}/u.test(core)) return fail(PARSE_MESSAGES.otherDigits);
  if (MINUS.test(core)) return fail(PARSE_MESSAGES.negative);
  const unsigned = core.startsWith('+') ? core.slice(1) : core;
  if (/^[\d.,]*\d[eE][+-]?\d+$/.test(unsigned)) return fail(PARSE_MESSAGES.exponent);
  // A comma after the point, or a comma with one or two digits after it, is a decimal comma.
  if (/\.\d*,/.test(unsigned) || /,\d{1,2}$/.test(unsigned)) return fail(PARSE_MESSAGES.decimalComma);
  if (/^[\d,]*\.[\d,]*\./.test(unsigned)) return fail(PARSE_MESSAGES.points);
  if (!/\d/.test(unsigned) || !GROUPED_OR_PLAIN.test(unsigned)) {
    return fail(
      /^[\d,.]+$/.test(unsigned) && unsigned.includes(',') ? PARSE_MESSAGES.grouping : PARSE_MESSAGES.notNumber,
    );
  }
  return { ok: true, text: unsigned.replaceAll(',', '') };
}

/** Checks the outer shape shared by both parsers: a string of sensible length, trimmed. */
function trimmed(text: unknown): Cleaned {
  if (typeof text !== 'string') return fail(PARSE_MESSAGES.notNumber);
  // 64 characters is far more than any real number needs, and caps the work done on a paste.
  if (text.length > 64) return fail(PARSE_MESSAGES.tooLong);
  return { ok: true, text: text.trim() };
}

/** The "too large" message with the limit written out: 1,000,000,000. */
function tooLarge(max: number, unit: string): { ok: false; message: string } {
  return fail(PARSE_MESSAGES.tooLarge(`${groupThousands(BigInt(Math.floor(max)))}${unit}`));
}

/**
 * Parses a number typed by a learner, such as '5,000', ' 5 ', '£700' or '12.5', into a value
 * from 0 to `max` (default MAX_INPUT). Returns { ok: false, message } with a sentence for the
 * learner instead of throwing (only an invalid `max`, a programming error, throws).
 */
export function parseAmount(text: string, max: number = MAX_INPUT): ParseResult {
  requireNonNegative('max', max); // a programming error, not a learner's: throw
  const outer = trimmed(text);
  if (!outer.ok) return outer;
  const core = outer.text.replace(/^([-\u2212]?)[£$€]\s*/, '$1'); // keep a minus so it is reported
  if (/\d\s*[A-Za-z]+$/.test(core)) return fail(PARSE_MESSAGES.unitInAmount);
  const cleaned = cleanNumber(core);
  if (!cleaned.ok) return cleaned;
  const value = Number(cleaned.text);
  return value <= max ? { ok: true, value } : tooLarge(max, '');
}

/**
 * Parses a data volume such as '500', '500 GB', '2 TB', '10 GiB' or '1,000,000 KB' into
 * decimal GB: parseVolume('2 TB') gives 2000. A bare number is GB; unit names are matched
 * ignoring case ('gib' is GiB; 'kb' is kilobytes, never kilobits). Accepts at most `maxGB`
 * (default MAX_INPUT, 1 EB). Returns { ok: false, message } instead of throwing.
 */
export function parseVolume(text: string, maxGB: number = MAX_INPUT): ParseResult {
  requireNonNegative('maxGB', maxGB); // a programming error, not a learner's: throw
  const outer = trimmed(text);
  if (!outer.ok) return outer;
  if (/^[-\u2212]?[£$€]/.test(outer.text)) return fail(PARSE_MESSAGES.moneyInVolume);
  let numberText = outer.text;
  let unit: Unit = 'GB';
  const suffix = /\d\s*([A-Za-z]+)$/.exec(numberText)?.[1];
  if (suffix !== undefined) {
    const found = UNITS.find((candidate) => candidate.toLowerCase() === suffix.toLowerCase());
    if (found === undefined) return fail(PARSE_MESSAGES.unknownUnit);
    unit = found;
    numberText = numberText.slice(0, -suffix.length).trimEnd();
  }
  const cleaned = cleanNumber(numberText);
  if (!cleaned.ok) return cleaned;
  // Exact decimal conversion, so '0.1 TB' is 100 GB rather than 100.00000000000001.
  const gb = decimalToNumber(gbDecimal(Number(cleaned.text), unit));
  return gb <= maxGB ? { ok: true, value: gb } : tooLarge(maxGB, ' GB');
}
