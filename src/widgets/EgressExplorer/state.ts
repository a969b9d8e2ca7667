/**
 * The explorer's state and its reducer. The learner edits text and choices; each change is
 * validated as a whole (fields, then the volume against the price list's limit). A valid set of
 * inputs becomes the new `good` inputs, the only ones ever computed with or written to the URL;
 * anything invalid leaves `good` as it was and puts a message on the field at fault.
 */
import { formatGB, formatNumber, isUnit, SCENARIO_KINDS, type ScenarioKind } from '../../domain/egress';
import { parseField, scaleOf, valueText, type FieldContext } from './fields';
import { capacityGB, fitsSchedule, monthlyGB, providerPreset, scheduleOf } from './model';
import { PRESETS, type PresetId } from './presets';
import { S } from './strings';
import {
  STRATEGY_FIELDS,
  VOLUME_FIELDS,
  type ChoiceFieldId,
  type ExplorerInputs,
  type FieldId,
  type NumberFieldId,
  type PricingId,
} from './types';

/** Everything the explorer remembers. */
export interface ExplorerState {
  /** What each number field shows (possibly invalid text being typed). */
  text: Record<NumberFieldId, string>;
  /** The choices as picked (always valid values). */
  kind: ScenarioKind;
  unit: ExplorerInputs['unit'];
  pricing: PricingId;
  /** A sentence per field that is wrong; empty when everything is valid. */
  errors: Partial<Record<FieldId, string>>;
  /** The last valid inputs: what the bill, the chart and the URL show. */
  good: ExplorerInputs;
}

/** A change made by the learner (or by loading a link or a preset). */
export type ExplorerAction =
  | { type: 'text'; field: NumberFieldId; text: string }
  | { type: 'slide'; field: NumberFieldId; position: number }
  | { type: 'choose'; field: ChoiceFieldId; value: string }
  | { type: 'load'; inputs: ExplorerInputs };

const NUMBER_FIELDS = Object.keys(PRESETS['columnar-export']).filter(
  (k) => !['kind', 'unit', 'pricing'].includes(k),
) as NumberFieldId[];

/** The text each field shows for a set of inputs: plain decimals with thousands separators. */
export function textOf(inputs: ExplorerInputs): Record<NumberFieldId, string> {
  return Object.fromEntries(NUMBER_FIELDS.map((f) => [f, formatNumber(inputs[f])])) as Record<NumberFieldId, string>;
}

/** The state showing `inputs`, with no errors. */
export function stateOf(inputs: ExplorerInputs): ExplorerState {
  return {
    text: textOf(inputs),
    kind: inputs.kind,
    unit: inputs.unit,
    pricing: inputs.pricing,
    errors: {},
    good: inputs,
  };
}

/** The starting state of a preset. */
export function initialState(preset: PresetId): ExplorerState {
  return stateOf(PRESETS[preset]);
}

/** The fields that count for the current choices (others keep their text but are not checked). */
export function activeFields(kind: ScenarioKind, pricing: PricingId): NumberFieldId[] {
  return [...VOLUME_FIELDS[kind], ...(pricing === 'flat' ? (['flatPrice'] as const) : []), ...STRATEGY_FIELDS];
}

let lastContext: { key: string; context: FieldContext } | null = null;

/**
 * What parsing and sliders need to know about the current choices (remembered: every field asks).
 * A flat rate's capacity (none) and currency (GBP) do not depend on its price, so the price slider
 * keeps the same context, and the fields' remembered results with it.
 */
export function contextOf(state: Pick<ExplorerState, 'unit' | 'pricing'>, flatPrice: number): FieldContext {
  const key = `${state.unit}|${state.pricing}`;
  if (lastContext?.key === key) return lastContext.context;
  const schedule = scheduleOf({ pricing: state.pricing, flatPrice });
  const context = { unit: state.unit, capGB: capacityGB(schedule), currency: schedule.currency };
  lastContext = { key, context };
  return context;
}

/** Checks every active field and the volume limit; returns errors and, when none, the inputs. */
export function validate(state: ExplorerState, edited: FieldId | null): Pick<ExplorerState, 'errors' | 'good'> {
  const ctx = contextOf(state, state.good.flatPrice);
  const errors: Partial<Record<FieldId, string>> = {};
  const next: ExplorerInputs = { ...state.good, kind: state.kind, unit: state.unit, pricing: state.pricing };
  for (const field of activeFields(state.kind, state.pricing)) {
    const result = parseField(field, state.text[field], ctx);
    if (result.ok) next[field] = result.value;
    else errors[field] = result.message;
  }
  if (Object.keys(errors).length > 0) return { errors, good: state.good };
  // Every field is fine on its own; the month's volume must still fit the price list.
  const volumeFields = VOLUME_FIELDS[state.kind];
  const blamed: FieldId =
    edited === 'pricing' || (edited !== null && volumeFields.includes(edited as NumberFieldId))
      ? edited
      : (volumeFields[0] ?? 'volume');
  let gb: number;
  try {
    gb = monthlyGB(next);
  } catch {
    gb = Infinity;
  }
  const { fits, capGB: cap } = fitsSchedule(gb, scheduleOf(next));
  if (!fits) {
    const volume = Number.isFinite(gb) ? formatGB(gb) : S.tooMuch;
    const message =
      blamed === 'pricing' ? S.pricingOverCapacity(volume, formatGB(cap)) : S.overCapacity(volume, formatGB(cap));
    return { errors: { [blamed]: message }, good: state.good };
  }
  return { errors: {}, good: next };
}

/** The explorer's reducer: pure, so every path (typing, sliding, picking, links) is unit-tested. */
export function reduce(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'load':
      return stateOf(action.inputs);
    case 'text': {
      const changed = { ...state, text: { ...state.text, [action.field]: action.text } };
      return { ...changed, ...validate(changed, action.field) };
    }
    case 'slide': {
      const scale = scaleOf(action.field, contextOf(state, state.good.flatPrice));
      const text = formatNumber(scale.valueAt(action.position));
      const changed = { ...state, text: { ...state.text, [action.field]: text } };
      return { ...changed, ...validate(changed, action.field) };
    }
    case 'choose': {
      const changed = choose(state, action.field, action.value);
      return changed === state ? state : { ...changed, ...validate(changed, action.field) };
    }
  }
}

/** Applies a picked choice if it is one of the allowed values (a forged event changes nothing). */
function choose(state: ExplorerState, field: ChoiceFieldId, value: string): ExplorerState {
  switch (field) {
    case 'kind':
      return SCENARIO_KINDS.includes(value as ScenarioKind) ? { ...state, kind: value as ScenarioKind } : state;
    case 'unit':
      return isUnit(value) ? { ...state, unit: value } : state;
    case 'pricing':
      return value === 'flat' || providerPreset(value as PricingId) ? { ...state, pricing: value as PricingId } : state;
  }
}

/** True when two sets of inputs describe the same scenario (for the pressed preset button). */
export function sameInputs(a: ExplorerInputs, b: ExplorerInputs): boolean {
  const keys = Object.keys(a) as (keyof ExplorerInputs)[];
  return keys.every((k) => a[k] === b[k]);
}

/** What a number field shows: its text, message, and slider position (at the last valid value). */
export interface FieldView {
  text: string;
  error: string | undefined;
  position: number;
  max: number;
  valueText: string;
}

/** The view of one number field. */
export function fieldView(state: ExplorerState, field: NumberFieldId): FieldView {
  const ctx = contextOf(state, state.good.flatPrice);
  const scale = scaleOf(field, ctx);
  const value = state.good[field];
  return {
    text: state.text[field],
    error: state.errors[field],
    position: scale.positionOf(value),
    max: scale.max,
    valueText: valueText(field, value, ctx),
  };
}
