/**
 * The rest of the identity-policy grammar (issue 14), each case taken from the IAM User Guide's
 * own examples and checked through parsePolicy, evaluate and decide (which must agree).
 */
import { describe, expect, it } from 'vitest';
import type { AccessRequest, Decision, Policy } from './types.ts';
import { evaluate } from './policy-eval.ts';
import { decide, type Verdict } from './policy-compile.ts';
import { parsePolicy } from './policy-parse.ts';
import { PolicyError } from './policy-error.ts';
import { traceEntries } from './trace.ts';
import { iamGrammarPreset } from './iam-presets.ts';
import { badInputs } from '../../../tests/support/bad-inputs.ts';

function verdictOf(decision: Decision): Verdict {
  const { effect, reason, decidingStatement } = decision;
  return decidingStatement ? { effect, reason, decidingStatement } : { effect, reason };
}

/** Parses the policy text (so the grammar is accepted), then evaluates and decides; both must agree. */
function run(policyText: string, request: AccessRequest): Decision {
  const policies = [parsePolicy(policyText)];
  const decision = evaluate(policies, request);
  expect(decide(policies, request)).toEqual(verdictOf(decision));
  return decision;
}

/** A policy of one statement that applies to every action and resource, guarded by `condition`. */
function guarded(effect: 'Allow' | 'Deny', condition: object, sid = 'S'): string {
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Sid: sid, Effect: effect, Action: '*', Resource: '*', Condition: condition }],
  });
}

const request = (context: AccessRequest['context']): AccessRequest => ({
  action: 'iam:TagUser',
  resource: 'arn:aws:iam::123456789012:user/alice',
  ...(context === undefined ? {} : { context }),
});

// "Single-valued vs. multivalued context keys", set operators ForAllValues and ForAnyValue, with
// their tables of request contexts and results,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
// (read 2026-12-04): ForAllValues is true when every request value matches a policy value, and
// also "if there are no context keys in the request"; ForAnyValue needs at least one match and
// is false when the key is missing.
describe('ForAllValues / ForAnyValue on aws:TagKeys (the guide’s Key1/Key2 tables)', () => {
  const allValues = guarded('Allow', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['Key1', 'Key2'] } });
  const anyValue = guarded('Allow', { 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['Key1', 'Key2'] } });
  it.each([
    [['Key1'], 'Allow', 'Allow'],
    [['Key1', 'Key2'], 'Allow', 'Allow'],
    [['Key1', 'Key3'], 'Deny', 'Allow'],
    [['Key3'], 'Deny', 'Deny'],
    [[], 'Allow', 'Deny'],
    [undefined, 'Allow', 'Deny'],
  ] as const)('aws:TagKeys = %j: ForAllValues %s, ForAnyValue %s', (tags, forAll, forAny) => {
    const context = tags === undefined ? {} : { 'aws:TagKeys': [...tags] };
    expect(run(allValues, request(context)).effect).toBe(forAll);
    expect(run(anyValue, request(context)).effect).toBe(forAny);
  });

  it('explains a missing key for each qualifier', () => {
    const [all] = traceEntries(run(allValues, request({})));
    expect(all?.conditions[0]?.reason).toBe(
      'aws:TagKeys is not in the request context; ForAllValues is true when there are no values to check, so ForAllValues:StringEquals is true',
    );
    const [any] = traceEntries(run(anyValue, request({})));
    expect(any?.conditions[0]?.reason).toBe(
      'aws:TagKeys is not in the request context; ForAnyValue needs at least one value, so ForAnyValue:StringEquals is false',
    );
  });

  it('IfExists on a qualified operator makes a missing key match', () => {
    const policy = guarded('Allow', { 'ForAnyValue:StringEqualsIfExists': { 'aws:TagKeys': 'Key1' } });
    expect(run(policy, request({})).effect).toBe('Allow');
    expect(run(policy, request({ 'aws:TagKeys': ['Key3'] })).effect).toBe('Deny');
  });
});

// "Multivalued context key examples", Example: Deny policy with condition set operator
// ForAllValues (DenyRestrictedTags, ForAllValues:StringNotLike "key1*") and its table,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition_examples-multi-valued-context-keys.html
// (read 2026-12-04).
describe('DenyRestrictedTags: ForAllValues:StringNotLike (a negated operator with a qualifier)', () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowTagging', Effect: 'Allow', Action: 'iam:Tag*', Resource: '*' },
      {
        Sid: 'DenyRestrictedTags',
        Effect: 'Deny',
        Action: ['iam:Tag*', 'iam:UnTag*'],
        Resource: ['*'],
        Condition: { 'ForAllValues:StringNotLike': { 'aws:TagKeys': 'key1*' } },
      },
    ],
  });
  it.each([
    [['key1:legal'], 'allowed'],
    [['key1:hr', 'key1:personnel'], 'allowed'],
    [['key2:audit'], 'explicit-deny'],
    [undefined, 'explicit-deny'],
  ] as const)('aws:TagKeys = %j gives %s', (tags, reason) => {
    const context = tags === undefined ? {} : { 'aws:TagKeys': [...tags] };
    expect(run(policy, request(context)).reason).toBe(reason);
  });

  it('ForAnyValue:StringNotLike needs one value that is not like the pattern', () => {
    const any = guarded('Deny', { 'ForAnyValue:StringNotLike': { 'aws:TagKeys': 'key1*' } });
    expect(run(any, request({ 'aws:TagKeys': ['key1:a', 'key2:b'] })).reason).toBe('explicit-deny');
    expect(run(any, request({ 'aws:TagKeys': ['key1:a'] })).reason).toBe('implicit-deny');
    expect(run(any, request({})).reason).toBe('implicit-deny');
  });

  it('a qualifier works on every operator family, e.g. ForAllValues:NumericLessThan', () => {
    const numeric = guarded('Allow', { 'ForAllValues:NumericLessThan': { 'test:Sizes': 10 } });
    expect(run(numeric, request({ 'test:Sizes': ['1', '9'] })).effect).toBe('Allow');
    expect(run(numeric, request({ 'test:Sizes': ['1', '10'] })).effect).toBe('Deny');
    // A value that cannot be read as a number satisfies nothing.
    expect(run(numeric, request({ 'test:Sizes': ['1', 'ten'] })).effect).toBe('Deny');
  });
});

// "IAM JSON policy elements: Condition operators", ARN condition operators,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN
// (read 2026-12-04): the guide's example requires aws:SourceArn to be a given SNS topic;
// "Each of the six colon-delimited components of the ARN is checked separately";
// ArnEquals and ArnLike behave identically.
describe('ArnEquals, ArnLike, ArnNotEquals, ArnNotLike', () => {
  const topic = 'arn:aws:sns:us-east-1:123456789012:TOPIC-ID';
  it.each(['ArnEquals', 'ArnLike'])('%s on aws:SourceArn matches the topic, part by part', (operator) => {
    const policy = guarded('Allow', { [operator]: { 'aws:SourceArn': topic } });
    expect(run(policy, request({ 'aws:SourceArn': topic })).effect).toBe('Allow');
    expect(run(policy, request({ 'aws:SourceArn': topic.replace('us-east-1', 'eu-west-1') })).effect).toBe('Deny');
    // Case-sensitive, and a value that is not an ARN never matches.
    expect(run(policy, request({ 'aws:SourceArn': topic.toLowerCase() })).effect).toBe('Deny');
    expect(run(policy, request({ 'aws:SourceArn': 'TOPIC-ID' })).effect).toBe('Deny');
  });

  it('a * stays inside its part: it cannot swallow the account id', () => {
    const policy = guarded('Allow', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } });
    expect(run(policy, request({ 'aws:SourceArn': topic })).effect).toBe('Allow');
    // With StringLike this would match, the * running over "us-east-1:999999999999".
    const crossing = 'arn:aws:sns:us-east-1:999999999999:123456789012:x';
    expect(run(policy, request({ 'aws:SourceArn': crossing })).effect).toBe('Deny');
    const asString = guarded('Allow', { StringLike: { 'aws:SourceArn': 'arn:aws:sns:*:123456789012:*' } });
    expect(run(asString, request({ 'aws:SourceArn': crossing })).effect).toBe('Allow');
  });

  it.each(['ArnNotEquals', 'ArnNotLike'])('%s is true when no value matches, and when the key is missing', (op) => {
    const policy = guarded('Deny', { [op]: { 'aws:SourceArn': ['arn:aws:sns:*:123456789012:*', 'arn:aws:s3:::*'] } });
    expect(run(policy, request({ 'aws:SourceArn': topic })).reason).toBe('implicit-deny');
    expect(run(policy, request({ 'aws:SourceArn': 'arn:aws:sqs:us-east-1:123456789012:q' })).reason).toBe(
      'explicit-deny',
    );
    expect(run(policy, request({})).reason).toBe('explicit-deny');
  });

  it('ARN values may use policy variables and set qualifiers', () => {
    const policy = guarded('Allow', {
      'ForAllValues:ArnLike': { 'aws:SourceArn': 'arn:aws:sns:*:${aws:PrincipalAccount}:*' },
    });
    const context = { 'aws:PrincipalAccount': '123456789012' };
    expect(run(policy, request({ ...context, 'aws:SourceArn': [topic, topic.replace('TOPIC', 'T2')] })).effect).toBe(
      'Allow',
    );
    expect(run(policy, request({ ...context, 'aws:SourceArn': [topic, 'arn:aws:sns:x:1:y'] })).effect).toBe('Deny');
  });

  it('parsePolicy rejects an ARN value without six parts', () => {
    expect(() => parsePolicy(guarded('Allow', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns' } }))).toThrow(PolicyError);
  });
});

// "IAM policy elements: Variables and tags", Specifying default values,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values
// (read 2026-12-04): "surround the default value with single quotes (' '), and separate the
// variable text and the default value with a comma and space (, )".
describe("policy variables with a default value: ${aws:PrincipalTag/team, 'company-wide'}", () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'TeamFolder',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: "arn:aws:s3:::amzn-s3-demo-bucket/${aws:PrincipalTag/team, 'company-wide'}/*",
      },
      {
        Sid: 'TeamPrefix',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
        Condition: { StringEquals: { 's3:prefix': "${aws:PrincipalTag/team, 'company-wide'}" } },
      },
    ],
  });
  const get = (key: string, context: AccessRequest['context']): AccessRequest => ({
    action: 's3:GetObject',
    resource: `arn:aws:s3:::amzn-s3-demo-bucket/${key}`,
    ...(context === undefined ? {} : { context }),
  });

  it('uses the tag when the principal has it', () => {
    expect(run(policy, get('payroll/q1.csv', { 'aws:PrincipalTag/team': 'payroll' })).effect).toBe('Allow');
    expect(run(policy, get('company-wide/q1.csv', { 'aws:PrincipalTag/team': 'payroll' })).effect).toBe('Deny');
  });

  it('falls back to the default when the tag is missing', () => {
    expect(run(policy, get('company-wide/handbook.pdf', {})).effect).toBe('Allow');
    expect(run(policy, get('payroll/q1.csv', {})).effect).toBe('Deny');
    const list = { action: 's3:ListBucket', resource: 'arn:aws:s3:::amzn-s3-demo-bucket' };
    expect(run(policy, { ...list, context: { 's3:prefix': 'company-wide' } }).effect).toBe('Allow');
    expect(
      run(policy, { ...list, context: { 's3:prefix': 'payroll', 'aws:PrincipalTag/team': 'payroll' } }).effect,
    ).toBe('Allow');
  });

  it('shows the expanded default in the trace', () => {
    const [entry] = traceEntries(run(policy, get('company-wide/handbook.pdf', {})));
    expect(entry?.resource.reason).toContain('(= "arn:aws:s3:::amzn-s3-demo-bucket/company-wide/*")');
  });
});

// "IAM policy elements: Variables and tags", Policy variables with no value,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
// (read 2026-12-04): a variable whose key has no value is effectively null; StringEquals or
// StringLike do not match it, while inverted operators such as StringNotEquals or StringNotLike
// do, "as the value of the condition key they are testing against is not equal to or like the
// effectively null value".
describe('a negated operator against a policy variable with no value', () => {
  const guardrail = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'ReadRecords', Effect: 'Allow', Action: 'hr:ReadEmployeeRecord', Resource: '*' },
      {
        Sid: 'DenyOtherDepartmentsRecords',
        Effect: 'Deny',
        Action: 'hr:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'hr:ResourceDepartment': '${hr:Department}' } },
      },
    ],
  });
  const read = (context: AccessRequest['context']): AccessRequest => ({
    action: 'hr:ReadEmployeeRecord',
    resource: 'arn:bank:hr:::employee/retail/E1',
    ...(context === undefined ? {} : { context }),
  });

  it('guardrail DenyOtherDepartmentsRecords fails closed: a user with no department is denied', () => {
    const decision = run(guardrail, read({ 'hr:ResourceDepartment': 'retail' }));
    expect(decision.reason).toBe('explicit-deny');
    expect(decision.decidingStatement?.sid).toBe('DenyOtherDepartmentsRecords');
    expect(traceEntries(decision)[1]?.conditions[0]?.reason).toBe(
      'hr:ResourceDepartment = "retail" does not satisfy "equals "${hr:Department}" (its policy variable is missing from the context)" (a policy variable with no value is null, which nothing equals), so the negated operator StringNotEquals is true',
    );
  });

  it('guardrail DenyOtherDepartmentsRecords still lets a user read their own department', () => {
    expect(run(guardrail, read({ 'hr:ResourceDepartment': 'retail', 'hr:Department': 'retail' })).reason).toBe(
      'allowed',
    );
    expect(run(guardrail, read({ 'hr:ResourceDepartment': 'retail', 'hr:Department': 'it' })).reason).toBe(
      'explicit-deny',
    );
  });

  it('StringNotLike holds and StringEquals / StringLike do not', () => {
    const context = { 'test:Key': 'anything' };
    expect(run(guarded('Allow', { StringNotLike: { 'test:Key': '${test:Missing}*' } }), request(context)).effect).toBe(
      'Allow',
    );
    expect(run(guarded('Allow', { StringEquals: { 'test:Key': '${test:Missing}' } }), request(context)).effect).toBe(
      'Deny',
    );
    expect(run(guarded('Allow', { StringLike: { 'test:Key': '${test:Missing}*' } }), request(context)).effect).toBe(
      'Deny',
    );
  });
});

describe('an operator the engine does not know is refused, never treated as false', () => {
  // Built without parsePolicy (which refuses it too): a Deny guardrail with a typo.
  const policies: Policy[] = [
    { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } },
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Fine', Effect: 'Deny', Action: 'hr:DeleteEmployeeRecord', Resource: '*' },
        {
          Sid: 'DenyOutsideCorporateNetwork',
          Effect: 'Deny',
          Action: '*',
          Resource: '*',
          Condition: { NotIpAdress: { 'aws:SourceIp': '10.0.0.0/8' } },
        },
      ],
    },
  ];
  const req = { action: 's3:GetObject', resource: 'x', context: { 'aws:SourceIp': '203.0.113.9' } };

  it.each([
    ['evaluate', () => evaluate(policies, req)],
    ['decide', () => decide(policies, req)],
    ['decide (again, cached array)', () => decide(policies, req)],
  ])('%s throws a PolicyError naming the policy, statement and operator', (_name, call) => {
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toMatchObject({
      path: 'policies[1].Statement[1].Condition.NotIpAdress',
      received: 'the unknown operator "NotIpAdress" in statement 1 (Sid "DenyOutsideCorporateNetwork") of policy 1',
      // Line and column of the operator in JSON.stringify(policies[1], null, 2).
      line: 16,
      column: 9,
    });
  });

  it('parsePolicy refuses qualified Null and unknown qualifiers, and suggests the right case', () => {
    expect(() => parsePolicy(guarded('Allow', { 'ForAllValues:Null': { a: 'true' } }))).toThrow(PolicyError);
    expect(() => parsePolicy(guarded('Allow', { 'ForSomeValues:StringEquals': { a: 'x' } }))).toThrow(PolicyError);
    expect(() => parsePolicy(guarded('Allow', { 'forallvalues:stringlike': { a: 'x' } }))).toThrow(
      expect.objectContaining({ hint: 'Operator names are case-sensitive: did you mean "ForAllValues:StringLike"?' }),
    );
  });
});

describe('the IfExists preset’s claim', () => {
  it('a plain Bool instead of BoolIfExists lets a request without the MFA key through', () => {
    const preset = iamGrammarPreset('ifexists-access-keys-without-mfa-key');
    if (!preset) throw new Error('preset missing');
    expect(evaluate([preset.policy], preset.request).reason).toBe('explicit-deny');
    const plain = JSON.parse(JSON.stringify(preset.policy).replace('"BoolIfExists"', '"Bool"')) as Policy;
    expect(evaluate([plain], preset.request).reason).toBe('allowed');
  });
});

describe('bad inputs against the new grammar', () => {
  const policy = JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowAll', Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Sid: 'Guard',
        Effect: 'Deny',
        Action: '*',
        Resource: "arn:aws:s3:::b/${test:Team, 'shared'}/*",
        Condition: {
          'ForAllValues:StringLike': { 'test:Tags': ['a*', '${test:Team}'] },
          'ForAnyValue:ArnNotLike': { 'test:Arn': 'arn:aws:sns:*:123456789012:*' },
          StringNotEqualsIfExists: { 'test:Team': "${test:Owner, 'nobody'}" },
        },
      },
    ],
  });

  it('every bad text as a context value, a list item, a variable value or a resource gives a clear decision', () => {
    const policies = [parsePolicy(policy)];
    for (const bad of [...badInputs('text'), ...badInputs('numbers'), ...badInputs('json')]) {
      for (const context of [
        { 'test:Tags': [bad], 'test:Arn': bad, 'test:Team': bad },
        { 'test:Tags': ['a1', bad], 'test:Arn': [bad, 'arn:aws:sns:x:1:y'], 'test:Owner': bad },
      ]) {
        const req = { action: 's3:GetObject', resource: `arn:aws:s3:::b/${bad}/k`, context };
        const decision = evaluate(policies, req);
        expect(['allowed', 'explicit-deny']).toContain(decision.reason);
        expect(decide(policies, req)).toEqual(verdictOf(decision));
        // Reasons never leak a JavaScript artefact (unless the input itself spelt one).
        if (/undefined|NaN|\[object/.test(bad)) continue;
        for (const entry of traceEntries(decision)) {
          for (const c of entry.conditions) expect(c.reason).not.toMatch(/undefined|NaN|\[object/);
        }
      }
    }
  });
});
