import { describe, expect, it } from 'vitest';
import type { Policy, Statement } from './types.ts';
import { evaluate } from './policy-eval.ts';
import { explainDecision, isTraceEntry, traceEntries } from './trace.ts';

const policy = (...statements: Statement[]): Policy => ({ Version: '2012-10-17', Statement: statements });
const allowAll: Statement = { Sid: 'AllowAll', Effect: 'Allow', Action: '*', Resource: '*' };

describe('Action matching', () => {
  it('ignores letter case and supports wildcards', () => {
    const p = policy({ Effect: 'Allow', Action: 's3:get*', Resource: '*' });
    expect(evaluate([p], { action: 'S3:GetObject', resource: 'x' }).effect).toBe('Allow');
    expect(evaluate([p], { action: 's3:PutObject', resource: 'x' }).effect).toBe('Deny');
  });

  it('supports ? for one character', () => {
    const p = policy({ Effect: 'Allow', Action: 'iam:?etUser', Resource: '*' });
    expect(evaluate([p], { action: 'iam:GetUser', resource: 'x' }).effect).toBe('Allow');
    expect(evaluate([p], { action: 'iam:ListUser', resource: 'x' }).effect).toBe('Deny');
  });

  it('matches a list if any entry matches', () => {
    const p = policy({ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: '*' });
    expect(evaluate([p], { action: 's3:ListBucket', resource: 'x' }).effect).toBe('Allow');
  });
});

describe('Resource matching', () => {
  it('is case-sensitive', () => {
    const p = policy({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::Bucket/*' });
    expect(evaluate([p], { action: 's3:GetObject', resource: 'arn:aws:s3:::Bucket/a' }).effect).toBe('Allow');
    expect(evaluate([p], { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/a' }).effect).toBe('Deny');
  });

  it('expands policy variables in 2012-10-17 policies only', () => {
    const statement: Statement = { Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::home/${aws:username}/*' };
    const request = {
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::home/amelia/cv.pdf',
      context: { 'aws:username': 'amelia' },
    };
    expect(evaluate([policy(statement)], request).effect).toBe('Allow');
    expect(evaluate([{ Version: '2008-10-17', Statement: statement }], request).effect).toBe('Deny');
    expect(evaluate([{ Statement: statement }], request).effect).toBe('Deny');
  });
});

describe('NotAction and NotResource', () => {
  it('NotAction covers every action except those listed', () => {
    const p = policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
    expect(evaluate([p], { action: 's3:GetObject', resource: 'x' }).effect).toBe('Allow');
    expect(evaluate([p], { action: 'iam:CreateUser', resource: 'x' }).reason).toBe('implicit-deny');
  });

  it('NotResource in a Deny protects everything but the listed resources', () => {
    const p = policy(allowAll, {
      Sid: 'OnlyPublic',
      Effect: 'Deny',
      Action: 's3:*',
      NotResource: 'arn:aws:s3:::public/*',
    });
    expect(evaluate([p], { action: 's3:GetObject', resource: 'arn:aws:s3:::private/x' }).reason).toBe('explicit-deny');
    expect(evaluate([p], { action: 's3:GetObject', resource: 'arn:aws:s3:::public/x' }).reason).toBe('allowed');
  });

  it('explains NotAction in the trace', () => {
    const p = policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' });
    const [entry] = traceEntries(evaluate([p], { action: 'iam:CreateUser', resource: 'x' }));
    expect(entry?.action).toEqual({
      matched: false,
      reason: 'action "iam:CreateUser" is excluded by NotAction "iam:*"',
    });
  });
});

describe('decision rules', () => {
  const deny: Statement = { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' };
  const request = { action: 's3:DeleteObject', resource: 'arn:aws:s3:::b/k' };

  it('an explicit Deny wins whatever the order of statements or policies', () => {
    for (const policies of [
      [policy(allowAll, deny)],
      [policy(deny, allowAll)],
      [policy(allowAll), policy(deny)],
      [policy(deny), policy(allowAll)],
    ]) {
      expect(evaluate(policies, request).reason).toBe('explicit-deny');
    }
  });

  it('records which statement decided', () => {
    expect(evaluate([policy(allowAll), policy(deny)], request)).toMatchObject({
      effect: 'Deny',
      reason: 'explicit-deny',
      decidingStatement: { policyIndex: 1, statementIndex: 0, sid: 'NoDelete' },
    });
    expect(evaluate([policy(allowAll)], request)).toMatchObject({
      effect: 'Allow',
      reason: 'allowed',
      decidingStatement: { policyIndex: 0, statementIndex: 0, sid: 'AllowAll' },
    });
  });

  it('denies implicitly when nothing applies, with no deciding statement', () => {
    const decision = evaluate([], request);
    expect(decision).toEqual({ effect: 'Deny', reason: 'implicit-deny', trace: [] });
    expect(explainDecision(decision)).toBe(
      'Denied implicitly: no statement allows this request, and IAM denies by default.',
    );
  });

  it('accepts a single statement object', () => {
    expect(evaluate([{ Statement: allowAll }], request).reason).toBe('allowed');
  });
});

describe('trace', () => {
  const deny: Statement = { Sid: 'NoDelete', Effect: 'Deny', Action: 's3:DeleteObject', Resource: '*' };
  const decision = evaluate([policy(allowAll, deny, { Effect: 'Allow', Action: 'ec2:*', Resource: '*' })], {
    action: 's3:DeleteObject',
    resource: 'r',
  });
  const entries = traceEntries(decision);

  it('has one entry per statement, with index, Sid and verdicts', () => {
    expect(entries).toHaveLength(3);
    expect(entries.map((e) => [e.statementIndex, e.sid, e.applies, e.decisive])).toEqual([
      [0, 'AllowAll', true, false],
      [1, 'NoDelete', true, true],
      [2, undefined, false, false],
    ]);
    expect(entries.every(isTraceEntry)).toBe(true);
    expect(isTraceEntry({})).toBe(false);
    expect(isTraceEntry(null)).toBe(false);
  });

  it('summarises each statement in words', () => {
    expect(entries.map((e) => e.summary)).toEqual([
      'Applies: Allow, but an explicit Deny overrides it.',
      'Applies: explicit Deny. A Deny always wins, so this statement decides the request.',
      'Does not apply: action did not match.',
    ]);
    expect(entries[2]?.action.reason).toBe('action "s3:DeleteObject" matches none of Action ["ec2:*"]');
    expect(explainDecision(decision)).toBe(
      'Denied: statement 1 (NoDelete) of policy 0 is an explicit Deny, and an explicit Deny overrides any Allow.',
    );
  });
});

describe('robustness without parsePolicy', () => {
  it('never throws on malformed policies and lets nothing malformed apply', () => {
    const garbage = [
      { Statement: null },
      { Statement: [null, 42, 'x'] },
      { Statement: { Effect: 'allow', Action: '*', Resource: '*' } },
      { Statement: { Effect: 'Allow', Action: '*', NotAction: 'x:y', Resource: '*' } },
      { Statement: { Effect: 'Allow', Resource: '*' } },
      { Statement: { Effect: 'Allow', Action: 42, Resource: '*' } },
      {
        Statement: {
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { IpAddress: { 'aws:SourceIp': 'not-a-cidr' } },
        },
      },
      null,
    ] as unknown as Policy[];
    const decision = evaluate(garbage, {
      action: 's3:GetObject',
      resource: 'r',
      context: { 'aws:SourceIp': '10.0.0.1' },
    });
    expect(decision.reason).toBe('implicit-deny');
    expect(traceEntries(decision).map((e) => e.summary)).toEqual([
      'Does not apply: its Effect is neither "Allow" nor "Deny".',
      'Does not apply: action did not match.',
      'Does not apply: action did not match.',
      'Does not apply: action did not match.',
      'Does not apply: 1 condition did not match.',
    ]);
  });

  it('tolerates a request with missing fields', () => {
    expect(evaluate([policy(allowAll)], {} as never).reason).toBe('allowed');
  });
});
