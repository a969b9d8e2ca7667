/**
 * The request context as editable rows (key, type, value as typed text). Rows are what the
 * learner edits; `rowsToContext` turns them into the AccessRequest context the domain reads,
 * and names each row it had to leave out, so the learner sees why.
 */
import type { AccessRequest } from '../../domain/access/doors/iam.ts';
import { IAM } from './strings.ts';

/**
 * The type a context value is read as. `list` is a multivalued key such as aws:TagKeys, typed
 * as comma-separated strings (empty text is an empty list), for ForAllValues / ForAnyValue.
 */
export type RowType = 'string' | 'number' | 'bool' | 'list';

/** Every row type, in menu order. */
export const ROW_TYPES: readonly RowType[] = ['string', 'number', 'bool', 'list'];

/** One context key as the learner edits it. */
export interface ContextRow {
  /** Stable id for the list (never reused within one playground). */
  id: number;
  key: string;
  type: RowType;
  /** The value as typed; for `bool`, "true" or "false". */
  value: string;
}

/** A context value of the request (a list for a multivalued key). */
export type ContextScalar = string | number | boolean | string[];

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** The type of a context value. */
export function typeOf(value: unknown): RowType {
  if (Array.isArray(value)) return 'list';
  return typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'bool' : 'string';
}

/** A value as row text (a list as its items joined by ", "). */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return JSON.stringify(value) ?? '';
}

/** Rows for a request context, numbered from `firstId`. */
export function rowsFromContext(context: AccessRequest['context'], firstId: number): ContextRow[] {
  return Object.entries(context ?? {}).map(([key, value], i) => ({
    id: firstId + i,
    key,
    type: typeOf(value),
    value: textOf(value),
  }));
}

/** Reads a row's value as its type; null when the text is not of that type. */
export function readRowValue(row: Pick<ContextRow, 'type' | 'value'>): ContextScalar | null {
  switch (row.type) {
    case 'string':
      return row.value;
    case 'number': {
      const text = row.value.trim();
      if (!DECIMAL.test(text)) return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : null;
    }
    case 'bool':
      return row.value === 'true' ? true : row.value === 'false' ? false : null;
    case 'list':
      return row.value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
  }
}

/** The context built from rows, and the rows left out with the reason (by row id). */
export interface RowsContext {
  context: Record<string, ContextScalar>;
  problems: Record<number, string>;
}

/**
 * Builds the request context. A row without a key, with a value that is not of its type, or
 * repeating an earlier key (IAM keys ignore letter case) is left out and named in `problems`.
 */
export function rowsToContext(rows: readonly ContextRow[]): RowsContext {
  const entries: [string, ContextScalar][] = [];
  const seen = new Set<string>();
  const problems: Record<number, string> = {};
  for (const row of rows) {
    const key = row.key;
    if (key.trim() === '') {
      problems[row.id] = IAM.rowEmptyKey;
      continue;
    }
    const value = readRowValue(row);
    if (value === null) {
      problems[row.id] = IAM.rowBadNumber;
      continue;
    }
    if (seen.has(key.toLowerCase())) {
      problems[row.id] = IAM.rowDuplicate;
      continue;
    }
    seen.add(key.toLowerCase());
    entries.push([key, value]);
  }
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
  return { context: Object.fromEntries(entries), problems };
}

/** Sets the row with `key` (same letter case) to a typed value, or adds it at the end. */
export function setRow(
  rows: readonly ContextRow[],
  key: string,
  type: RowType,
  value: string,
  nextId: number,
): { rows: ContextRow[]; nextId: number } {
  const at = rows.findIndex((r) => r.key === key);
  if (at >= 0) return { rows: rows.map((r, i) => (i === at ? { ...r, type, value } : r)), nextId };
  return { rows: [...rows, { id: nextId, key, type, value }], nextId: nextId + 1 };
}

/** The value of the row with `key`, read as its type, or undefined. */
export function rowValue(rows: readonly ContextRow[], key: string): ContextScalar | undefined {
  const row = rows.find((r) => r.key === key);
  return row ? (readRowValue(row) ?? undefined) : undefined;
}
