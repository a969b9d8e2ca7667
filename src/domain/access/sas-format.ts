/**
 * The textual form of a Shared Access Signature: Azure Storage's query parameters
 * (`sv`, `sp`, `st`, `se`, `sr`, `sip`, `spr`, `sig`) plus this course's `cres`, the
 * canonicalized resource the token was issued for. Parsing is strict: a missing, repeated,
 * unknown or badly formatted parameter makes the token "malformed".
 */
import { base64ToBytes } from './encoding.ts';
import { parseIpRange } from './ip.ts';
import { readDate } from './condition-values.ts';

/** The signed version this course writes and accepts (an Azure Storage service version). */
export const SAS_VERSION = '2022-11-02';

/** Azure's permission letters, in the order Azure requires them: read, add, create, write, delete, list. */
export const SAS_PERMISSION_ORDER = 'racwdl';

/** What each permission letter grants, in words (for prompts, labels and explanations). */
export const SAS_PERMISSION_NAMES: Readonly<Record<string, string>> = {
  r: 'read',
  a: 'add',
  c: 'create',
  w: 'write',
  d: 'delete',
  l: 'list',
};

/** The parameters of a token, decoded. Optional ones are absent when not in the token. */
export interface SasFields {
  sv: string;
  sp: string;
  st?: string;
  se: string;
  sr: 'b' | 'c';
  sip?: string;
  spr?: 'https' | 'https,http';
  cres: string;
  sig: string;
}

const ORDER: ReadonlyArray<keyof SasFields> = ['sv', 'sp', 'st', 'se', 'sip', 'spr', 'sr', 'cres', 'sig'];
const REQUIRED: ReadonlyArray<keyof SasFields> = ['sv', 'sp', 'se', 'sr', 'cres', 'sig'];
// Azure accepts these ISO 8601 UTC forms: a date, a date and minutes, a date and seconds.
const SAS_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?Z)?$/;

/** True when `sp` is non-empty, uses only r, a, c, w, d, l, each once, in Azure's order. */
export function isValidPermissions(sp: string): boolean {
  if (typeof sp !== 'string' || sp === '') return false;
  let last = -1;
  for (const letter of sp) {
    const at = SAS_PERMISSION_ORDER.indexOf(letter);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** Reorders and de-duplicates permission letters into Azure's order ("wr" → "rw"); null if a letter is unknown. */
export function normalizePermissions(letters: string): string | null {
  if ([...letters].some((l) => !SAS_PERMISSION_ORDER.includes(l))) return null;
  return [...SAS_PERMISSION_ORDER].filter((l) => letters.includes(l)).join('');
}

/** Reads an Azure SAS time (`2026-11-27`, `2026-11-27T10:00Z`, `2026-11-27T10:00:00Z`) as epoch ms; null if invalid. */
export function readSasTime(text: string): number | null {
  return SAS_DATE.test(text) ? readDate(text) : null;
}

/** Formats a Date the way Azure writes SAS times: ISO 8601 UTC, seconds, no milliseconds. */
export function formatSasTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The string-to-sign, newline-joined, in the layout Azure documents for a service SAS of
 * version 2020-12-06 and later: sp, st, se, canonicalized resource, signed identifier,
 * sip, spr, sv, sr, snapshot time, encryption scope, then five response-header overrides.
 * Fields this course does not use stay empty lines, so the layout matches Azure's.
 */
export function sasStringToSign(fields: Omit<SasFields, 'sig'>): string {
  return [
    fields.sp,
    fields.st ?? '',
    fields.se,
    fields.cres,
    '',
    fields.sip ?? '',
    fields.spr ?? '',
    fields.sv,
    fields.sr,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
  ].join('\n');
}

/** Serialises fields as a query string in a fixed order, values percent-encoded. */
export function formatSas(fields: SasFields): string {
  return ORDER.filter((name) => fields[name] !== undefined)
    .map((name) => `${name}=${encodeURIComponent(fields[name] as string)}`)
    .join('&');
}

function checkField(name: keyof SasFields, value: string): boolean {
  switch (name) {
    case 'sv':
      return value === SAS_VERSION;
    case 'sp':
      return isValidPermissions(value);
    case 'st':
    case 'se':
      return readSasTime(value) !== null;
    case 'sr':
      return value === 'b' || value === 'c';
    case 'sip':
      return parseIpRange(value) !== null;
    case 'spr':
      return value === 'https' || value === 'https,http';
    case 'cres':
      // No control characters: a newline would shift the newline-joined string-to-sign.
      return value !== '' && ![...value].some((ch) => ch.charCodeAt(0) < 32);
    case 'sig':
      return base64ToBytes(value)?.length === 32;
  }
}

/** Parses a SAS query string (a leading `?` is allowed); explains the first problem found. */
export function parseSas(sas: string): { ok: true; fields: SasFields } | { ok: false; problem: string } {
  if (typeof sas !== 'string') return { ok: false, problem: 'the token is not a string' };
  const found = new Map<keyof SasFields, string>();
  const query = sas.startsWith('?') ? sas.slice(1) : sas;
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const rawName = eq < 0 ? pair : pair.slice(0, eq);
    const name = ORDER.find((n) => n === rawName);
    if (!name) return { ok: false, problem: `unknown parameter "${rawName}"` };
    if (found.has(name)) return { ok: false, problem: `parameter "${name}" appears twice` };
    let value: string;
    try {
      value = decodeURIComponent(eq < 0 ? '' : pair.slice(eq + 1));
    } catch {
      return { ok: false, problem: `parameter "${name}" is not valid percent-encoding` };
    }
    if (!checkField(name, value)) return { ok: false, problem: `parameter "${name}" has an invalid value` };
    found.set(name, value);
  }
  const missing = REQUIRED.find((n) => !found.has(n));
  if (missing) return { ok: false, problem: `required parameter "${missing}" is missing` };
  const fields = Object.fromEntries(found) as unknown as SasFields;
  return { ok: true, fields };
}
