/**
 * The IAM mode in the link: `pp.preset`, `pp.user`, `pp.action`, `pp.resource`, `pp.ctx`
 * (context rows) and `pp.pol` (edited policies only), the last two as base64url JSON.
 * Reading never throws: each unusable parameter falls back to the preset's value and is named.
 */
import { bankUser } from '../../domain/access/doors/bank.ts';
import { iamPreset } from './iam-catalog.ts';
import { ROW_TYPES, type ContextRow, type RowType } from './iam-rows.ts';
import { isPolicyId, reduceIam, stateOfPreset, type IamState } from './iam-state.ts';
import { decodeJson, encodeJson, isRecord } from './link-codec.ts';
import { MAX_BLOB_PARAM, MAX_TEXT_PARAM, PREFIX, textParam } from './url-common.ts';
import { S } from './strings.ts';

const MAX_ROWS = 60;

/** The sections of the IAM mode. */
export type IamTab = 'policies' | 'request' | 'decision';
const TABS: readonly IamTab[] = ['policies', 'request', 'decision'];

/** What reading a link gave. */
export interface IamUrlRead {
  state: IamState;
  /** Parameters that could not be used. */
  rejected: string[];
  /** Set when the link named an unknown preset. */
  unknownPreset: string | null;
  /** The section to show, when the link names one. */
  tab: IamTab | null;
}

function readRows(value: unknown, firstId: number): ContextRow[] | null {
  if (!Array.isArray(value) || value.length > MAX_ROWS) return null;
  const rows: ContextRow[] = [];
  for (const [i, item] of value.entries()) {
    if (!Array.isArray(item) || item.length !== 3) return null;
    const [key, type, text] = item as unknown[];
    if (typeof key !== 'string' || typeof text !== 'string' || !ROW_TYPES.includes(type as RowType)) return null;
    rows.push({ id: firstId + i, key, type: type as RowType, value: text });
  }
  return rows;
}

/** Reads the IAM state addressed to this playground; `lessonPreset` is the fallback. */
export function readIamParams(params: URLSearchParams, lessonPreset: string): IamUrlRead {
  const rejected: string[] = [];
  const wanted = params.get(`${PREFIX}preset`);
  const unknownPreset = wanted !== null && !iamPreset(wanted) ? wanted.slice(0, 80) : null;
  let state = stateOfPreset(unknownPreset === null && wanted !== null ? wanted : lessonPreset);

  const user = params.get(`${PREFIX}user`);
  if (user !== null) {
    if (bankUser(user)) state = reduceIam(state, { type: 'user', id: user });
    else rejected.push(`${PREFIX}user`);
  }
  for (const field of ['action', 'resource'] as const) {
    const value = textParam(params, field);
    if (value === undefined) rejected.push(`${PREFIX}${field}`);
    else if (value !== null) state = { ...state, [field]: value };
  }
  const ctx = params.get(`${PREFIX}ctx`);
  if (ctx !== null) {
    const rows = readRows(decodeJson(ctx, MAX_BLOB_PARAM), 1);
    if (rows) state = { ...state, rows, nextRowId: rows.length + 1 };
    else rejected.push(`${PREFIX}ctx`);
  }
  const pol = params.get(`${PREFIX}pol`);
  if (pol !== null) {
    const edits = decodeJson(pol, MAX_BLOB_PARAM);
    const entries = isRecord(edits) ? Object.entries(edits) : null;
    if (entries && entries.every(([id, text]) => isPolicyId(id) && typeof text === 'string')) {
      for (const [id, text] of entries) state = reduceIam(state, { type: 'edit', policyId: id, text: text as string });
    } else rejected.push(`${PREFIX}pol`);
  }
  const selected = params.get(`${PREFIX}edit`);
  if (selected !== null) {
    if (isPolicyId(selected)) state = { ...state, selected };
    else rejected.push(`${PREFIX}edit`);
  }
  const tab = params.get(`${PREFIX}tab`);
  if (tab !== null && !TABS.includes(tab as IamTab)) rejected.push(`${PREFIX}tab`);
  return { state, rejected, unknownPreset, tab: TABS.includes(tab as IamTab) ? (tab as IamTab) : null };
}

/** The parameters of an IAM state, and a note when the edited policies are too large for a link. */
export function writeIamParams(
  state: IamState,
  tab: IamTab,
): { values: Record<string, string | undefined>; note: string | null } {
  const rows = state.rows.map((r) => [r.key, r.type, r.value]);
  const edited = Object.fromEntries(Object.entries(state.edits).map(([id, edit]) => [id, edit.text]));
  const ctx = encodeJson(rows);
  const pol = Object.keys(edited).length > 0 ? encodeJson(edited) : undefined;
  let note: string | null = null;
  const values: Record<string, string | undefined> = {
    preset: state.presetId,
    user: state.userId === '' ? undefined : state.userId,
    action: state.action.length <= MAX_TEXT_PARAM ? state.action : undefined,
    resource: state.resource.length <= MAX_TEXT_PARAM ? state.resource : undefined,
    ctx: ctx.length <= MAX_BLOB_PARAM ? ctx : undefined,
    pol: pol !== undefined && pol.length <= MAX_BLOB_PARAM ? pol : undefined,
    edit: state.selected ?? undefined,
    tab,
  };
  if (pol !== undefined && values['pol'] === undefined)
    note = S.tooLong('your edited policies', pol.length, MAX_BLOB_PARAM);
  else if (values['ctx'] === undefined) note = S.tooLong('the context keys', ctx.length, MAX_BLOB_PARAM);
  else if (values['action'] === undefined || values['resource'] === undefined)
    note = S.tooLong('the action or resource', Math.max(state.action.length, state.resource.length), MAX_TEXT_PARAM);
  return { values, note };
}
