/**
 * State of the SAS mode: the generator's form, the token it signed, the token actually
 * presented (the signed one, or a tampered or hand-edited copy), the request and the clock.
 * Signing and verifying are the domain's (createSas, verifySas), called by the component.
 */
import { auditorSasParams, auditorSasPresets, type AuditorSasPreset } from '../../domain/access/doors/bank.ts';
import {
  normalizePermissions,
  parseSas,
  tamperExpiry,
  tamperPermissions,
  tamperSignature,
  type SasParams,
} from '../../domain/access/doors/sas.ts';
import { fromInputValue, toInputValue } from './sas-time.ts';
import { SAS } from './strings.ts';

/** The generator's fields, as typed. */
export interface SasForm {
  resource: string;
  /** Permission letters ticked, in racwdl order. */
  perms: string;
  /** `datetime-local` value (UTC) or empty for no start. */
  start: string;
  expiry: string;
  /** Address or range, empty for none. */
  ip: string;
  protocol: '' | 'https' | 'https,http';
}

/** The request presenting the token. */
export interface SasRequestForm {
  resource: string;
  permission: string;
  ip: string;
  protocol: '' | 'https' | 'http';
}

/** Everything the SAS mode shows. */
export interface SasState {
  presetId: string;
  form: SasForm;
  /** The token createSas returned for the form ('' while signing or when the form is invalid). */
  signed: string;
  /** Why the form could not be signed, if so. */
  signError: string | null;
  /** A token presented instead of the signed one (tampered or edited), or null. */
  override: string | null;
  request: SasRequestForm;
  /** The verifier's clock, epoch ms. */
  now: number;
}

/** What the learner can do. */
export type SasAction =
  | { type: 'preset'; id: string }
  | { type: 'form'; patch: Partial<SasForm> }
  | { type: 'signed'; token: string; error: string | null }
  | { type: 'present'; token: string }
  | { type: 'restore' }
  | { type: 'tamper'; what: 'sig' | 'se' | 'sp' }
  | { type: 'request'; patch: Partial<SasRequestForm> }
  | { type: 'now'; ms: number }
  | { type: 'past-expiry' }
  /** A quick case: it starts from the valid token and request, then makes its one change. */
  | { type: 'quick'; what: QuickCase }
  | { type: 'load'; state: SasState };

/** The quick cases: each changes one thing from the valid starting point, so they never stack. */
export type QuickCase = 'past-expiry' | 'delete' | 'home' | 'http' | 'sig' | 'se' | 'sp';

/** The valid starting point of the quick cases: the signed token as generated, the first (valid) preset's request and clock. */
function validBaseline(state: SasState): SasState {
  const valid = stateOfSasPreset((auditorSasPresets[0] as AuditorSasPreset).id, state.signed);
  return { ...state, override: null, request: valid.request, now: valid.now };
}

/** A preset by id, falling back to the first. */
export function sasPresetOf(id: string): AuditorSasPreset {
  return auditorSasPresets.find((p) => p.id === id) ?? (auditorSasPresets[0] as AuditorSasPreset);
}

/** The generator's form for the auditor's token. */
export function auditorForm(): SasForm {
  return {
    resource: auditorSasParams.resource,
    perms: auditorSasParams.permissions,
    start: toInputValue(auditorSasParams.start),
    expiry: toInputValue(auditorSasParams.expiry),
    ip: auditorSasParams.ip,
    protocol: auditorSasParams.protocol,
  };
}

/** The state of a preset; `signed` is the auditor's token when already known. */
export function stateOfSasPreset(id: string, signed = ''): SasState {
  const preset = sasPresetOf(id);
  return {
    presetId: preset.id,
    form: auditorForm(),
    signed,
    signError: null,
    override: null,
    request: {
      resource: preset.request.resource,
      permission: preset.request.permission,
      ip: preset.request.ip ?? '',
      protocol: preset.request.protocol ?? '',
    },
    now: preset.now.getTime(),
  };
}

/** The parameters for createSas, or the sentence saying which field is not usable. */
export function signParams(form: SasForm):
  | {
      ok: true;
      params: SasParams;
    }
  | { ok: false; error: string } {
  const expiry = fromInputValue(form.expiry);
  if (!expiry) return { ok: false, error: SAS.badDate(SAS.expiry) };
  const start = form.start.trim() === '' ? undefined : fromInputValue(form.start);
  if (start === null) return { ok: false, error: SAS.badDate(SAS.start) };
  const permissions = normalizePermissions(form.perms) ?? form.perms;
  return {
    ok: true,
    params: {
      resource: form.resource,
      permissions,
      expiry,
      ...(start ? { start } : {}),
      ...(form.ip.trim() === '' ? {} : { ip: form.ip.trim() }),
      ...(form.protocol === '' ? {} : { protocol: form.protocol }),
    },
  };
}

/** The token presented with the request. */
export function presented(state: SasState): string {
  return state.override ?? state.signed;
}

/** The request for verifySas. */
export function verifyRequest(r: SasRequestForm): {
  resource: string;
  permission: string;
  ip?: string;
  protocol?: 'https' | 'http';
} {
  return {
    resource: r.resource,
    permission: r.permission,
    ...(r.ip.trim() === '' ? {} : { ip: r.ip.trim() }),
    ...(r.protocol === '' ? {} : { protocol: r.protocol }),
  };
}

/** The instant the presented token expires (from its se, else the form), or NaN. */
export function expiryOf(state: SasState): number {
  const parsed = parseSas(presented(state));
  if (parsed.ok) return Date.parse(parsed.fields.se.length === 10 ? `${parsed.fields.se}T00:00:00Z` : parsed.fields.se);
  return fromInputValue(state.form.expiry)?.getTime() ?? Number.NaN;
}

/** The start of the clock slider: the form's start, else a week before expiry, else the preset's instant. */
export function clockBase(state: SasState): number {
  const start = fromInputValue(state.form.start)?.getTime();
  if (start !== undefined) return start;
  const expiry = fromInputValue(state.form.expiry)?.getTime();
  return expiry !== undefined ? expiry - 7 * 24 * 3_600_000 : sasPresetOf(state.presetId).now.getTime();
}

/** The reducer of the SAS mode. */
export function reduceSas(state: SasState, action: SasAction): SasState {
  switch (action.type) {
    case 'preset':
      return auditorSasPresets.some((p) => p.id === action.id) ? stateOfSasPreset(action.id, state.signed) : state;
    case 'form':
      return { ...state, form: { ...state.form, ...action.patch }, override: null };
    case 'signed':
      return { ...state, signed: action.token, signError: action.error };
    case 'present':
      return { ...state, override: action.token === state.signed ? null : action.token };
    case 'restore':
      return { ...state, override: null };
    case 'tamper': {
      const edit = { sig: tamperSignature, se: tamperExpiry, sp: tamperPermissions }[action.what];
      return { ...state, override: edit(presented(state)) };
    }
    case 'request':
      return { ...state, request: { ...state.request, ...action.patch } };
    case 'now':
      return Number.isFinite(action.ms) ? { ...state, now: action.ms } : state;
    case 'past-expiry': {
      const expiry = expiryOf(state);
      return Number.isFinite(expiry) ? { ...state, now: expiry + 3_600_000 } : state;
    }
    case 'quick': {
      const base = validBaseline(state);
      switch (action.what) {
        case 'past-expiry':
          return reduceSas(base, { type: 'past-expiry' });
        case 'delete':
          return { ...base, request: { ...base.request, permission: 'd' } };
        case 'home':
          return { ...base, request: { ...base.request, ip: HOME_IP } };
        case 'http':
          return { ...base, request: { ...base.request, protocol: 'http' } };
        default:
          return reduceSas(base, { type: 'tamper', what: action.what });
      }
    }
    case 'load':
      return action.state;
  }
}

/** The home address used by the "from home IP" button: the case study's own. */
export const HOME_IP = auditorSasPresets.find((p) => p.id === 'auditor-from-home')?.request.ip ?? '';
