/**
 * The one error parsePolicy throws. It says where (a JSON path plus a 1-based line and
 * column in the source text) and what (what was expected, what was received), so an editor
 * widget can underline the spot and show the message as is.
 */

/** Where and why a policy document was rejected. */
export interface PolicyErrorDetails {
  /** JSON path of the offending element, e.g. `$.Statement[1].Condition.NumericLessThan`. */
  path: string;
  /** 1-based line in the source text. */
  line: number;
  /** 1-based column in the source text. */
  column: number;
  /** What the grammar expects here, in words. */
  expected: string;
  /** What the document contains instead, in words. */
  received: string;
  /** An optional extra sentence, e.g. a likely fix. */
  hint?: string;
}

/** Thrown by parsePolicy for any invalid input: bad JSON or a document that is not a valid policy. */
export class PolicyError extends Error implements PolicyErrorDetails {
  override readonly name = 'PolicyError';
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly received: string;
  readonly hint?: string;

  /** Builds the error and its message: `path (line L, column C): expected …, received … hint`. */
  constructor(details: PolicyErrorDetails) {
    const hint = details.hint === undefined ? '' : ` ${details.hint}`;
    super(
      `${details.path} (line ${details.line}, column ${details.column}): expected ${details.expected}, received ${details.received}.${hint}`,
    );
    this.path = details.path;
    this.line = details.line;
    this.column = details.column;
    this.expected = details.expected;
    this.received = details.received;
    if (details.hint !== undefined) this.hint = details.hint;
  }
}

/** Describes a JSON value briefly for the `received` part of a message. */
export function describeJson(value: unknown): string {
  if (value === undefined) return 'nothing (the element is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const text = JSON.stringify(value);
    return text.length > 60 ? `the string ${text.slice(0, 57)}..."` : `the string ${text}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return `the ${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : `an array of ${value.length}`;
  return 'an object';
}
