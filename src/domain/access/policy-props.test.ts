import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AccessRequest, Policy, Statement } from './types.ts';
import { evaluate } from './policy-eval.ts';
import { parsePolicy } from './policy-parse.ts';
import { PolicyError } from './policy-error.ts';
import { cidrContains, parseCidr, parseIp } from './ip.ts';
import { wildcardMatch } from './wildcard.ts';

type Condition = NonNullable<Statement['Condition']>;

const actionPattern = fc.constantFrom('*', 's3:*', 's3:Get*', 's3:GetObject', 'iam:?reateUser', 'S3:get*', 'hr:*');
const resourcePattern = fc.constantFrom(
  '*',
  'arn:aws:s3:::bucket/*',
  'arn:aws:s3:::bucket/key',
  'arn:aws:s3:::*',
  'arn:bank:hr:::employee/${hr:Department}/*',
);
const conditionBlock = fc.constantFrom<Condition>(
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { Bool: { 'aws:MultiFactorAuthPresent': true } },
  { StringEquals: { 'hr:Department': ['retail', 'hr'] } },
  { StringNotEquals: { 'hr:Department': 'retail' } },
  { NumericLessThan: { 'bank:LocalHour': 18 }, NumericGreaterThanEquals: { 'bank:LocalHour': 8 } },
  { StringLikeIfExists: { 'hr:Team': 'pay*' } },
  { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } },
  { Null: { 'hr:Team': true } },
  { 'ForAllValues:StringLike': { 'hr:Tags': ['a*', 'b'] } },
  { 'ForAnyValue:StringNotEquals': { 'hr:Tags': 'a' } },
  { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } },
  { ArnNotEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:${hr:Team}' } },
  { StringNotEquals: { 'hr:Department': '${hr:Missing}' } },
  { StringEquals: { 'hr:Department': "${hr:Missing, 'retail'}" } },
);

const statementOf = (effect: 'Allow' | 'Deny'): fc.Arbitrary<Statement> =>
  fc
    .record({
      sid: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
      notAction: fc.boolean(),
      actions: fc.array(actionPattern, { minLength: 1, maxLength: 3 }),
      notResource: fc.boolean(),
      resources: fc.array(resourcePattern, { minLength: 1, maxLength: 2 }),
      condition: fc.option(conditionBlock, { nil: undefined }),
    })
    .map(({ sid, notAction, actions, notResource, resources, condition }) => {
      const statement: Statement = { Effect: effect };
      if (sid !== undefined) statement.Sid = sid;
      statement[notAction ? 'NotAction' : 'Action'] = actions;
      statement[notResource ? 'NotResource' : 'Resource'] = resources;
      if (condition !== undefined) statement.Condition = condition;
      return statement;
    });

const anyStatement = fc.oneof(statementOf('Allow'), statementOf('Deny'));
const policyArb: fc.Arbitrary<Policy> = fc
  .array(anyStatement, { minLength: 1, maxLength: 4 })
  .map((Statement) => ({ Version: '2012-10-17', Statement }));
const policies = fc.array(policyArb, { maxLength: 3 });

const request: fc.Arbitrary<AccessRequest> = fc.record({
  action: fc.constantFrom('s3:GetObject', 's3:PutObject', 'iam:CreateUser', 'hr:ReadEmployeeRecord'),
  resource: fc.constantFrom('arn:aws:s3:::bucket/key', 'arn:aws:s3:::other/x', 'arn:bank:hr:::employee/retail/E1'),
  context: fc.record(
    {
      'aws:SourceIp': fc.constantFrom('10.1.2.3', '203.0.113.9', '2001:db8::1', 'garbage'),
      'aws:MultiFactorAuthPresent': fc.boolean(),
      'hr:Department': fc.constantFrom('retail', 'hr', 'it'),
      'bank:LocalHour': fc.integer({ min: 0, max: 23 }),
      'hr:Team': fc.constantFrom('payroll', 'recruiting'),
      'aws:CurrentTime': fc.constantFrom('2026-11-27T10:00:00Z', '2027-06-01T00:00:00Z'),
      'hr:Tags': fc.constantFrom(['a1', 'b'], ['c'], [] as string[]),
      'aws:SourceArn': fc.constantFrom('arn:aws:sns:us-east-1:123456789012:payroll', 'arn:aws:s3:::bucket'),
    },
    { requiredKeys: [] },
  ),
});

describe('evaluation properties', () => {
  it('adding a Deny statement never turns a Deny into an Allow', () => {
    fc.assert(
      fc.property(policies, request, statementOf('Deny'), fc.boolean(), (ps, req, deny, asNewPolicy) => {
        fc.pre(evaluate(ps, req).effect === 'Deny');
        const first = ps[0];
        const extended =
          asNewPolicy || !first
            ? [...ps, { Statement: deny }]
            : [{ ...first, Statement: [deny, ...(first.Statement as Statement[])] }, ...ps.slice(1)];
        expect(evaluate(extended, req).effect).toBe('Deny');
      }),
    );
  });

  it('adding an Allow statement never turns an Allow into a Deny, nor an explicit deny into anything else', () => {
    fc.assert(
      fc.property(policies, request, statementOf('Allow'), (ps, req, allow) => {
        const before = evaluate(ps, req);
        const after = evaluate([...ps, { Version: '2012-10-17', Statement: allow }], req);
        if (before.effect === 'Allow') expect(after.effect).toBe('Allow');
        if (before.reason === 'explicit-deny') expect(after.reason).toBe('explicit-deny');
      }),
    );
  });

  it('never throws for arbitrary action, resource and context, and traces every statement', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(
        policies,
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.dictionary(fc.string(), value),
        (ps, action, resource, context) => {
          const decision = evaluate(ps, { action, resource, context: context as AccessRequest['context'] & object });
          expect(['Allow', 'Deny']).toContain(decision.effect);
          const statements = ps.reduce((n, p) => n + (Array.isArray(p.Statement) ? p.Statement.length : 1), 0);
          expect(decision.trace).toHaveLength(statements);
        },
      ),
    );
  });

  it('a policy survives JSON round-trip through parsePolicy and decides the same', () => {
    fc.assert(
      fc.property(policyArb, request, (p, req) => {
        const parsed = parsePolicy(JSON.stringify(p));
        expect(parsed).toEqual(p);
        expect(evaluate([parsed], req)).toEqual(evaluate([p], req));
      }),
    );
  });
});

describe('parsePolicy properties', () => {
  const isPolicyErrorOrPolicy = (text: string): void => {
    try {
      const policy = parsePolicy(text);
      expect(typeof policy).toBe('object');
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      const e = error as PolicyError;
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.column).toBeGreaterThanOrEqual(1);
      expect(e.path.startsWith('$')).toBe(true);
    }
  };

  it('throws only PolicyError for arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), isPolicyErrorOrPolicy), { numRuns: 300 });
  });

  it('throws only PolicyError for arbitrary JSON', () => {
    fc.assert(fc.property(fc.json(), isPolicyErrorOrPolicy), { numRuns: 300 });
  });

  it('throws only PolicyError for policy-shaped JSON with random values', () => {
    const loose = fc.record({
      Version: fc.oneof(fc.constant('2012-10-17'), fc.jsonValue()),
      Statement: fc.oneof(
        fc.jsonValue(),
        fc.array(
          fc.dictionary(
            fc.constantFrom('Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'Condition', 'Principal'),
            fc.jsonValue(),
          ),
          { maxLength: 3 },
        ),
      ),
    });
    fc.assert(
      fc.property(loose, (value) => isPolicyErrorOrPolicy(JSON.stringify(value))),
      { numRuns: 300 },
    );
  });
});

describe('matching properties', () => {
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((parts) => parts.join('.'));

  it('/0 contains every IPv4 address; a /32 only itself', () => {
    fc.assert(
      fc.property(ipv4, ipv4, (a, b) => {
        expect(cidrContains(parseCidr('0.0.0.0/0')!, parseIp(a)!)).toBe(true);
        expect(cidrContains(parseCidr(`${a}/32`)!, parseIp(b)!)).toBe(a === b);
      }),
    );
  });

  it('a pattern without wildcards matches exactly itself; * matches everything', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/[*?]/.test(s)),
        fc.string(),
        (literal, other) => {
          expect(wildcardMatch(literal, literal)).toBe(true);
          expect(wildcardMatch(literal, other)).toBe(literal === other);
          expect(wildcardMatch('*', other)).toBe(true);
        },
      ),
    );
  });
});
