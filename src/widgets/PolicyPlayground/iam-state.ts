/**
 * State of the IAM mode and its reducer. The learner's policy text is parsed by the domain's
 * parsePolicy on every edit; while the text is broken, the last valid policy is kept (so the
 * decision stays meaningful) and the PolicyError is shown next to the editor.
 */
import { PolicyError, parsePolicy, type Policy } from '../../domain/access/doors/iam.ts';
import {
  BANK_DEMO_NOW,
  atMinuteOfDay,
  auditorSasPresets,
  bankContext,
  bankRequestPreset,
  bankUser,
  bankUsers,
  minuteOfDay,
  type NamedPolicy,
  type User,
} from '../../domain/access/doors/bank.ts';
import { iamPreset, iamPresets, originalPolicy, presetPolicies, type IamPreset } from './iam-catalog.ts';
import { rowValue, rowsFromContext, setRow, textOf, typeOf, type ContextRow, type RowType } from './iam-rows.ts';

/** Where and why a policy text was rejected, as shown beside the editor. */
export interface PolicyErrorView {
  message: string;
  path: string;
  line: number;
  column: number;
}

/** A policy the learner has changed: the text, the last valid version, the current error. */
export interface PolicyEdit {
  text: string;
  good: Policy;
  error: PolicyErrorView | null;
}

/** Everything the IAM mode shows is derived from this. */
export interface IamState {
  presetId: string;
  /** The bank user making the request; '' for a grammar example, which has none. */
  userId: string;
  action: string;
  resource: string;
  rows: ContextRow[];
  nextRowId: number;
  /** Edited policies by policy id; a policy without an entry is the case study's. */
  edits: Record<string, PolicyEdit>;
  /** The policy shown in the editor (a policy id), null for the user's first. */
  selected: string | null;
}

/** What the learner can do. */
export type IamAction =
  | { type: 'preset'; id: string }
  | { type: 'user'; id: string }
  | { type: 'action'; value: string }
  | { type: 'resource'; value: string }
  | { type: 'row'; id: number; patch: Partial<Omit<ContextRow, 'id'>> }
  | { type: 'add-row' }
  | { type: 'remove-row'; id: number }
  | { type: 'set-key'; key: string; rowType: RowType; value: string }
  | { type: 'time'; minutes: number }
  | { type: 'origin'; origin: Origin }
  | { type: 'edit'; policyId: string; text: string }
  | { type: 'reset-policy'; policyId: string }
  | { type: 'reset-all' }
  | { type: 'select'; policyId: string }
  | { type: 'load'; state: IamState };

/** Example source IPs for the helper buttons, taken from the case study's own presets. */
export const IP_HELPERS = {
  officeV4: String(bankRequestPreset('hr-manager-updates-record')?.request.context?.['aws:SourceIp'] ?? ''),
  officeV6: String(bankRequestPreset('payroll-reads-salary-ipv6')?.request.context?.['aws:SourceIp'] ?? ''),
  home: auditorSasPresets.find((p) => p.id === 'auditor-from-home')?.request.ip ?? '',
} as const;

/** The keys that say where a request comes from: a public address, or a VPC endpoint and a private one. */
export const NETWORK_KEYS = ['aws:SourceIp', 'aws:VpcSourceIp', 'aws:SourceVpce'] as const;

/**
 * Where a helper button puts the request: over the internet from an address (only aws:SourceIp),
 * or through the bank's VPC endpoint (aws:VpcSourceIp and aws:SourceVpce, no aws:SourceIp), as
 * in the case study's preset.
 */
export type Origin = keyof typeof IP_HELPERS | 'endpoint';

function originKeys(origin: Origin): Record<string, string> {
  if (origin !== 'endpoint') return { 'aws:SourceIp': IP_HELPERS[origin] };
  const context = bankRequestPreset('payroll-via-vpc-endpoint')?.request.context ?? {};
  return {
    'aws:VpcSourceIp': String(context['aws:VpcSourceIp'] ?? ''),
    'aws:SourceVpce': String(context['aws:SourceVpce'] ?? ''),
  };
}

function withOrigin(state: IamState, origin: Origin): IamState {
  const keys = originKeys(origin);
  const drop = NETWORK_KEYS.filter((k) => !(k in keys)).map((k) => k.toLowerCase());
  let rows = state.rows.filter((r) => !drop.includes(r.key.toLowerCase()));
  let nextRowId = state.nextRowId;
  for (const [key, value] of Object.entries(keys))
    ({ rows, nextId: nextRowId } = setRow(rows, key, 'string', value, nextRowId));
  return { ...state, rows, nextRowId };
}

/** The condition keys of the clock. */
export const TIME_KEY = 'aws:CurrentTime';
export const HOUR_KEY = 'bank:LocalHour';
export const IP_KEY = 'aws:SourceIp';
export const MFA_KEY = 'aws:MultiFactorAuthPresent';

/** A policy as the editor shows it by default. */
export function prettyPolicy(policy: Policy): string {
  return JSON.stringify(policy, null, 2);
}

/** A bank user by id, falling back to the first one. */
export function userOf(id: string): User {
  return bankUser(id) ?? (bankUsers[0] as User);
}

/** A preset of any family by id, falling back to the first one. */
export function presetOf(id: string): IamPreset {
  return iamPreset(id) ?? (iamPresets[0] as IamPreset);
}

/** The state of a preset, keeping the learner's policy edits. */
export function stateOfPreset(id: string, edits: Record<string, PolicyEdit> = {}): IamState {
  const preset = presetOf(id);
  const rows = rowsFromContext(preset.request.context, 1);
  return {
    presetId: preset.id,
    userId: preset.userId ?? '',
    action: preset.request.action,
    resource: preset.request.resource,
    rows,
    nextRowId: rows.length + 1,
    edits,
    selected: null,
  };
}

/** Parses policy text with the domain and keeps `previous` when the text is not a valid policy. */
export function editPolicy(text: string, previous: Policy): PolicyEdit {
  try {
    return { text, good: parsePolicy(text), error: null };
  } catch (error) {
    if (!(error instanceof PolicyError)) throw error;
    const { message, path, line, column } = error;
    return { text, good: previous, error: { message, path, line, column } };
  }
}

/** One of the user's policies as the playground shows it. */
export interface PolicyView {
  id: string;
  name: string;
  description: string;
  text: string;
  /** The version the decision uses. */
  good: Policy;
  error: PolicyErrorView | null;
  edited: boolean;
}

/**
 * The policies of the state, with the learner's edits: the current user's roles' policies (and
 * guardrails) in the preset's family, or a grammar example's own policy.
 */
export function policiesOf(state: IamState): PolicyView[] {
  return presetPolicies(presetOf(state.presetId), state.userId).map((named: NamedPolicy) => {
    const edit = state.edits[named.id];
    const original = prettyPolicy(named.policy);
    return {
      id: named.id,
      name: named.name,
      description: named.description,
      text: edit?.text ?? original,
      good: edit?.good ?? named.policy,
      error: edit?.error ?? null,
      edited: edit !== undefined && edit.text !== original,
    };
  });
}

/** The minutes after midnight (UTC) of the request's clock, from aws:CurrentTime or bank:LocalHour. */
export function clockMinutes(rows: readonly ContextRow[]): number {
  return minuteOfDay(rowValue(rows, TIME_KEY), rowValue(rows, HOUR_KEY));
}

function withTime(state: IamState, minutes: number): IamState {
  const time = rowValue(state.rows, TIME_KEY);
  const now = atMinuteOfDay(typeof time === 'string' ? time : undefined, minutes, BANK_DEMO_NOW);
  // bankContext writes both clock keys the way the case study does.
  const context = bankContext(userOf(state.userId), { now });
  let { rows, nextRowId } = state;
  for (const key of [TIME_KEY, HOUR_KEY]) {
    ({ rows, nextId: nextRowId } = setRow(rows, key, typeOf(context[key]), textOf(context[key]), nextRowId));
  }
  return { ...state, rows, nextRowId };
}

function withUser(state: IamState, id: string): IamState {
  const user = bankUser(id);
  // A grammar example has no user: its policy is its own.
  if (!user || presetOf(state.presetId).family === 'grammar') return state;
  const before = Object.keys(userOf(state.userId).attributes);
  let rows = state.rows.filter((r) => !before.includes(r.key) || r.key in user.attributes);
  let nextRowId = state.nextRowId;
  for (const [key, value] of Object.entries(user.attributes)) {
    ({ rows, nextId: nextRowId } = setRow(rows, key, typeOf(value), textOf(value), nextRowId));
  }
  // The user's attributes come first, in the user's order, as in the presets.
  const keys = Object.keys(user.attributes);
  rows = [
    ...keys.map((k) => rows.find((r) => r.key === k) as ContextRow),
    ...rows.filter((r) => !keys.includes(r.key)),
  ];
  return { ...state, userId: user.id, rows, nextRowId, selected: null };
}

/** The reducer of the IAM mode. */
export function reduceIam(state: IamState, action: IamAction): IamState {
  switch (action.type) {
    case 'preset':
      return iamPreset(action.id) ? stateOfPreset(action.id, state.edits) : state;
    case 'user':
      return withUser(state, action.id);
    case 'action':
      return { ...state, action: action.value };
    case 'resource':
      return { ...state, resource: action.value };
    case 'row':
      return { ...state, rows: state.rows.map((r) => (r.id === action.id ? { ...r, ...action.patch } : r)) };
    case 'add-row':
      return {
        ...state,
        rows: [...state.rows, { id: state.nextRowId, key: '', type: 'string', value: '' }],
        nextRowId: state.nextRowId + 1,
      };
    case 'remove-row':
      return { ...state, rows: state.rows.filter((r) => r.id !== action.id) };
    case 'set-key': {
      const { rows, nextId } = setRow(state.rows, action.key, action.rowType, action.value, state.nextRowId);
      return { ...state, rows, nextRowId: nextId };
    }
    case 'time':
      return withTime(state, action.minutes);
    case 'origin':
      return withOrigin(state, action.origin);
    case 'edit': {
      const original = originalPolicy(action.policyId);
      if (!original) return state;
      const previous = state.edits[action.policyId]?.good ?? original;
      return { ...state, edits: { ...state.edits, [action.policyId]: editPolicy(action.text, previous) } };
    }
    case 'reset-policy': {
      const edits = { ...state.edits };
      delete edits[action.policyId];
      return { ...state, edits };
    }
    case 'reset-all':
      return { ...state, edits: {} };
    case 'select':
      return { ...state, selected: action.policyId };
    case 'load':
      return action.state;
  }
}

/** True when `id` names a policy of some bank role or grammar example. */
export function isPolicyId(id: string): boolean {
  return originalPolicy(id) !== undefined;
}
