/**
 * The SAS mode in the link: the preset, the generator's fields (`pp.res`, `pp.sp`, `pp.st`,
 * `pp.se`, `pp.sip`, `pp.spr`), a presented token that differs from the signed one (`pp.tok`),
 * the request (`pp.vres`, `pp.vperm`, `pp.vip`, `pp.vproto`) and the clock (`pp.now`, ISO).
 * Each unusable parameter falls back to the preset's value and is named.
 */
import { SAS_PERMISSION_ORDER } from '../../domain/access/doors/sas.ts';
import { auditorSasPresets } from '../../domain/access/doors/bank.ts';
import { fromInputValue } from './sas-time.ts';
import { stateOfSasPreset, type SasForm, type SasRequestForm, type SasState } from './sas-state.ts';
import { MAX_BLOB_PARAM, PREFIX, textParam } from './url-common.ts';

/** What reading a link gave. */
export interface SasUrlRead {
  state: SasState;
  rejected: string[];
  unknownPreset: string | null;
}

const isPerms = (v: string) => [...v].every((l) => SAS_PERMISSION_ORDER.includes(l)) && new Set(v).size === v.length;
const isDateOrEmpty = (v: string) => v === '' || fromInputValue(v) !== null;

const FORM: readonly [keyof SasForm, string, (v: string) => boolean][] = [
  ['resource', 'res', () => true],
  ['perms', 'sp', isPerms],
  ['start', 'st', isDateOrEmpty],
  ['expiry', 'se', (v) => fromInputValue(v) !== null],
  ['ip', 'sip', () => true],
  ['protocol', 'spr', (v) => ['', 'https', 'https,http'].includes(v)],
];
const REQUEST: readonly [keyof SasRequestForm, string, (v: string) => boolean][] = [
  ['resource', 'vres', () => true],
  ['permission', 'vperm', (v) => v.length === 1 && SAS_PERMISSION_ORDER.includes(v)],
  ['ip', 'vip', () => true],
  ['protocol', 'vproto', (v) => ['', 'https', 'http'].includes(v)],
];

/** Reads the SAS state addressed to this playground; `lessonPreset` is the fallback. */
export function readSasParams(params: URLSearchParams, lessonPreset: string, signed: string): SasUrlRead {
  const rejected: string[] = [];
  const wanted = params.get(`${PREFIX}preset`);
  const known = wanted !== null && auditorSasPresets.some((p) => p.id === wanted);
  const unknownPreset = wanted !== null && !known ? wanted.slice(0, 80) : null;
  const state = stateOfSasPreset(known ? (wanted as string) : lessonPreset, signed);
  const form = { ...state.form } as Record<keyof SasForm, string>;
  for (const [field, name, ok] of FORM) {
    const value = textParam(params, name);
    if (value === null) continue;
    if (value !== undefined && ok(value)) form[field] = value;
    else rejected.push(`${PREFIX}${name}`);
  }
  const request = { ...state.request } as Record<keyof SasRequestForm, string>;
  for (const [field, name, ok] of REQUEST) {
    const value = textParam(params, name);
    if (value === null) continue;
    if (value !== undefined && ok(value)) request[field] = value;
    else rejected.push(`${PREFIX}${name}`);
  }
  let now = state.now;
  const nowText = params.get(`${PREFIX}now`);
  if (nowText !== null) {
    const ms = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/.test(nowText) ? Date.parse(nowText) : Number.NaN;
    if (Number.isFinite(ms)) now = ms;
    else rejected.push(`${PREFIX}now`);
  }
  let override: string | null = null;
  const tok = params.get(`${PREFIX}tok`);
  if (tok !== null) {
    if (tok.length <= MAX_BLOB_PARAM) override = tok;
    else rejected.push(`${PREFIX}tok`);
  }
  const changedForm = FORM.some(([field]) => form[field] !== state.form[field]);
  return {
    state: {
      ...state,
      form: form as unknown as SasForm,
      request: request as unknown as SasRequestForm,
      now,
      override,
      // A changed form is signed again by the component; the preset's token would be stale.
      signed: changedForm ? '' : state.signed,
    },
    rejected,
    unknownPreset,
  };
}

/** The parameters of a SAS state. */
export function writeSasParams(state: SasState): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = { preset: state.presetId };
  for (const [field, name] of FORM) values[name] = state.form[field];
  for (const [field, name] of REQUEST) values[name] = state.request[field];
  values['now'] = Number.isFinite(state.now) ? new Date(state.now).toISOString() : undefined;
  values['tok'] = state.override !== null && state.override.length <= MAX_BLOB_PARAM ? state.override : undefined;
  return values;
}
