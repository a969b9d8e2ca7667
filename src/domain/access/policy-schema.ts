/**
 * Schema checks for an IAM policy document that JSON.parse has already read. Each check
 * reports through `fail(pathSegments, expected, received, hint?)`, which throws; the
 * caller turns the path into a line and column. The result is a freshly built Policy that
 * only carries known elements, so nothing from the input (e.g. a `__proto__` key) is merged
 * into any object.
 */
import type { Policy, Statement } from './types.ts';
import type { PathSegment } from './json-locate.ts';
import { describeJson } from './policy-error.ts';
import {
  OPERATOR_NAMES,
  expectedValue,
  isValidPolicyValue,
  lookupOperator,
  suggestOperator,
} from './condition-operators.ts';

/** Reports a schema violation; never returns. */
export type Fail = (at: PathSegment[], expected: string, received: string, hint?: string) => never;

type Json = Record<string, unknown>;
type Scalar = string | number | boolean;

const TOP_KEYS = ['Version', 'Id', 'Statement'];
const STATEMENT_KEYS = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const VERSIONS = ['2012-10-17', '2008-10-17'];
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?_.-]+)$/;
// arn:partition:service:region:account:resource — region and account may be empty.
const RESOURCE = /^(\*|arn:([^:]*:){4}.+)$/s;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function has(object: Json, key: string): boolean {
  return Object.hasOwn(object, key);
}

function checkKeys(object: Json, allowed: string[], at: PathSegment[], fail: Fail): void {
  for (const key of Object.keys(object)) {
    if (!allowed.includes(key)) {
      const hint =
        key === 'Principal' || key === 'NotPrincipal'
          ? 'Principal belongs in resource-based policies; these are identity-based policies.'
          : undefined;
      fail([...at, key], `only ${allowed.join(', ')}`, `an unknown element "${key}"`, hint);
    }
  }
}

function stringList(
  value: unknown,
  at: PathSegment[],
  fail: Fail,
  pattern: RegExp,
  expected: string,
): string | string[] {
  const items = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && value.length === 0)
    fail(at, `${expected}, or a non-empty array of them`, 'an empty array');
  items.forEach((item, i) => {
    const where = Array.isArray(value) ? [...at, i] : at;
    if (typeof item !== 'string') fail(where, expected, describeJson(item));
    if (!pattern.test(item)) fail(where, expected, describeJson(item));
  });
  return Array.isArray(value) ? [...(value as string[])] : (value as string);
}

function exactlyOne<K extends 'Action' | 'NotAction' | 'Resource' | 'NotResource'>(
  statement: Json,
  names: [K, K],
  at: PathSegment[],
  fail: Fail,
  pattern: RegExp,
  expected: string,
): [K, string | string[]] {
  const [positive, negative] = names;
  if (has(statement, positive) && has(statement, negative)) {
    fail([...at, negative], `exactly one of ${positive} or ${negative}`, `both ${positive} and ${negative}`);
  }
  if (!has(statement, positive) && !has(statement, negative)) {
    fail(at, `a ${positive} or ${negative} element`, 'neither');
  }
  const name = has(statement, positive) ? positive : negative;
  return [name, stringList(statement[name], [...at, name], fail, pattern, expected)];
}

function conditionValue(
  value: unknown,
  family: Parameters<typeof isValidPolicyValue>[0],
  at: PathSegment[],
  fail: Fail,
): Scalar | Scalar[] {
  const expected = expectedValue(family);
  if (Array.isArray(value) && value.length === 0)
    fail(at, `${expected}, or a non-empty array of them`, 'an empty array');
  const items: unknown[] = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const where = Array.isArray(value) ? [...at, i] : at;
    const scalar =
      typeof item === 'string' || typeof item === 'boolean' || (typeof item === 'number' && Number.isFinite(item));
    if (!scalar || !isValidPolicyValue(family, item)) fail(where, expected, describeJson(item));
  });
  return Array.isArray(value) ? [...(value as Scalar[])] : (value as Scalar);
}

function condition(value: unknown, at: PathSegment[], fail: Fail): NonNullable<Statement['Condition']> {
  if (!isObject(value)) fail(at, 'an object of condition operators', describeJson(value));
  const out: NonNullable<Statement['Condition']> = {};
  for (const operator of Object.keys(value)) {
    const ref = lookupOperator(operator);
    if (!ref) {
      const suggestion = suggestOperator(operator);
      const hint = suggestion
        ? `Operator names are case-sensitive: did you mean "${suggestion}"?`
        : `Known operators: ${OPERATOR_NAMES.join(', ')} (each may end in IfExists and start with ForAllValues: or ForAnyValue:, except Null).`;
      fail([...at, operator], 'a known condition operator', `the unknown operator "${operator}"`, hint);
    }
    const block = value[operator];
    if (!isObject(block) || Object.keys(block).length === 0) {
      fail(
        [...at, operator],
        'an object of condition keys, e.g. {"aws:SourceIp": "203.0.113.0/24"}',
        isObject(block) ? 'an empty object' : describeJson(block),
      );
    }
    const keys = Object.keys(block).map((key) => {
      if (key.trim() === '')
        fail([...at, operator, key], 'a condition key name such as "aws:SourceIp"', 'an empty name');
      return [key, conditionValue(block[key], ref.spec.family, [...at, operator, key], fail)] as const;
    });
    // Known operator names only reach this line, so plain assignment is safe; fromEntries
    // defines own properties, so even a condition key named "__proto__" stays inert data.
    out[operator] = Object.fromEntries(keys);
  }
  return out;
}

function statement(value: unknown, at: PathSegment[], fail: Fail): Statement {
  if (!isObject(value)) fail(at, 'a statement object with Effect, Action and Resource', describeJson(value));
  if (!has(value, 'Effect')) fail([...at, 'Effect'], '"Allow" or "Deny"', describeJson(undefined));
  const effect = value['Effect'];
  if (effect !== 'Allow' && effect !== 'Deny') {
    const hint =
      typeof effect === 'string' && ['allow', 'deny'].includes(effect.toLowerCase())
        ? 'IAM requires exactly "Allow" or "Deny", with a capital letter.'
        : undefined;
    fail([...at, 'Effect'], '"Allow" or "Deny"', describeJson(effect), hint);
  }
  checkKeys(value, STATEMENT_KEYS, at, fail);
  const out: Statement = { Effect: effect };
  if (has(value, 'Sid')) {
    if (typeof value['Sid'] !== 'string') fail([...at, 'Sid'], 'a string', describeJson(value['Sid']));
    out.Sid = value['Sid'];
  }
  const [actionKey, actions] = exactlyOne(
    value,
    ['Action', 'NotAction'],
    at,
    fail,
    ACTION,
    'an action such as "hr:ReadEmployeeRecord", "s3:Get*" or "*"',
  );
  out[actionKey] = actions;
  const [resourceKey, resources] = exactlyOne(
    value,
    ['Resource', 'NotResource'],
    at,
    fail,
    RESOURCE,
    'an ARN such as "arn:bank:hr:::employee/retail/*", or "*"',
  );
  out[resourceKey] = resources;
  if (has(value, 'Condition')) out.Condition = condition(value['Condition'], [...at, 'Condition'], fail);
  return out;
}

/** Validates a parsed JSON value as a policy document and returns a clean copy of it. */
export function validatePolicy(value: unknown, fail: Fail): Policy {
  if (!isObject(value))
    fail([], 'a policy object such as {"Version": "2012-10-17", "Statement": [...]}', describeJson(value));
  // Checked before unknown keys, so `{"__proto__": …}` reads as "Statement is missing".
  if (!has(value, 'Statement'))
    fail(['Statement'], 'a Statement element (a statement object or an array of them)', describeJson(undefined));
  checkKeys(value, TOP_KEYS, [], fail);
  const policy: Policy = { Statement: [] };
  if (has(value, 'Version')) {
    const version = value['Version'];
    if (typeof version !== 'string' || !VERSIONS.includes(version))
      fail(['Version'], '"2012-10-17" (or the legacy "2008-10-17")', describeJson(version));
    policy.Version = version;
  }
  if (has(value, 'Id') && typeof value['Id'] !== 'string') fail(['Id'], 'a string', describeJson(value['Id']));
  const raw = value['Statement'];
  if (Array.isArray(raw)) {
    if (raw.length === 0) fail(['Statement'], 'at least one statement', 'an empty array');
    policy.Statement = raw.map((item, i) => statement(item, ['Statement', i], fail));
  } else {
    policy.Statement = statement(raw, ['Statement'], fail);
  }
  return policy;
}
