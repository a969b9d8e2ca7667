import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AccessRequest, Decision, Policy, Statement } from './types.ts';
import { evaluate } from './policy-eval.ts';
import { decide, type Verdict } from './policy-compile.ts';
import { bankRoles, bankUser } from './bank-policies.ts';
import { bankRequestPresets } from './bank-presets.ts';
import { effectivePolicies, type User } from './rbac.ts';
import { PolicyError } from './policy-error.ts';

type Condition = NonNullable<Statement['Condition']>;

/** The part of evaluate's Decision that decide must reproduce. */
function verdictOf(decision: Decision): Verdict {
  const { effect, reason, decidingStatement } = decision;
  return decidingStatement ? { effect, reason, decidingStatement } : { effect, reason };
}

/** A verdict, or the PolicyError thrown for an unknown operator (its message names policy, statement, operator). */
function outcome(run: () => Verdict): Verdict | { error: string } {
  try {
    return run();
  } catch (error) {
    if (error instanceof PolicyError) return { error: error.message };
    throw error;
  }
}

describe('decide agrees with evaluate on the bank presets', () => {
  it.each(bankRequestPresets.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
    const policies = effectivePolicies(bankUser(preset.userId) as User, bankRoles).map((n) => n.policy);
    const expected = verdictOf(evaluate(policies, preset.request));
    // Fresh array, then the same array again (compiled set cached), then a third time.
    expect(decide([...policies], preset.request)).toEqual(expected);
    expect(decide(policies, preset.request)).toEqual(expected);
    expect(decide(policies, preset.request)).toEqual(expected);
    expect(decide(policies, preset.request)).toEqual(expected);
    // evaluate itself is unaffected by the compiled caches.
    expect(verdictOf(evaluate(policies, preset.request))).toEqual(expected);
  });
});

const actionPattern = fc.constantFrom(
  '*',
  's3:*',
  's3:Get*',
  's3:GetObject',
  'iam:?reateUser',
  'S3:get*',
  'hr:*',
  'hr:Read*Record',
  'İ*',
);
const resourcePattern = fc.constantFrom(
  '*',
  'arn:aws:s3:::bucket/*',
  'arn:aws:s3:::bucket/key',
  'arn:aws:s3:::*',
  'arn:aws:s3:::bucket/?ey',
  'arn:bank:hr:::employee/${hr:Department}/*',
  'arn:bank:hr:::employee/${hr:Department}/E*1',
  'arn:bank:hr:::employee/${hr:Department}/E1',
  "arn:bank:hr:::employee/${hr:Missing, 'retail'}/*",
  "arn:bank:hr:::employee/${hr:Department, 'it'}/E1",
  'arn:bank:hr:::employee/${hr:Department}/*E1*1',
  'arn:bank:hr:::employee/${ hr:department }/*',
  'arn:bank:hr:::employee/${hr:Missing}/*',
  'arn:bank:hr:::employee/${*}/*',
  'arn:bank:hr:::employee/${constructor}*',
  'arn:bank:hr:::employee/${hr:Tags}/*',
  'arn:bank:hr:::employee/\ud83d*',
  'arn:bank:hr:::${}/*',
  'arn:bank:*:::employee/*/E1',
);
const knownBlock = fc.constantFrom<Condition>(
  { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '2001:db8::/32'] } },
  { NotIpAddress: { 'aws:SourceIp': '10.0.0.0/8' } },
  { Bool: { 'aws:MultiFactorAuthPresent': true } },
  { Bool: { 'aws:multifactorauthpresent': 'false' } },
  { StringEquals: { 'hr:Department': ['retail', 'hr'] } },
  { StringEquals: { 'hr:Department': '${hr:Team}' } },
  { StringEqualsIgnoreCase: { 'HR:DEPARTMENT': ['${hr:Location}', 'RETAIL'] } },
  { StringNotEquals: { 'hr:Department': ['${hr:Missing}', 'it'] } },
  { StringNotEquals: { 'hr:Department': 'retail' } },
  { StringLike: { 'hr:Team': ['pay*', '${hr:Department}*'] } },
  { StringNotLike: { 'hr:Tags': 'a*' } },
  { StringEquals: { 'hr:Tags': ['a', '${hr:Tags}'] } },
  { NumericLessThan: { 'bank:LocalHour': 18 }, NumericGreaterThanEquals: { 'bank:LocalHour': '8' } },
  { NumericNotEquals: { 'bank:LocalHour': [12, 13] } },
  { NumericEqualsIfExists: { 'hr:Clearance': 3 } },
  { StringLikeIfExists: { 'hr:Team': 'pay*' } },
  { DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' } },
  { DateGreaterThanEquals: { 'aws:CurrentTime': 1798761600 } },
  { Null: { 'hr:Team': true } },
  { Null: { 'hr:Team': ['false', 'maybe'] } },
  { IpAddress: { 'aws:SourceIp': 'not-an-ip' } },
  // The rest of the grammar (issue 14): set qualifiers, ARN operators, variables with defaults,
  // negated operators against a variable with no value.
  { 'ForAllValues:StringLike': { 'hr:Tags': ['a', 'b*'] } },
  { 'ForAllValues:StringNotEquals': { 'hr:Tags': 'a' } },
  { 'ForAnyValue:StringEquals': { 'hr:Tags': ['c', '${hr:Team}'] } },
  { 'ForAnyValue:StringNotLike': { 'hr:Tags': 'a*' } },
  { 'ForAllValues:StringEqualsIfExists': { 'hr:Tags': 'a' } },
  { 'ForAnyValue:NumericLessThanIfExists': { 'bank:LocalHour': 12 } },
  { 'ForAllValues:ArnLike': { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } },
  { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:${hr:Team}' } },
  { ArnNotLike: { 'aws:SourceArn': ['arn:aws:s3:::*', 'arn:aws:sns:*:*:${hr:Missing}'] } },
  { ArnNotEqualsIfExists: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:payroll' } },
  { StringEquals: { 'hr:Department': "${hr:Missing, 'retail'}" } },
  { StringLike: { 'hr:Team': "${hr:Location, 'pay'}*" } },
  { StringNotEquals: { 'hr:Department': '${hr:Missing}' } },
  { StringNotLike: { 'hr:Team': '${hr:Missing}*' } },
  { 'ForAnyValue:Bool': { 'aws:MultiFactorAuthPresent': true } },
);
// Unknown operators make both evaluate and decide throw the same PolicyError; kept rare so most
// runs compare verdicts.
const unknownBlock = fc.constantFrom<Condition>(
  { StringEqualz: { 'hr:Team': 'payroll' } },
  { NullIfExists: { 'hr:Team': true } },
  { 'ForAllValues:Null': { 'hr:Team': true } },
  { 'ForSomeValues:StringEquals': { 'hr:Team': 'payroll' } },
);
const conditionBlock = fc.oneof({ arbitrary: knownBlock, weight: 40 }, { arbitrary: unknownBlock, weight: 1 });

const statementOf = (effect: string): fc.Arbitrary<Statement> =>
  fc
    .record({
      sid: fc.option(fc.constantFrom('A', 'B', 'C'), { nil: undefined }),
      actionKeys: fc.constantFrom(['Action'], ['NotAction'], ['Action', 'NotAction'], []),
      actions: fc.oneof(fc.array(actionPattern, { minLength: 1, maxLength: 3 }), actionPattern),
      resourceKeys: fc.constantFrom(['Resource'], ['NotResource'], ['Resource', 'NotResource'], []),
      resources: fc.oneof(fc.array(resourcePattern, { minLength: 1, maxLength: 2 }), resourcePattern),
      conditions: fc.array(conditionBlock, { maxLength: 2 }),
    })
    .map(({ sid, actionKeys, actions, resourceKeys, resources, conditions }) => {
      const statement = { Effect: effect } as Statement;
      if (sid !== undefined) statement.Sid = sid;
      for (const key of actionKeys) (statement as unknown as Record<string, unknown>)[key] = actions;
      for (const key of resourceKeys) (statement as unknown as Record<string, unknown>)[key] = resources;
      if (conditions.length > 0) statement.Condition = Object.assign({}, ...conditions) as Condition;
      return statement;
    });

const anyStatement = fc.oneof(
  { arbitrary: statementOf('Allow'), weight: 5 },
  { arbitrary: statementOf('Deny'), weight: 3 },
  { arbitrary: statementOf('allow'), weight: 1 },
);
const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    version: fc.constantFrom('2012-10-17', '2012-10-17', '2008-10-17', undefined),
    statements: fc.oneof(fc.array(anyStatement, { minLength: 1, maxLength: 5 }), anyStatement),
  })
  .map(({ version, statements }) =>
    version === undefined ? { Statement: statements } : { Version: version, Statement: statements },
  );
const policiesArb = fc.array(policyArb, { maxLength: 4 });

const request: fc.Arbitrary<AccessRequest> = fc.record({
  action: fc.constantFrom(
    's3:GetObject',
    's3:getobject',
    's3:PutObject',
    'iam:CreateUser',
    'hr:ReadEmployeeRecord',
    'i̇x',
  ),
  resource: fc.constantFrom(
    'arn:aws:s3:::bucket/key',
    'arn:aws:s3:::other/x',
    'x-arn:aws:s3:::bucket/key',
    'arn:bank:hr:::employee/retail/E1',
    'arn:bank:hr:::employee/retail/E11',
    'arn:bank:hr:::employee/*/E1',
    'arn:bank:hr:::employee/\ud83d\ude00',
    'arn:bank:hr:::employee/constructorX',
    'arn:bank:hr:::/x',
  ),
  context: fc.record(
    {
      'aws:SourceIp': fc.constantFrom('10.1.2.3', '203.0.113.9', '2001:db8::1', 'garbage'),
      'aws:MultiFactorAuthPresent': fc.constantFrom(true, false, 'TRUE', 'no'),
      'hr:Department': fc.constantFrom('retail', 'hr', 'it', 'RETAIL', '*'),
      'bank:LocalHour': fc.constantFrom(0, 8, 12, 17, 18, 23, '9', 'noon'),
      'hr:Team': fc.constantFrom('payroll', 'recruiting', 'retail-ops'),
      'hr:Location': fc.constantFrom('retail', 'Retail', 'london'),
      'hr:Clearance': fc.constantFrom(3, '3', 4),
      'hr:Tags': fc.constantFrom(['a', 'b'], ['c'], [] as string[], 'a', ['a', 'payroll'], ['bx', 'a']),
      'aws:SourceArn': fc.constantFrom(
        'arn:aws:sns:us-east-1:123456789012:payroll',
        'arn:aws:sns:eu-west-1:123456789012:x',
        'arn:aws:s3:::bucket',
        'not-an-arn',
        ['arn:aws:sns:us-east-1:123456789012:a', 'arn:aws:sns:us-east-1:999999999999:a'],
      ),
      'aws:CurrentTime': fc.constantFrom('2026-11-27T10:00:00Z', '2027-06-01T00:00:00Z', 'yesterday'),
    },
    { requiredKeys: [] },
  ),
});

describe('decide agrees with evaluate on random policies and requests', () => {
  it('gives the same effect, reason and deciding statement (fresh and reused arrays)', () => {
    fc.assert(
      fc.property(policiesArb, fc.array(request, { minLength: 1, maxLength: 4 }), (policies, requests) => {
        for (const req of requests) {
          const expected = outcome(() => verdictOf(evaluate(policies, req)));
          expect(outcome(() => decide([...policies], req))).toEqual(expected);
          expect(outcome(() => decide(policies, req))).toEqual(expected);
          expect(outcome(() => decide(policies, req))).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same answer for arbitrary action, resource and context', () => {
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.array(fc.string()),
    );
    fc.assert(
      fc.property(
        policiesArb,
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary' }),
        fc.dictionary(fc.string(), value),
        (policies, action, resource, context) => {
          const req = { action, resource, context: context as AccessRequest['context'] & object };
          const expected = outcome(() => verdictOf(evaluate(policies, req)));
          expect(outcome(() => decide(policies, req))).toEqual(expected);
          expect(outcome(() => decide(policies, req))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('notices when the policies array itself changes between calls', () => {
    const allow: Policy = { Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } };
    const deny: Policy = { Statement: { Sid: 'No', Effect: 'Deny', Action: 's3:Delete*', Resource: '*' } };
    const policies = [allow];
    const req = { action: 's3:DeleteObject', resource: 'arn:aws:s3:::b/k' };
    expect(decide(policies, req).reason).toBe('allowed');
    expect(decide(policies, req).reason).toBe('allowed');
    policies.push(deny);
    expect(decide(policies, req)).toEqual(verdictOf(evaluate(policies, req)));
    expect(decide(policies, req).reason).toBe('explicit-deny');
    policies[1] = allow;
    expect(decide(policies, req)).toEqual({
      effect: 'Allow',
      reason: 'allowed',
      decidingStatement: { policyIndex: 0, statementIndex: 0 },
    });
  });

  it('tolerates malformed input like evaluate does', () => {
    const odd = [
      null,
      3,
      'x',
      { Statement: null },
      { Statement: [null, [], { Effect: 'Allow', Action: '*', Resource: '*' }] },
    ];
    for (const policies of [odd, undefined, null, 'nope']) {
      for (const req of [{ action: 'a', resource: 'b' }, undefined, { action: 5, resource: null }]) {
        const p = policies as unknown as Policy[];
        const r = req as unknown as AccessRequest;
        expect(decide(p, r)).toEqual(verdictOf(evaluate(p, r)));
      }
    }
  });
});

describe('decide: resource fast paths, exhaustively', () => {
  const patterns = fc.sample(resourcePattern, 400).filter((p, i, all) => all.indexOf(p) === i);
  const resources = fc.sample(request, 400).map((r) => r.resource);
  const contexts = [
    {},
    { 'hr:Department': 'retail' },
    { 'hr:department': '*' },
    { 'hr:Department': 'it', 'hr:Tags': 'x' },
  ];
  it('matches Resource and NotResource exactly as evaluate does', () => {
    for (const pattern of patterns) {
      for (const key of ['Resource', 'NotResource']) {
        const policy = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', [key]: pattern } } as Policy;
        for (const resource of new Set(resources)) {
          for (const context of contexts) {
            const req = { action: 'a', resource, context };
            expect(decide([policy], req), `${key} ${pattern} vs ${resource}`).toEqual(
              verdictOf(evaluate([policy], req)),
            );
          }
        }
      }
    }
  });
});
