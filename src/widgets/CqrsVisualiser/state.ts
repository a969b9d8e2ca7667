/**
 * The visualiser's settings state and its reducer (pure, so typing, picking, presets, links and
 * the pause button are unit-tested). Every change is checked as a whole; a valid set becomes
 * `good`, the only config ever simulated or written to the address; anything invalid leaves
 * `good` as it was and puts the message on the field at fault.
 */
import type { Consistency, CqrsConfig } from '../../domain/cqrs';
import { checkForm, formOf, parsePauseMs, type FormState, type LagKind, type NumberFieldId } from './fields';
import { PRESETS, type PresetId } from './presets';

/** Everything the settings panel remembers. */
export interface SettingsState {
  form: FormState;
  /** A sentence per field that is wrong. */
  errors: Partial<Record<NumberFieldId, string>>;
  /** The last valid config: what is simulated, drawn and shared. */
  good: CqrsConfig;
  /** The preset last loaded (its buttons and prediction refer to it). */
  preset: PresetId;
  /** Bumped whenever `good` changes; `immediate` says whether to run at once or after typing settles. */
  revision: number;
  immediate: boolean;
}

/** A change by the learner, a preset button, a link or the pause button. */
export type SettingsAction =
  | { type: 'text'; field: NumberFieldId; text: string }
  | { type: 'lagKind'; value: string }
  | { type: 'consistency'; value: string }
  | { type: 'unlimited'; value: boolean }
  | { type: 'preset'; preset: PresetId }
  | { type: 'load'; config: CqrsConfig; preset: PresetId }
  | { type: 'pause'; atMs: number }
  | { type: 'removePause' };

const LAG_KINDS: readonly LagKind[] = ['constant', 'uniform', 'exponential'];
const CONSISTENCIES: readonly Consistency[] = ['eventual', 'read-your-writes', 'strong'];

/** The state showing `config`. */
export function settingsOf(config: CqrsConfig, preset: PresetId): SettingsState {
  return { form: formOf(config), errors: {}, good: config, preset, revision: 0, immediate: true };
}

/** The starting state of a preset. */
export function initialSettings(preset: PresetId): SettingsState {
  return settingsOf(PRESETS[preset], preset);
}

function validate(
  state: SettingsState,
  form: FormState,
  edited: NumberFieldId | null,
  immediate: boolean,
): SettingsState {
  const checked = checkForm(form, edited, Object.keys(state.errors) as NumberFieldId[]);
  // The pause length is the button's own field: its message survives checks of the others.
  const pauseError = state.errors.pauseFor;
  if (!checked.ok) {
    const errors =
      pauseError !== undefined && checked.errors.pauseFor === undefined
        ? { ...checked.errors, pauseFor: pauseError }
        : checked.errors;
    return { ...state, form, errors };
  }
  return {
    ...state,
    form,
    errors: pauseError !== undefined ? { pauseFor: pauseError } : {},
    good: checked.config,
    revision: state.revision + 1,
    immediate,
  };
}

/** The reducer. */
export function reduceSettings(state: SettingsState, action: SettingsAction): SettingsState {
  switch (action.type) {
    case 'text': {
      const form = { ...state.form, text: { ...state.form.text, [action.field]: action.text } };
      if (action.field === 'pauseFor') {
        const p = parsePauseMs(action.text);
        const { pauseFor: _drop, ...rest } = state.errors;
        return { ...state, form, errors: p.ok ? rest : { ...rest, pauseFor: p.message } };
      }
      return validate(state, form, action.field, false);
    }
    case 'lagKind':
      if (!LAG_KINDS.includes(action.value as LagKind)) return state;
      return validate(state, { ...state.form, lagKind: action.value as LagKind }, null, true);
    case 'consistency':
      if (!CONSISTENCIES.includes(action.value as Consistency)) return state;
      return validate(state, { ...state.form, consistency: action.value as Consistency }, null, true);
    case 'unlimited':
      return validate(state, { ...state.form, unlimited: action.value }, null, true);
    case 'preset':
      return { ...settingsOf(PRESETS[action.preset], action.preset), revision: state.revision + 1 };
    case 'load':
      return { ...settingsOf(action.config, action.preset), revision: state.revision + 1 };
    case 'pause': {
      const p = parsePauseMs(state.form.text.pauseFor);
      if (!p.ok) return { ...state, errors: { ...state.errors, pauseFor: p.message } };
      const pause = { atMs: Math.max(0, Math.round(action.atMs)), forMs: p.value };
      const { pauseFor: _drop, ...others } = state.errors;
      const form = { ...state.form, pause };
      // The pause goes onto the last good run even while another field is being fixed.
      const good: CqrsConfig = { ...state.good, faults: { ...state.good.faults, projectorPause: pause } };
      return { ...state, form, errors: others, good, revision: state.revision + 1, immediate: true };
    }
    case 'removePause': {
      const { projectorPause: _drop, ...faults } = state.good.faults ?? {};
      const { faults: _old, ...rest } = state.good;
      const good: CqrsConfig = Object.keys(faults).length > 0 ? { ...rest, faults } : rest;
      return { ...state, form: { ...state.form, pause: null }, good, revision: state.revision + 1, immediate: true };
    }
  }
}

/** True when two configs describe the same run (for the pressed preset button). */
export function sameConfig(a: CqrsConfig, b: CqrsConfig): boolean {
  return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
}

function normalise(c: CqrsConfig): unknown {
  return {
    seed: c.seed,
    durationMs: c.durationMs,
    w: c.writesPerSecond,
    r: c.readsPerSecond,
    e: c.entities ?? 1,
    lag:
      c.lag.kind === 'constant'
        ? [c.lag.kind, c.lag.ms]
        : c.lag.kind === 'uniform'
          ? [c.lag.kind, c.lag.minMs, c.lag.maxMs]
          : [c.lag.kind, c.lag.meanMs],
    p: c.projectorEventsPerSecond ?? null,
    c: c.consistency ?? 'eventual',
    pause: c.faults?.projectorPause ?? null,
    dup: c.faults?.duplicateRate ?? 0,
  };
}
