/**
 * The scenario in the address bar, so a learner or an instructor can share it. Parameters are
 * namespaced (`eg.vol`, `eg.unit` ...) to live beside other query parameters (a workshop code);
 * a second explorer on the same page uses `eg2.*` (the widget kit's `urlNamespace`).
 * Reading never throws: each value is checked like typed text, a bad one falls back to the
 * example's value and is named in a notice, and a set that does not fit together (a volume
 * beyond a price list's last tier) falls back to the whole example.
 */
import { formatNumber } from '../../domain/egress';
import { activeFields, reduce, stateOf, validate, type ExplorerState } from './state';
import type { ChoiceFieldId, ExplorerInputs, NumberFieldId } from './types';
import { urlNamespace } from '../shared/kit';

/** The query parameter of each input (of the page's first explorer; see `paramsOf`). */
export const PARAMS: Readonly<Record<keyof ExplorerInputs, string>> = {
  kind: 'eg.kind',
  volume: 'eg.vol',
  unit: 'eg.unit',
  requestsPerDay: 'eg.req',
  kbPerRequest: 'eg.kb',
  daysPerMonth: 'eg.days',
  gbPerCopy: 'eg.gb',
  copiesPerMonth: 'eg.copies',
  pricing: 'eg.price',
  flatPrice: 'eg.rate',
  compressionPct: 'eg.comp',
  cachePct: 'eg.usercache',
  cdnPct: 'eg.cdn',
  cdnPrice: 'eg.cdnrate',
};

const CHOICES: readonly ChoiceFieldId[] = ['kind', 'unit', 'pricing'];

/**
 * Old parameter names still read (never written): `eg.cache` was the cache share before it was
 * renamed for what it is, a cache on the users' side (issue 14); links saved before keep working.
 */
const ALIASES: Readonly<Partial<Record<keyof ExplorerInputs, readonly string[]>>> = { cachePct: ['eg.cache'] };

/** The name a field was found under in `params`: its own, or an old alias; its own when absent. */
function nameIn(params: URLSearchParams, field: keyof ExplorerInputs, instance: number): string {
  const own = paramsOf(instance)[field];
  if (params.has(own)) return own;
  const ns = urlNamespace('eg', instance);
  const alias = (ALIASES[field] ?? [])
    .map((name) => (instance === 1 ? name : ns.key(name.slice('eg.'.length))))
    .find((name) => params.has(name));
  return alias ?? own;
}

/** The query parameter of each input of explorer number `instance` on the page (1-based). */
export function paramsOf(instance = 1): Readonly<Record<keyof ExplorerInputs, string>> {
  if (instance === 1) return PARAMS;
  const ns = urlNamespace('eg', instance);
  return Object.fromEntries(
    Object.entries(PARAMS).map(([field, name]) => [field, ns.key(name.slice('eg.'.length))]),
  ) as Record<keyof ExplorerInputs, string>;
}

/** What reading a query string gave. */
export interface UrlRead {
  /** The scenario to show. */
  inputs: ExplorerInputs;
  /** True when the address had any explorer parameter. */
  found: boolean;
  /** Parameters whose values could not be used (fell back to the example's). */
  rejected: string[];
  /** True when the parameters did not fit together and the whole example is shown. */
  reset: boolean;
}

/** Reads a scenario from a query string (`location.search`), starting from the example `base`. */
export function readParams(search: string, base: ExplorerInputs, instance = 1): UrlRead {
  const PARAMS = paramsOf(instance);
  const ns = urlNamespace('eg', instance);
  const params = new URLSearchParams(search);
  const found = [...params.keys()].some((k) => ns.owns(k));
  if (!found) return { inputs: base, found, rejected: [], reset: false };
  const rejected: string[] = [];
  let state: ExplorerState = stateOf(base);
  for (const field of CHOICES) {
    const value = params.get(PARAMS[field]);
    if (value === null) continue;
    const next = reduce(state, { type: 'choose', field, value });
    if (next[field] === value) state = { ...next, errors: {}, good: state.good };
    else rejected.push(PARAMS[field]);
  }
  const fields = activeFields(state.kind, state.pricing);
  const text = { ...state.text };
  for (const field of fields) {
    const value = params.get(nameIn(params, field, instance));
    if (value !== null) text[field] = value;
  }
  state = { ...state, text };
  let checked = validate(state, null);
  // Put back the example's value for each field that failed on its own, then check again.
  const failed = fields.filter((f) => checked.errors[f] !== undefined && params.has(nameIn(params, f, instance)));
  if (failed.length > 0) {
    const baseText = stateOf(base).text;
    for (const f of failed) {
      text[f] = baseText[f];
      rejected.push(nameIn(params, f, instance));
    }
    state = { ...state, text };
    checked = validate(state, null);
  }
  if (Object.keys(checked.errors).length > 0) return { inputs: base, found, rejected, reset: true };
  return { inputs: checked.good, found, rejected, reset: false };
}

/** The query string for `inputs`, keeping any parameter that is not the explorer's. */
export function writeParams(search: string, inputs: ExplorerInputs, instance = 1): string {
  const PARAMS = paramsOf(instance);
  const ns = urlNamespace('eg', instance);
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (ns.owns(key)) params.delete(key);
  params.set(PARAMS.kind, inputs.kind);
  const fields: NumberFieldId[] = activeFields(inputs.kind, inputs.pricing);
  if (fields.includes('volume')) params.set(PARAMS.unit, inputs.unit);
  params.set(PARAMS.pricing, inputs.pricing);
  for (const field of fields) params.set(PARAMS[field], formatNumber(inputs[field], { grouping: false }));
  return `?${params.toString()}`;
}
