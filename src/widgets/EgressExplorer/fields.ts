/**
 * The number fields: how each parses what the learner types (with the domain's parseAmount, so
 * every message is the domain's sentence) and how its slider maps positions to values.
 */
import {
  formatGB,
  formatNumber,
  formatPrice,
  MAX_GB_PER_MONTH,
  MAX_INPUT,
  MAX_PRICE_PER_GB,
  parseAmount,
  parseVolume,
  PARSE_MESSAGES,
  toGB,
  type ParseResult,
  type Unit,
} from '../../domain/egress';
import { gridScale, linearScale, niceGrid, type SliderScale } from './scale';
import { ratioOf } from './model';
import { S } from './strings';
import type { NumberFieldId } from './types';

/** What a field's parsing and slider depend on besides its own text. */
export interface FieldContext {
  /** Unit of the volume field. */
  unit: Unit;
  /** The most GB a month the chosen price list can price. */
  capGB: number;
  /** Currency of the chosen price list (for price fields). */
  currency: string;
}

const fail = (message: string): ParseResult => ({ ok: false, message });

/**
 * Parses the volume text (a number in the unit picked beside it) up to 1 EB a month. The price
 * list's own limit is checked with the whole scenario (state.ts), so the message can say which
 * change went over it.
 */
function parseVolumeField(text: string, ctx: FieldContext): ParseResult {
  // A money amount or a unit typed into the box gets the domain's volume message, not a silent guess.
  if (/^\s*[-\u2212]?[£$€]/.test(text)) return parseVolume(text);
  const amount = parseAmount(text, Number.MAX_VALUE);
  if (!amount.ok) return amount;
  let gb: number;
  try {
    gb = toGB(amount.value, ctx.unit);
  } catch {
    gb = Infinity; // too large to express in GB: reported below as too large
  }
  return gb <= MAX_GB_PER_MONTH ? amount : fail(PARSE_MESSAGES.tooLarge(`${formatGB(MAX_GB_PER_MONTH)} a month`));
}

/** A parser that accepts 0 to `max`. */
const upTo =
  (max: number) =>
  (text: string): ParseResult =>
    parseAmount(text, max);

/** How each field reads its text. */
const PARSERS: Readonly<Record<NumberFieldId, (text: string, ctx: FieldContext) => ParseResult>> = {
  volume: parseVolumeField,
  requestsPerDay: upTo(MAX_INPUT),
  kbPerRequest: upTo(MAX_INPUT),
  daysPerMonth: upTo(31),
  gbPerCopy: upTo(MAX_INPUT),
  copiesPerMonth: upTo(100_000),
  flatPrice: upTo(MAX_PRICE_PER_GB),
  compressionPct: (text) => {
    const result = parseAmount(text, 100);
    return result.ok && !(ratioOf(result.value) > 0) ? fail(S.compressionZero) : result;
  },
  cachePct: upTo(100),
  cdnPct: upTo(100),
  cdnPrice: upTo(MAX_PRICE_PER_GB),
};

// A slider step checks every field again, but only one field's text changed: the others' results
// are remembered per context (contextOf hands back the same object while the choices stay).
const remembered = new WeakMap<FieldContext, Map<string, ParseResult | string>>();

/** `compute()`, remembered for this context under `key` (at most a few hundred entries). */
function rememberFor<T extends ParseResult | string>(ctx: FieldContext, key: string, compute: () => T): T {
  let known = remembered.get(ctx);
  if (known === undefined) {
    known = new Map();
    remembered.set(ctx, known);
  }
  const hit = known.get(key);
  if (hit !== undefined) return hit as T;
  if (known.size > 500) known.clear();
  const value = compute();
  known.set(key, value);
  return value;
}

/** Parses a field's text: a value, or the sentence to show next to the field. Never throws. */
export function parseField(field: NumberFieldId, text: string, ctx: FieldContext): ParseResult {
  const t = typeof text === 'string' ? text : '';
  return rememberFor(ctx, `parse|${field}|${t}`, () => PARSERS[field](t, ctx));
}

const PRICE_SCALE = linearScale(0, 250, 1000); // £0.000 to £0.250 in steps of 0.1p
const PERCENT_SCALE = linearScale(0, 100);
const scales = new Map<string, SliderScale>();

/** The slider scale of a field (the volume's depends on the unit and the price list's limit). */
export function scaleOf(field: NumberFieldId, ctx: FieldContext): SliderScale {
  const key = field === 'volume' ? `volume|${ctx.unit}|${ctx.capGB}` : field;
  const cached = scales.get(key);
  if (cached) return cached;
  const scale = makeScale(field, ctx);
  scales.set(key, scale);
  return scale;
}

function makeScale(field: NumberFieldId, ctx: FieldContext): SliderScale {
  switch (field) {
    case 'volume':
      return gridScale(niceGrid(Number.MAX_VALUE, (v) => toGB(v, ctx.unit) <= ctx.capGB));
    case 'requestsPerDay':
      return gridScale(niceGrid(1_000_000_000));
    case 'kbPerRequest':
    case 'gbPerCopy':
      return gridScale(niceGrid(1_000_000));
    case 'copiesPerMonth':
      return gridScale(niceGrid(10_000));
    case 'daysPerMonth':
      return linearScale(0, 31);
    case 'compressionPct':
      return linearScale(1, 99); // 1% to 100%: 0% would mean nothing at all is sent
    case 'cachePct':
    case 'cdnPct':
      return PERCENT_SCALE;
    case 'flatPrice':
    case 'cdnPrice':
      return PRICE_SCALE;
  }
}

/** How a screen reader announces a slider's value, e.g. "10 TB", "40%", "£0.07 per GB". */
export function valueText(field: NumberFieldId, value: number, ctx: FieldContext): string {
  return rememberFor(ctx, `text|${field}|${value}`, () => announce(field, value, ctx));
}

function announce(field: NumberFieldId, value: number, ctx: FieldContext): string {
  const n = formatNumber(value);
  switch (field) {
    case 'volume':
      return `${n} ${ctx.unit}`;
    case 'requestsPerDay':
      return `${n} requests`;
    case 'kbPerRequest':
      return `${n} KB`;
    case 'gbPerCopy':
      return `${n} GB`;
    case 'copiesPerMonth':
      return `${n} copies`;
    case 'daysPerMonth':
      return `${n} days`;
    case 'compressionPct':
    case 'cachePct':
    case 'cdnPct':
      return `${n}%`;
    case 'flatPrice':
    case 'cdnPrice':
      return `${formatPrice(value, ctx.currency)} per GB`;
  }
}
