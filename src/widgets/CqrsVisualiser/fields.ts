/**
 * The form: what each field holds, how typed text becomes a `CqrsConfig`, and which field a
 * refusal belongs to. Syntax is checked here (a plain decimal number); every range rule is the
 * domain's (`resolveConfig`), whose RangeError message is shown on the field as is. Two limits
 * are the visualiser's own: it keeps a full timeline, so runs are capped at MAX_VISUAL_EVENTS
 * and MAX_VISUAL_ENTITIES.
 */
import {
  MAX_EXPECTED_EVENTS,
  resolveConfig,
  type Consistency,
  type CqrsConfig,
  type LagConfig,
} from '../../domain/cqrs';
import { FIELD_LABELS, LIMITS } from './strings';
import { formatCount } from '../shared/kit';

/** The number fields (text boxes). */
export const NUMBER_FIELDS = [
  'seed',
  'duration',
  'writes',
  'reads',
  'entities',
  'lagMs',
  'lagMinMs',
  'lagMaxMs',
  'lagMeanMs',
  'projector',
  'duplicates',
  'pauseFor',
] as const;

/** A number field's id. */
export type NumberFieldId = (typeof NUMBER_FIELDS)[number];

/** A lag distribution's kind. */
export type LagKind = LagConfig['kind'];

/** Expected commands + reads of a run the visualiser accepts (it records every one). */
export const MAX_VISUAL_EVENTS = 20_000;
/** Entities the visualiser accepts (each is drawn). */
export const MAX_VISUAL_ENTITIES = 1_000;

/** What the learner has typed and picked. */
export interface FormState {
  text: Record<NumberFieldId, string>;
  lagKind: LagKind;
  consistency: Consistency;
  /** Projector without a capacity limit. */
  unlimited: boolean;
  /** The projector pause of the run (set by the pause button), or none. */
  pause: { atMs: number; forMs: number } | null;
}

/** Result of parsing one text box. */
export type Parsed = { ok: true; value: number } | { ok: false; message: string };

const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Parses a plain decimal number (optional sign and exponent; surrounding spaces ignored). */
export function parseNumberText(field: NumberFieldId, text: string): Parsed {
  const t = text.trim();
  if (t === '') return { ok: false, message: LIMITS.empty(FIELD_LABELS[field]) };
  if (!PLAIN_NUMBER.test(t)) return { ok: false, message: LIMITS.notANumber(FIELD_LABELS[field], text) };
  const value = Number(t);
  return { ok: true, value: value === 0 ? 0 : value };
}

/** Plain text for a number, as the learner would type it. */
const plain = (n: number): string => String(n);

/** The form showing `config` (no errors). `pauseFor` keeps the given default. */
export function formOf(config: CqrsConfig, pauseForS = 3): FormState {
  const lag = config.lag;
  const projector = config.projectorEventsPerSecond;
  return {
    text: {
      seed: plain(config.seed),
      duration: plain(config.durationMs / 1000),
      writes: plain(config.writesPerSecond),
      reads: plain(config.readsPerSecond),
      entities: plain(config.entities ?? 1),
      lagMs: plain(lag.kind === 'constant' ? lag.ms : 100),
      lagMinMs: plain(lag.kind === 'uniform' ? lag.minMs : 20),
      lagMaxMs: plain(lag.kind === 'uniform' ? lag.maxMs : 200),
      lagMeanMs: plain(lag.kind === 'exponential' ? lag.meanMs : 100),
      projector: plain(projector ?? 100),
      duplicates: plain(config.faults?.duplicateRate ?? 0),
      pauseFor: plain(pauseForS),
    },
    lagKind: lag.kind,
    consistency: config.consistency ?? 'eventual',
    unlimited: projector === undefined,
    pause: config.faults?.projectorPause ?? null,
  };
}

/** The fields that count for the current choices (`pauseFor` is the pause button's own). */
export function activeFields(form: Pick<FormState, 'lagKind' | 'unlimited'>): NumberFieldId[] {
  const lag: NumberFieldId[] =
    form.lagKind === 'constant' ? ['lagMs'] : form.lagKind === 'uniform' ? ['lagMinMs', 'lagMaxMs'] : ['lagMeanMs'];
  return [
    'seed',
    'duration',
    'writes',
    'reads',
    'entities',
    ...lag,
    ...(form.unlimited ? [] : ['projector' as const]),
    'duplicates',
  ];
}

/** What checking the form gave: a config, or a message per field at fault. */
export type Checked = { ok: true; config: CqrsConfig } | { ok: false; errors: Partial<Record<NumberFieldId, string>> };

/** Which field a `resolveConfig` message is about (its first word names the config path). */
const PATH_FIELDS: Readonly<Record<string, NumberFieldId>> = {
  seed: 'seed',
  durationMs: 'duration',
  writesPerSecond: 'writes',
  readsPerSecond: 'reads',
  entities: 'entities',
  'lag.ms': 'lagMs',
  'lag.minMs': 'lagMinMs',
  'lag.maxMs': 'lagMaxMs',
  'lag.meanMs': 'lagMeanMs',
  projectorEventsPerSecond: 'projector',
  'faults.duplicateRate': 'duplicates',
  'faults.projectorPause.forMs': 'pauseFor',
  'faults.projectorPause.atMs': 'pauseFor',
};
const RATE_FIELDS: readonly NumberFieldId[] = ['duration', 'writes', 'reads'];
const LAG_RANGE_FIELDS: readonly NumberFieldId[] = ['lagMinMs', 'lagMaxMs'];

/** The fields a message about a combination is about (rates × duration; shortest vs longest lag), or null. */
function groupOfMessage(message: string): readonly NumberFieldId[] | null {
  if (message.startsWith('durationMs is too long')) return RATE_FIELDS;
  if (message.startsWith('lag.minMs must be <=')) return LAG_RANGE_FIELDS;
  return null;
}

/**
 * The field a domain RangeError belongs to. A message about a combination goes to the field of
 * that combination the learner just edited, else to the one already showing it (`shownOn`), so
 * it never jumps to another field while the learner edits an unrelated one (issue 15).
 */
export function fieldOfMessage(
  message: string,
  edited: NumberFieldId | null,
  shownOn: readonly NumberFieldId[] = [],
): NumberFieldId {
  const group = groupOfMessage(message);
  if (group !== null) {
    if (edited !== null && group.includes(edited)) return edited;
    const already = shownOn.find((f) => group.includes(f));
    if (already !== undefined) return already;
  }
  const path = /^[\w.]+/.exec(message)?.[0] ?? '';
  return PATH_FIELDS[path] ?? edited ?? 'duration';
}

function lagOf(kind: LagKind, v: Partial<Record<NumberFieldId, number>>): LagConfig {
  switch (kind) {
    case 'constant':
      return { kind, ms: v.lagMs ?? NaN };
    case 'uniform':
      return { kind, minMs: v.lagMinMs ?? NaN, maxMs: v.lagMaxMs ?? NaN };
    case 'exponential':
      return { kind, meanMs: v.lagMeanMs ?? NaN };
  }
}

/**
 * A value of each field that the domain always accepts and that cannot make another field's check
 * fail (the smallest run, the widest lag range). It stands in for a refused value so every other
 * field is still checked: the learner sees a sentence on each field at fault at once, not one at a
 * time, and a message never moves to a field that is fine (issue 15).
 */
const NEUTRAL: Readonly<Record<NumberFieldId, number>> = {
  seed: 0,
  duration: 0.001,
  writes: 0,
  reads: 0,
  entities: 1,
  lagMs: 0,
  lagMinMs: 0,
  lagMaxMs: 1e9,
  lagMeanMs: 0,
  projector: 1,
  duplicates: 0,
  pauseFor: 3,
};

function configOf(form: FormState, v: Partial<Record<NumberFieldId, number>>, pause: FormState['pause']): CqrsConfig {
  const duplicateRate = v.duplicates ?? 0;
  return {
    seed: v.seed ?? NaN,
    durationMs: (v.duration ?? NaN) * 1000,
    writesPerSecond: v.writes ?? NaN,
    readsPerSecond: v.reads ?? NaN,
    entities: v.entities ?? NaN,
    lag: lagOf(form.lagKind, v),
    consistency: form.consistency,
    ...(form.unlimited ? {} : { projectorEventsPerSecond: v.projector ?? NaN }),
    ...(pause !== null || duplicateRate !== 0
      ? {
          faults: {
            ...(pause !== null ? { projectorPause: pause } : {}),
            ...(duplicateRate !== 0 ? { duplicateRate } : {}),
          },
        }
      : {}),
  };
}

/**
 * Turns the form into a config checked by the domain and by the visualiser's limits, or gives a
 * sentence for every field at fault. `edited` is the field just typed in and `shownOn` the fields
 * already showing a message: a message about a combination stays with them (see fieldOfMessage).
 */
export function checkForm(
  form: FormState,
  edited: NumberFieldId | null = null,
  shownOn: readonly NumberFieldId[] = [],
): Checked {
  const errors: Partial<Record<NumberFieldId, string>> = {};
  const v: Partial<Record<NumberFieldId, number>> = {};
  for (const f of activeFields(form)) {
    const p = parseNumberText(f, form.text[f]);
    if (p.ok) v[f] = p.value;
    else {
      errors[f] = p.message;
      v[f] = NEUTRAL[f];
    }
  }
  let pause = form.pause;
  // Each round the domain names one fault; its fields take neutral values and the rest is checked again.
  for (let round = 0; round <= NUMBER_FIELDS.length; round++) {
    const config = configOf(form, v, pause);
    const refusal = refusalOf(config);
    if (refusal === null) break;
    const field = fieldOfMessage(refusal.raw, edited, [...shownOn, ...(Object.keys(errors) as NumberFieldId[])]);
    if (errors[field] !== undefined && !refusal.raw.startsWith('faults.projectorPause')) break;
    // Shortest above longest, shown on the longest: say it from that field's side.
    errors[field] ??=
      field === 'lagMaxMs' && config.lag.kind === 'uniform' && refusal.raw.startsWith('lag.minMs must be <=')
        ? LIMITS.lagMaxBelowMin(config.lag.maxMs, config.lag.minMs)
        : refusal.shown;
    const group = groupOfMessage(refusal.raw);
    if (refusal.raw.startsWith('faults.projectorPause')) pause = null;
    else if (group === RATE_FIELDS) for (const f of RATE_FIELDS) v[f] = NEUTRAL[f];
    else if (group === LAG_RANGE_FIELDS) v.lagMinMs = NEUTRAL.lagMinMs;
    else v[field] = NEUTRAL[field];
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, config: configOf(form, v, form.pause) };
}

/**
 * A domain message in the learner's words: the field's label instead of the config path, and
 * plain phrases instead of "a finite number >= 0" (issue 15). The rule itself stays the domain's.
 */
export function learnerMessage(message: string): string {
  let text = message;
  for (const [path, field] of Object.entries(PATH_FIELDS).sort((a, b) => b[0].length - a[0].length))
    text = text.split(path).join(FIELD_LABELS[field]);
  text = text
    .replace(/must be a finite number >= 0/g, 'must be 0 or more')
    .replace(/must be a finite number > 0/g, 'must be more than 0')
    .replace(/must be a safe integer/g, 'must be a whole number')
    .replace(/a finite number in \[0, 1\]/g, 'a number from 0 to 1')
    .replace(
      /an integer from (\d+) to (\d+)/g,
      (_m, a: string, b: string) => `a whole number from ${formatCount(Number(a))} to ${formatCount(Number(b))}`,
    )
    .replace(/ <= /g, ' at most ')
    .replace(/ >= /g, ' at least ');
  return text.endsWith('.') ? text : `${text}.`;
}

/** Why a config is refused: the raw message (its first word routes it to a field) and the words shown. */
function refusalOf(config: CqrsConfig): { raw: string; shown: string } | null {
  let resolved;
  try {
    resolved = resolveConfig(config);
  } catch (e) {
    const raw = e instanceof RangeError ? e.message : String(e);
    if (raw.startsWith('durationMs is too long')) {
      const expected = ((config.writesPerSecond + config.readsPerSecond) * config.durationMs) / 1000;
      return { raw, shown: LIMITS.events(expected, MAX_EXPECTED_EVENTS) };
    }
    return { raw, shown: learnerMessage(raw) };
  }
  if (resolved.entities > MAX_VISUAL_ENTITIES)
    return { raw: 'entities', shown: LIMITS.entities(resolved.entities, MAX_VISUAL_ENTITIES) };
  const expected = ((resolved.writesPerSecond + resolved.readsPerSecond) * resolved.durationMs) / 1000;
  if (expected > MAX_VISUAL_EVENTS)
    return { raw: 'durationMs is too long for the visualiser', shown: LIMITS.events(expected, MAX_VISUAL_EVENTS) };
  return null;
}

/** The message refusing a config (the domain's, then the visualiser's limits), in the learner's words, or null. */
export function refuse(config: CqrsConfig): string | null {
  return refusalOf(config)?.shown ?? null;
}

/** Parses the pause button's length (seconds, more than 0, at most an hour) into ms. */
export function parsePauseMs(text: string): Parsed {
  const p = parseNumberText('pauseFor', text);
  if (!p.ok) return p;
  if (!(p.value > 0 && p.value <= 3600)) return { ok: false, message: LIMITS.pauseFor(text) };
  return { ok: true, value: p.value * 1000 };
}
