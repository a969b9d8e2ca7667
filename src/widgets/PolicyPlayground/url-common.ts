/**
 * The part of the link shared by every mode. Parameters are namespaced (`pp.*`) so they live
 * beside others (a workshop code). A page may hold several playgrounds: the link names the
 * mode and the ordinal of the playground of that mode on the page (`pp.mode=iam&pp.n=2`), and
 * only that one reads the rest. Writing replaces every `pp.*` parameter and keeps the others.
 */
import type { PlaygroundMode } from './presets.ts';

/** The prefix of every parameter of the playground. */
export const PREFIX = 'pp.';

/** Longest value accepted for a plain text parameter (an action, a resource, an IP). */
export const MAX_TEXT_PARAM = 2000;

/** Longest encoded value accepted for a structured parameter (edited policies, context rows). */
export const MAX_BLOB_PARAM = 6000;

/** The parameters addressed to one playground, or null when the link is for another one (or none). */
export function paramsFor(search: string, mode: PlaygroundMode, ordinal: number): URLSearchParams | null {
  const params = new URLSearchParams(search);
  if (params.get(`${PREFIX}mode`) !== mode) return null;
  const n = params.get(`${PREFIX}n`);
  const wanted = n === null ? 1 : Number(n);
  return wanted === ordinal ? params : null;
}

/**
 * A query string (with `?`, or empty) made of `search` without its `pp.*` parameters, plus
 * the mode, the ordinal and `values` (each under `pp.<name>`; undefined values are left out).
 */
export function writeSearch(
  search: string,
  mode: PlaygroundMode,
  ordinal: number,
  values: Record<string, string | undefined>,
): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(PREFIX)) params.delete(key);
  params.set(`${PREFIX}mode`, mode);
  if (ordinal !== 1) params.set(`${PREFIX}n`, String(ordinal));
  for (const [name, value] of Object.entries(values)) if (value !== undefined) params.set(`${PREFIX}${name}`, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** A text parameter, or null when absent; `undefined` when present but unusable (too long, control characters). */
export function textParam(params: URLSearchParams, name: string): string | null | undefined {
  const value = params.get(`${PREFIX}${name}`);
  if (value === null) return null;
  return value.length > MAX_TEXT_PARAM ? undefined : value;
}
