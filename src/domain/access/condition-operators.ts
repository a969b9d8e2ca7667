/**
 * The catalogue of IAM condition operators this module understands, plus the
 * `...IfExists` suffix. A Map (not an object literal) holds them so that names such as
 * `constructor` or `__proto__` can never be mistaken for an operator.
 */
import type { ConditionScalar } from './types.ts';
import { readBool, readDate, readNumber } from './condition-values.ts';
import { parseCidr } from './ip.ts';
import { splitArnPattern } from './arn.ts';

/** The value type an operator compares. */
export type OperatorFamily = 'string' | 'numeric' | 'date' | 'bool' | 'ip' | 'arn' | 'null';

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
    // "Case-sensitive matching of the ARN. Each of the six colon-delimited components of the ARN is
    // checked separately and each can include multi-character match wildcards (*) or single-character
    // match wildcards (?). The ArnEquals and ArnLike condition operators behave identically."
    // (IAM User Guide, "IAM JSON policy elements: Condition operators", ARN condition operators,
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html,
    // read 2026-12-04.)
    { name: 'ArnEquals', family: 'arn', negated: false, relation: 'is like' },
    { name: 'ArnLike', family: 'arn', negated: false, relation: 'is like' },
    { name: 'ArnNotEquals', family: 'arn', negated: true, relation: 'is like' },
    { name: 'ArnNotLike', family: 'arn', negated: true, relation: 'is like' },
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

/** The set-operator qualifiers IAM puts in front of an operator (`ForAllValues:StringLike`). */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** A parsed operator name: its spec, its set qualifier if any, and whether the IfExists suffix was used. */
export interface OperatorRef {
  spec: OperatorSpec;
  ifExists: boolean;
  /** `ForAllValues` / `ForAnyValue` when the operator was written `ForAllValues:StringEquals`…; else undefined. */
  qualifier: SetQualifier | undefined;
}

const QUALIFIERS: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

/**
 * Looks up an operator name such as `StringEquals`, `NumericLessThanIfExists` or
 * `ForAnyValue:StringLike`; null if unknown. The qualifiers apply to every operator except
 * Null (a presence test has no set form), as the IAM User Guide's "Set operators for multivalued
 * context keys" describes (reference_policies_condition-single-vs-multi-valued-context-keys, read 2026-12-04).
 */
export function lookupOperator(name: string): OperatorRef | null {
  const colon = name.indexOf(':');
  let qualifier: SetQualifier | undefined;
  let base = name;
  if (colon >= 0) {
    qualifier = QUALIFIERS.find((q) => q === name.slice(0, colon));
    if (!qualifier) return null;
    base = name.slice(colon + 1);
  }
  const ifExists = base.endsWith('IfExists') && base.length > 'IfExists'.length;
  const spec = CATALOGUE.get(ifExists ? base.slice(0, -'IfExists'.length) : base);
  // IAM has no NullIfExists: Null already is the test for presence; nor a qualified Null.
  if (!spec || (spec.family === 'null' && (ifExists || qualifier !== undefined))) return null;
  return { spec, ifExists, qualifier };
}

/** For an unknown operator, the known one it differs from only in letter case, if any. */
export function suggestOperator(name: string): string | undefined {
  const folded = name.toLowerCase();
  for (const known of CATALOGUE.keys()) {
    const bases = [known, `${known}IfExists`];
    for (const candidate of [...bases, ...QUALIFIERS.flatMap((q) => bases.map((b) => `${q}:${b}`))]) {
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
    case 'arn':
      return 'an ARN of six colon-separated parts such as "arn:aws:sns:us-east-1:123456789012:topic" (each part may use * and ?)';
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
    case 'arn':
      return typeof value === 'string' && splitArnPattern(value) !== null;
  }
}
