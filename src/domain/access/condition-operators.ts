/**
 * The catalogue of IAM condition operators this module understands, plus the
 * `...IfExists` suffix. A Map (not an object literal) holds them so that names such as
 * `constructor` or `__proto__` can never be mistaken for an operator.
 */
import type { ConditionScalar } from './types.ts';
import { readBool, readDate, readNumber } from './condition-values.ts';
import { parseCidr } from './ip.ts';

/** The value type an operator compares. */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'ip' | 'null';

/** Describes one base operator (without the IfExists suffix). */
export interface OperatorSpec {
  name: string;
  family: OperatorFamily;
  /** Negated operators (StringNotEquals, NotIpAddress…) are true when no value matches. */
  negated: boolean;
  /** The positive relation in words, for trace lines: "equals", "is less than"… */
  relation: string;
  /** For numeric and date operators: the positive comparison of context value and policy value. */
  compare?: (contextValue: number, policyValue: number) => boolean;
  /** For string operators: compare ignoring letter case. */
  ignoreCase?: boolean;
  /** For string operators: `*` and `?` are wildcards. */
  like?: boolean;
}

const ORDERINGS: ReadonlyArray<[string, string, boolean, (a: number, b: number) => boolean]> = [
  ['Equals', 'equals', false, (a, b) => a === b],
  ['NotEquals', 'equals', true, (a, b) => a === b],
  ['LessThan', 'is less than', false, (a, b) => a < b],
  ['LessThanEquals', 'is less than or equal to', false, (a, b) => a <= b],
  ['GreaterThan', 'is greater than', false, (a, b) => a > b],
  ['GreaterThanEquals', 'is greater than or equal to', false, (a, b) => a >= b],
];

function buildCatalogue(): Map<string, OperatorSpec> {
  const specs: OperatorSpec[] = [
    { name: 'StringEquals', family: 'string', negated: false, relation: 'equals' },
    { name: 'StringNotEquals', family: 'string', negated: true, relation: 'equals' },
    {
      name: 'StringEqualsIgnoreCase',
      family: 'string',
      negated: false,
      relation: 'equals (ignoring case)',
      ignoreCase: true,
    },
    {
      name: 'StringNotEqualsIgnoreCase',
      family: 'string',
      negated: true,
      relation: 'equals (ignoring case)',
      ignoreCase: true,
    },
    { name: 'StringLike', family: 'string', negated: false, relation: 'is like', like: true },
    { name: 'StringNotLike', family: 'string', negated: true, relation: 'is like', like: true },
    { name: 'Bool', family: 'bool', negated: false, relation: 'is' },
    { name: 'IpAddress', family: 'ip', negated: false, relation: 'is in' },
    { name: 'NotIpAddress', family: 'ip', negated: true, relation: 'is in' },
    { name: 'Null', family: 'null', negated: false, relation: 'is missing' },
  ];
  for (const family of ['Numeric', 'Date'] as const) {
    for (const [suffix, relation, negated, compare] of ORDERINGS) {
      const lower = family === 'Numeric' ? 'numeric' : 'date';
      specs.push({ name: `${family}${suffix}`, family: lower, negated, relation, compare });
    }
  }
  return new Map(specs.map((spec) => [spec.name, spec]));
}

const CATALOGUE = buildCatalogue();

/** Every supported base operator name, for pickers and documentation. */
export const OPERATOR_NAMES: readonly string[] = [...CATALOGUE.keys()];

/** A parsed operator name: its spec and whether the IfExists suffix was used. */
export interface OperatorRef {
  spec: OperatorSpec;
  ifExists: boolean;
}

/** Looks up an operator name such as `StringEquals` or `NumericLessThanIfExists`; null if unknown. */
export function lookupOperator(name: string): OperatorRef | null {
  const ifExists = name.endsWith('IfExists') && name.length > 'IfExists'.length;
  const spec = CATALOGUE.get(ifExists ? name.slice(0, -'IfExists'.length) : name);
  // IAM has no NullIfExists: Null already is the test for presence.
  if (!spec || (ifExists && spec.family === 'null')) return null;
  return { spec, ifExists };
}

/** For an unknown operator, the known one it differs from only in letter case, if any. */
export function suggestOperator(name: string): string | undefined {
  const folded = name.toLowerCase();
  for (const known of CATALOGUE.keys()) {
    for (const candidate of [known, `${known}IfExists`]) {
      // Only suggest real operators that differ from what was written (never "NullIfExists").
      if (candidate.toLowerCase() === folded && candidate !== name && lookupOperator(candidate)) return candidate;
    }
  }
  return undefined;
}

/** What a policy value of this family must look like, in words. */
export function expectedValue(family: OperatorFamily): string {
  switch (family) {
    case 'string':
      return 'a string';
    case 'numeric':
      return 'a number or a numeric string such as "3"';
    case 'date':
      return 'an ISO 8601 date such as "2026-11-27T10:00:00Z" or epoch seconds';
    case 'bool':
    case 'null':
      return 'true or false';
    case 'ip':
      return 'an IPv4/IPv6 address or CIDR block such as "10.0.0.0/8" or "2001:db8::/32"';
  }
}

/** True when a policy value can be used with an operator of this family. */
export function isValidPolicyValue(family: OperatorFamily, value: ConditionScalar): boolean {
  switch (family) {
    case 'string':
      return true;
    case 'numeric':
      return readNumber(value) !== null;
    case 'date':
      return readDate(value) !== null;
    case 'bool':
    case 'null':
      return readBool(value) !== null;
    case 'ip':
      return typeof value === 'string' && parseCidr(value) !== null;
  }
}
