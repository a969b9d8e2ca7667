import { describe, expect, it } from 'vitest';
import type { AccessRequest, ConditionTrace, Statement } from './types.ts';
import { evaluate } from './policy-eval.ts';
import { traceEntries } from './trace.ts';

type Condition = NonNullable<Statement['Condition']>;

/** Evaluates one Allow-everything statement guarded by `condition`. */
function check(
  condition: Condition,
  context: AccessRequest['context'],
  version = '2012-10-17',
): { allowed: boolean; conditions: ConditionTrace[] } {
  const decision = evaluate(
    [{ Version: version, Statement: { Effect: 'Allow', Action: '*', Resource: '*', Condition: condition } }],
    {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::bucket/key',
      ...(context === undefined ? {} : { context }),
    },
  );
  return { allowed: decision.effect === 'Allow', conditions: traceEntries(decision)[0]?.conditions ?? [] };
}

const one = (
  operator: string,
  value: Condition[string][string],
  contextValue: string | number | boolean | string[],
): boolean => check({ [operator]: { 'test:Key': value } }, { 'test:Key': contextValue }).allowed;

describe('every operator, positive and negative', () => {
  it.each([
    ['StringEquals', 'retail', 'retail', true],
    ['StringEquals', 'retail', 'Retail', false],
    ['StringNotEquals', 'retail', 'hr', true],
    ['StringNotEquals', 'retail', 'retail', false],
    ['StringEqualsIgnoreCase', 'RETAIL', 'retail', true],
    ['StringEqualsIgnoreCase', 'RETAIL', 'retails', false],
    ['StringNotEqualsIgnoreCase', 'RETAIL', 'retail', false],
    ['StringNotEqualsIgnoreCase', 'RETAIL', 'hr', true],
    ['StringLike', 'arn:*:report-??', 'arn:x:report-01', true],
    ['StringLike', 'arn:*:report-??', 'arn:x:report-1', false],
    ['StringLike', 'Report*', 'report1', false],
    ['StringNotLike', 'tmp/*', 'tmp/a', false],
    ['StringNotLike', 'tmp/*', 'data/a', true],
    ['NumericEquals', 3, 3, true],
    ['NumericEquals', 3, '3', true],
    ['NumericEquals', '3', 4, false],
    ['NumericNotEquals', 3, 4, true],
    ['NumericNotEquals', 3, 3, false],
    ['NumericLessThan', 18, 17, true],
    ['NumericLessThan', 18, 18, false],
    ['NumericLessThanEquals', 18, 18, true],
    ['NumericLessThanEquals', 18, 19, false],
    ['NumericGreaterThan', 2, 3, true],
    ['NumericGreaterThan', 2, 2, false],
    ['NumericGreaterThanEquals', 2, 2, true],
    ['NumericGreaterThanEquals', 2, 1, false],
    ['DateEquals', '2026-11-27T10:00:00Z', '2026-11-27T11:00:00+01:00', true],
    ['DateEquals', '2026-11-27T10:00:00Z', '2026-11-27T10:00:01Z', false],
    ['DateNotEquals', '2026-11-27T10:00:00Z', '2026-11-27T10:00:00Z', false],
    ['DateNotEquals', '2026-11-27T10:00:00Z', '2026-11-28T10:00:00Z', true],
    ['DateLessThan', '2027-01-01T00:00:00Z', '2026-12-31T23:59:59Z', true],
    ['DateLessThan', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z', false],
    ['DateLessThanEquals', '2027-01-01T00:00:00Z', '2027-01-01T00:00:00Z', true],
    ['DateLessThanEquals', '2027-01-01T00:00:00Z', '2027-01-01T00:00:01Z', false],
    ['DateGreaterThan', '2026-01-01T00:00:00Z', '2026-01-01T00:00:01Z', true],
    ['DateGreaterThan', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', false],
    ['DateGreaterThanEquals', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', true],
    ['DateGreaterThanEquals', '2026-01-01T00:00:00Z', '2025-12-31T23:59:59Z', false],
    ['DateGreaterThan', '2023-01-01T00:00:00Z', 1700000000, true],
    ['DateLessThan', 1700000000, '2023-11-14T22:13:19Z', true],
    ['DateLessThan', 1700000000, '2023-11-14T22:13:20Z', false],
    ['Bool', true, true, true],
    ['Bool', true, 'true', true],
    ['Bool', true, false, false],
    ['Bool', 'false', false, true],
    ['IpAddress', '10.0.0.0/8', '10.1.2.3', true],
    ['IpAddress', '10.0.0.0/8', '11.0.0.1', false],
    ['IpAddress', '2001:db8::/32', '2001:db8:ffff::1', true],
    ['IpAddress', '2001:db8::/32', '10.0.0.1', false],
    ['NotIpAddress', '10.0.0.0/8', '11.0.0.1', true],
    ['NotIpAddress', '10.0.0.0/8', '10.1.2.3', false],
  ] as const)('%s %j vs context %j → %s', (operator, value, contextValue, expected) => {
    expect(one(operator, value, contextValue)).toBe(expected);
  });

  it('Null tests for presence', () => {
    expect(check({ Null: { 'test:Key': true } }, {}).allowed).toBe(true);
    expect(check({ Null: { 'test:Key': true } }, { 'test:Key': 'x' }).allowed).toBe(false);
    expect(check({ Null: { 'test:Key': 'false' } }, { 'test:Key': 'x' }).allowed).toBe(true);
    expect(check({ Null: { 'test:Key': false } }, {}).allowed).toBe(false);
  });
});

describe('a key missing from the context', () => {
  it.each([
    'StringEquals',
    'StringEqualsIgnoreCase',
    'StringLike',
    'NumericEquals',
    'NumericLessThan',
    'DateEquals',
    'DateGreaterThan',
    'Bool',
    'IpAddress',
  ])('makes the positive operator %s false', (operator) => {
    const value = operator.startsWith('Date')
      ? '2026-01-01T00:00:00Z'
      : operator === 'Bool'
        ? true
        : operator === 'IpAddress'
          ? '10.0.0.0/8'
          : operator.startsWith('Numeric')
            ? 1
            : 'x';
    expect(check({ [operator]: { 'test:Key': value } }, {}).allowed).toBe(false);
  });

  it.each([
    ['StringNotEquals', 'x'],
    ['StringNotEqualsIgnoreCase', 'x'],
    ['StringNotLike', 'x*'],
    ['NumericNotEquals', 1],
    ['DateNotEquals', '2026-01-01T00:00:00Z'],
    ['NotIpAddress', '10.0.0.0/8'],
  ] as const)('makes the negated operator %s true, as in IAM', (operator, value) => {
    expect(check({ [operator]: { 'test:Key': value } }, {}).allowed).toBe(true);
  });

  it.each([
    ['StringEqualsIfExists', 'x'],
    ['NumericLessThanIfExists', 18],
    ['BoolIfExists', true],
    ['IpAddressIfExists', '10.0.0.0/8'],
    ['DateLessThanIfExists', '2027-01-01T00:00:00Z'],
  ] as const)('makes %s true', (operator, value) => {
    expect(check({ [operator]: { 'test:Key': value } }, {}).allowed).toBe(true);
  });

  it('explains itself in the trace', () => {
    expect(check({ StringEquals: { 'hr:Department': 'retail' } }, {}).conditions[0]?.reason).toBe(
      'hr:Department is not in the request context, so StringEquals is false',
    );
    expect(check({ NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, {}).conditions[0]?.reason).toBe(
      'aws:SourceIp is not in the request context; as in IAM, the negated operator NotIpAddress is then true',
    );
    expect(check({ BoolIfExists: { 'aws:MultiFactorAuthPresent': true } }, {}).conditions[0]?.reason).toBe(
      'aws:MultiFactorAuthPresent is not in the request context; BoolIfExists treats a missing key as a match',
    );
  });
});

describe('IfExists with the key present behaves like the base operator', () => {
  it('NumericLessThanIfExists 18 vs 20 is false, vs 17 is true', () => {
    expect(one('NumericLessThanIfExists', 18, 20)).toBe(false);
    expect(one('NumericLessThanIfExists', 18, 17)).toBe(true);
  });
});

describe('combining values, keys and operators', () => {
  it('matches several values under one key if any matches', () => {
    expect(one('StringEquals', ['hr', 'retail'], 'retail')).toBe(true);
    expect(one('StringEquals', ['hr', 'it'], 'retail')).toBe(false);
    expect(one('IpAddress', ['10.0.0.0/8', '2001:db8::/32'], '2001:db8::5')).toBe(true);
  });

  it('makes a negated operator false when any value matches', () => {
    expect(one('StringNotEquals', ['hr', 'retail'], 'retail')).toBe(false);
    expect(one('StringNotEquals', ['hr', 'retail'], 'it')).toBe(true);
  });

  it('requires every key under an operator', () => {
    expect(check({ StringEquals: { a: '1', b: '2' } }, { a: '1', b: '2' }).allowed).toBe(true);
    expect(check({ StringEquals: { a: '1', b: '2' } }, { a: '1', b: '3' }).allowed).toBe(false);
  });

  it('requires every operator', () => {
    expect(check({ StringEquals: { a: '1' }, NumericLessThan: { n: 5 } }, { a: '1', n: 4 }).allowed).toBe(true);
    expect(check({ StringEquals: { a: '1' }, NumericLessThan: { n: 5 } }, { a: '1', n: 6 }).allowed).toBe(false);
  });

  it('matches a multi-valued context key when any of its values matches', () => {
    expect(one('StringEquals', 'b', ['a', 'b'])).toBe(true);
    expect(one('StringNotEquals', 'b', ['a', 'b'])).toBe(false);
    expect(one('StringNotEquals', 'b', ['a', 'c'])).toBe(true);
  });
});

describe('context details', () => {
  it('reads condition keys case-insensitively', () => {
    expect(check({ IpAddress: { 'aws:SourceIP': '10.0.0.0/8' } }, { 'AWS:sourceip': '10.9.9.9' }).allowed).toBe(true);
  });

  it('makes the condition false when the context value has the wrong type, whatever the operator', () => {
    expect(one('NumericLessThan', 5, 'abc')).toBe(false);
    expect(one('NumericNotEquals', 5, 'abc')).toBe(false);
    expect(one('IpAddress', '10.0.0.0/8', 'not-an-ip')).toBe(false);
    expect(check({ NumericLessThan: { n: 5 } }, { n: 'abc' }).conditions[0]?.reason).toBe(
      'n = "abc" is not a number or a numeric string such as "3", so NumericLessThan is false',
    );
  });

  it('describes a match and a miss', () => {
    expect(
      check({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }, { 'aws:SourceIp': '10.1.2.3' }).conditions[0],
    ).toEqual({
      operator: 'IpAddress',
      key: 'aws:SourceIp',
      values: ['10.0.0.0/8'],
      contextValue: '10.1.2.3',
      matched: true,
      reason: 'aws:SourceIp = "10.1.2.3" is in "10.0.0.0/8"',
    });
    expect(check({ NumericLessThan: { 'bank:LocalHour': 18 } }, { 'bank:LocalHour': 21 }).conditions[0]?.reason).toBe(
      'bank:LocalHour = 21 does not satisfy "is less than 18"',
    );
  });
});

describe('policy variables in condition values', () => {
  const condition: Condition = { StringEquals: { 'hr:Owner': '${aws:username}' } };

  it('expands ${key} from the context in a 2012-10-17 policy', () => {
    const result = check(condition, { 'aws:username': 'amelia', 'hr:Owner': 'amelia' });
    expect(result.allowed).toBe(true);
    expect(result.conditions[0]?.reason).toBe('hr:Owner = "amelia" equals "${aws:username}" (= "amelia")');
    expect(check(condition, { 'aws:username': 'amelia', 'hr:Owner': 'ravi' }).allowed).toBe(false);
  });

  it('keeps ${key} literal in a 2008-10-17 policy, as IAM does', () => {
    expect(check(condition, { 'aws:username': 'amelia', 'hr:Owner': 'amelia' }, '2008-10-17').allowed).toBe(false);
    expect(check(condition, { 'hr:Owner': '${aws:username}' }, '2008-10-17').allowed).toBe(true);
  });

  it('does not match when the variable is missing', () => {
    expect(check(condition, { 'hr:Owner': 'amelia' }).allowed).toBe(false);
  });
});

it('an unknown operator (only possible without parsePolicy) is refused with a PolicyError, never treated as false', () => {
  expect(() => check({ StringEqualz: { a: 'x' } }, { a: 'x' })).toThrow(
    expect.objectContaining({
      name: 'PolicyError',
      path: 'policies[0].Statement.Condition.StringEqualz',
      received: 'the unknown operator "StringEqualz" in statement 0 of policy 0',
    }),
  );
});
