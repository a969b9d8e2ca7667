/**
 * The run in the address bar, so a learner or an instructor can share it. Parameters are
 * namespaced (`cq.w`, `cq.seed`, `cq.t` ...) to live beside other query parameters; `cq.n` says
 * which visualiser of the page they belong to (1 = the first, the default). Reading never
 * throws: each value is checked like typed text; a bad one falls back to the preset's value and
 * is named in a notice; a set the domain refuses as a whole falls back to the whole preset.
 */
import type { CqrsConfig } from '../../domain/cqrs';
import { checkForm, formOf, parseNumberText, type FormState, type NumberFieldId } from './fields';
import { isPresetId, PRESETS, type PresetId } from './presets';

/** Playback speeds offered (multiples of real time). */
export const SPEEDS = [0.1, 0.25, 0.5, 1, 2, 5, 10] as const;
/** The default speed. */
export const DEFAULT_SPEED = 1;

/** The query parameter of each number field (the pause button's own length is not shared). */
export const FIELD_PARAMS: Readonly<Record<Exclude<NumberFieldId, 'pauseFor'>, string>> = {
  seed: 'cq.seed',
  duration: 'cq.d',
  writes: 'cq.w',
  reads: 'cq.r',
  entities: 'cq.e',
  lagMs: 'cq.lms',
  lagMinMs: 'cq.lmin',
  lagMaxMs: 'cq.lmax',
  lagMeanMs: 'cq.lmean',
  projector: 'cq.proj',
  duplicates: 'cq.dup',
};

/** The other parameters. */
export const PARAMS = {
  instance: 'cq.n',
  preset: 'cq.preset',
  lagKind: 'cq.lag',
  consistency: 'cq.c',
  unlimited: 'cq.proj',
  pauseAt: 'cq.pat',
  pauseFor: 'cq.pfor',
  t: 'cq.t',
  speed: 'cq.speed',
} as const;

const PREFIX = 'cq.';
const UNLIMITED = 'unlimited';

/** What reading an address gave. */
export interface UrlRead {
  /** True when the address holds parameters for this visualiser. */
  found: boolean;
  preset: PresetId;
  config: CqrsConfig;
  /** Time to show (ms; clamped to the run by the player), or null. */
  t: number | null;
  speed: number;
  /** Parameters whose values could not be used. */
  rejected: string[];
  /** True when the values did not make a valid run together and the preset is shown. */
  reset: boolean;
}

/** The visualiser number (1-based) the parameters address, or null when there are none. */
function targetOf(params: URLSearchParams): number | null {
  if (![...params.keys()].some((k) => k.startsWith(PREFIX))) return null;
  const n = params.get(PARAMS.instance);
  return n !== null && /^[1-9]\d{0,2}$/.test(n) ? Number(n) : 1;
}

const nonNegative = (text: string | null): number | null => {
  if (text === null) return null;
  const p = parseNumberText('seed', text);
  return p.ok && Number.isFinite(p.value) && p.value >= 0 ? p.value : null;
};

/** Reads the run for visualiser number `instance` (1-based) starting from the lesson's `preset`. */
export function readParams(search: string, preset: PresetId, instance = 1): UrlRead {
  const params = new URLSearchParams(search);
  const none: UrlRead = {
    found: false,
    preset,
    config: PRESETS[preset],
    t: null,
    speed: DEFAULT_SPEED,
    rejected: [],
    reset: false,
  };
  if (targetOf(params) !== instance) return none;
  const rejected: string[] = [];
  const n = params.get(PARAMS.instance);
  if (n !== null && !/^[1-9]\d{0,2}$/.test(n)) rejected.push(PARAMS.instance);
  const named = params.get(PARAMS.preset);
  let base: PresetId = preset;
  if (named !== null) {
    if (isPresetId(named)) base = named;
    else rejected.push(PARAMS.preset);
  }
  const baseForm = formOf(PRESETS[base]);
  const form: FormState = { ...baseForm, text: { ...baseForm.text } };
  const given: NumberFieldId[] = [];
  for (const [field, key] of Object.entries(FIELD_PARAMS) as [NumberFieldId, string][]) {
    const value = params.get(key);
    if (value === null || (field === 'projector' && value === UNLIMITED)) continue;
    if (parseNumberText(field, value).ok) {
      form.text[field] = value;
      given.push(field);
    } else rejected.push(key);
  }
  if (params.get(PARAMS.unlimited) === UNLIMITED) form.unlimited = true;
  else if (given.includes('projector')) form.unlimited = false;
  readChoice(params, PARAMS.lagKind, ['constant', 'uniform', 'exponential'], (v) => (form.lagKind = v), rejected);
  readChoice(
    params,
    PARAMS.consistency,
    ['eventual', 'read-your-writes', 'strong'],
    (v) => (form.consistency = v),
    rejected,
  );
  const pat = params.get(PARAMS.pauseAt);
  const pfor = params.get(PARAMS.pauseFor);
  if (pat !== null || pfor !== null) {
    const at = nonNegative(pat);
    const len = nonNegative(pfor);
    if (at !== null && len !== null && len > 0) form.pause = { atMs: at, forMs: len };
    else rejected.push(PARAMS.pauseAt);
  }
  let checked = checkForm(form);
  if (!checked.ok) {
    // Put back the preset's value for each given field the domain refused, then check again.
    for (const f of Object.keys(checked.errors) as NumberFieldId[]) {
      if (!given.includes(f) || f === 'pauseFor') continue;
      form.text[f] = baseForm.text[f];
      rejected.push(FIELD_PARAMS[f as keyof typeof FIELD_PARAMS]);
    }
    checked = checkForm(form);
  }
  const t = params.get(PARAMS.t);
  const tMs = t === null ? null : nonNegative(t);
  if (t !== null && tMs === null) rejected.push(PARAMS.t);
  const speedText = params.get(PARAMS.speed);
  const speed = speedText === null ? DEFAULT_SPEED : SPEEDS.find((s) => String(s) === speedText);
  if (speed === undefined) rejected.push(PARAMS.speed);
  const common = { found: true, preset: base, t: tMs, speed: speed ?? DEFAULT_SPEED };
  if (!checked.ok) return { ...common, config: PRESETS[base], rejected, reset: true };
  return { ...common, config: checked.config, rejected, reset: false };
}

function readChoice<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  set: (v: T) => void,
  rejected: string[],
): void {
  const v = params.get(key);
  if (v === null) return;
  if ((allowed as readonly string[]).includes(v)) set(v as T);
  else rejected.push(key);
}

/** What the address records. */
export interface UrlState {
  instance: number;
  preset: PresetId;
  config: CqrsConfig;
  t: number;
  speed: number;
}

/** The query string for `state`, keeping every parameter that is not the visualiser's. */
export function writeParams(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  const c = state.config;
  const f = formOf(c);
  if (state.instance > 1) params.set(PARAMS.instance, String(state.instance));
  params.set(PARAMS.preset, state.preset);
  params.set(FIELD_PARAMS.seed, f.text.seed);
  params.set(FIELD_PARAMS.duration, f.text.duration);
  params.set(FIELD_PARAMS.writes, f.text.writes);
  params.set(FIELD_PARAMS.reads, f.text.reads);
  params.set(FIELD_PARAMS.entities, f.text.entities);
  params.set(PARAMS.lagKind, c.lag.kind);
  if (c.lag.kind === 'constant') params.set(FIELD_PARAMS.lagMs, f.text.lagMs);
  if (c.lag.kind === 'uniform') {
    params.set(FIELD_PARAMS.lagMinMs, f.text.lagMinMs);
    params.set(FIELD_PARAMS.lagMaxMs, f.text.lagMaxMs);
  }
  if (c.lag.kind === 'exponential') params.set(FIELD_PARAMS.lagMeanMs, f.text.lagMeanMs);
  params.set(FIELD_PARAMS.projector, c.projectorEventsPerSecond === undefined ? UNLIMITED : f.text.projector);
  params.set(PARAMS.consistency, f.consistency);
  if (f.text.duplicates !== '0') params.set(FIELD_PARAMS.duplicates, f.text.duplicates);
  if (f.pause !== null) {
    params.set(PARAMS.pauseAt, String(Math.round(f.pause.atMs)));
    params.set(PARAMS.pauseFor, String(f.pause.forMs));
  }
  params.set(PARAMS.t, String(Math.round(state.t)));
  if (state.speed !== DEFAULT_SPEED) params.set(PARAMS.speed, String(state.speed));
  return `?${params.toString()}`;
}

/** The query string without the visualiser's parameters (a preset was picked: the link shows the lesson's start again). */
export function clearParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  const rest = params.toString();
  return rest === '' ? '' : `?${rest}`;
}
