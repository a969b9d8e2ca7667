import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicy } from './policy-parse.ts';
import { PolicyError } from './policy-error.ts';

/** Parses and returns the PolicyError, failing the test if anything else happens. */
function errorOf(text: string): PolicyError {
  try {
    parsePolicy(text);
  } catch (error) {
    expect(error).toBeInstanceOf(PolicyError);
    return error as PolicyError;
  }
  throw new Error(`expected a PolicyError for ${text.slice(0, 40)}`);
}

const valid = (statement: Record<string, unknown>): string =>
  JSON.stringify({ Version: '2012-10-17', Statement: [statement] });

describe('inputs that must throw PolicyError', () => {
  it.each([
    ['', '$', 1, 1],
    ['{', '$', 1, 2],
    ['[]', '$', 1, 1],
    ['null', '$', 1, 1],
    ['42', '$', 1, 1],
    ['"str"', '$', 1, 1],
    ['{"Statement": null}', '$.Statement', 1, 2],
    ['{"Statement": [{}]}', '$.Statement[0].Effect', 1, 16],
    ['{"Statement": []}', '$.Statement', 1, 2],
    ['{"__proto__": {"polluted": true}}', '$.Statement', 1, 1],
    ['{"constructor": {"prototype": {"polluted": true}}}', '$.Statement', 1, 1],
  ])('%j → %s at line %i, column %i', (text, path, line, column) => {
    expect(errorOf(text)).toMatchObject({ name: 'PolicyError', path, line, column });
  });

  it('survives 10,000 "[" without a stack overflow', () => {
    expect(errorOf('['.repeat(10000))).toMatchObject({ path: '$', line: 1, column: 10001, expected: 'valid JSON' });
  });

  it('survives deep but valid nesting', () => {
    expect(errorOf(`${'['.repeat(100000)}${']'.repeat(100000)}`)).toMatchObject({
      path: '$',
      received: 'an array of 1',
    });
  });

  it('rejects a non-string argument', () => {
    expect(errorOf(undefined as unknown as string)).toMatchObject({ path: '$', received: 'a value of type undefined' });
  });
});

describe('error messages and positions', () => {
  it('reports a syntax error with its line and column', () => {
    const error = errorOf('{\n  "Statement": [\n    {"Effect" "Allow"}\n  ]\n}');
    expect(error).toMatchObject({ line: 3, column: 15, expected: 'valid JSON' });
    expect(error.message).toMatch(
      /^\$\.Statement\[0\]\.Effect \(line 3, column 15\): expected valid JSON, received a syntax error/,
    );
  });

  it('rejects a lowercase Effect and says why', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "allow", "Action": "s3:*", "Resource": "*" }\n  ]\n}';
    const error = errorOf(text);
    expect(error).toMatchObject({
      path: '$.Statement[0].Effect',
      line: 4,
      column: 7,
      expected: '"Allow" or "Deny"',
      received: 'the string "allow"',
    });
    expect(error.message).toBe(
      '$.Statement[0].Effect (line 4, column 7): expected "Allow" or "Deny", received the string "allow". IAM requires exactly "Allow" or "Deny", with a capital letter.',
    );
  });

  it('rejects Action 42', () => {
    expect(errorOf(valid({ Effect: 'Allow', Action: 42, Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Action',
      received: 'the number 42',
    });
  });

  it('rejects both Action and NotAction, and neither', () => {
    expect(errorOf(valid({ Effect: 'Allow', Action: 's3:x', NotAction: 's3:y', Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].NotAction',
      expected: 'exactly one of Action or NotAction',
      received: 'both Action and NotAction',
    });
    expect(errorOf(valid({ Effect: 'Allow', Resource: '*' }))).toMatchObject({
      path: '$.Statement[0]',
      received: 'neither',
    });
  });

  it('rejects both or neither of Resource/NotResource', () => {
    expect(errorOf(valid({ Effect: 'Allow', Action: '*', Resource: '*', NotResource: '*' }))).toMatchObject({
      path: '$.Statement[0].NotResource',
    });
    expect(errorOf(valid({ Effect: 'Allow', Action: '*' }))).toMatchObject({
      path: '$.Statement[0]',
      expected: 'a Resource or NotResource element',
    });
  });

  it('rejects malformed action names and resources', () => {
    expect(errorOf(valid({ Effect: 'Allow', Action: 's3GetObject', Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Action',
    });
    expect(errorOf(valid({ Effect: 'Allow', Action: ['s3:Get*', ''], Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Action[1]',
    });
    expect(errorOf(valid({ Effect: 'Allow', Action: [], Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Action',
      received: 'an empty array',
    });
    expect(errorOf(valid({ Effect: 'Allow', Action: '*', Resource: 'bucket/*' }))).toMatchObject({
      path: '$.Statement[0].Resource',
    });
  });

  it('rejects an unknown operator, suggesting the right spelling', () => {
    const error = errorOf(
      valid({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { stringequals: { a: 'x' } } }),
    );
    expect(error).toMatchObject({
      path: '$.Statement[0].Condition.stringequals',
      hint: 'Operator names are case-sensitive: did you mean "StringEquals"?',
    });
    const nullIfExists = errorOf(
      valid({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { NullIfExists: { a: true } } }),
    );
    expect(nullIfExists).toMatchObject({ path: '$.Statement[0].Condition.NullIfExists' });
    expect(nullIfExists.hint).toMatch(/^Known operators: StringEquals, /);
    expect(
      errorOf(valid({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { boolifexists: { a: true } } })).hint,
    ).toBe('Operator names are case-sensitive: did you mean "BoolIfExists"?');
  });

  it('points at the operator of a bad condition block and at the key of a bad value', () => {
    const text = JSON.stringify(
      {
        Statement: [
          { Effect: 'Allow', Action: '*', Resource: '*' },
          { Effect: 'Allow', Action: '*', Resource: '*', Condition: { NumericLessThan: {} } },
        ],
      },
      null,
      2,
    );
    expect(errorOf(text)).toMatchObject({
      path: '$.Statement[1].Condition.NumericLessThan',
      line: 13,
      column: 9,
      received: 'an empty object',
    });
    const bad = errorOf(
      valid({
        Effect: 'Allow',
        Action: '*',
        Resource: '*',
        Condition: { NumericLessThan: { 'bank:LocalHour': 'six' } },
      }),
    );
    expect(bad).toMatchObject({
      path: '$.Statement[0].Condition.NumericLessThan["bank:LocalHour"]',
      received: 'the string "six"',
    });
  });

  it('rejects an invalid CIDR at parse time (so it can never silently fail to match)', () => {
    const error = errorOf(
      valid({
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { NotIpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '10.0.0.0/33'] } },
      }),
    );
    expect(error).toMatchObject({
      path: '$.Statement[0].Condition.NotIpAddress["aws:SourceIp"][1]',
      received: 'the string "10.0.0.0/33"',
    });
  });

  it('rejects invalid dates and booleans', () => {
    expect(
      errorOf(
        valid({
          Effect: 'Allow',
          Action: '*',
          Resource: '*',
          Condition: { DateLessThan: { 'aws:CurrentTime': 'next week' } },
        }),
      ),
    ).toMatchObject({
      path: '$.Statement[0].Condition.DateLessThan["aws:CurrentTime"]',
    });
    expect(
      errorOf(
        valid({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'yes' } } }),
      ),
    ).toMatchObject({
      path: '$.Statement[0].Condition.Bool["aws:SecureTransport"]',
    });
  });

  it('rejects unknown elements, a bad Version, a non-string Sid', () => {
    expect(errorOf('{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}, "Statment": 1}')).toMatchObject({
      path: '$.Statment',
      received: 'an unknown element "Statment"',
    });
    expect(errorOf(valid({ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Principal',
    });
    expect(
      errorOf('{"Version": "2024-01-01", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}'),
    ).toMatchObject({ path: '$.Version' });
    expect(errorOf(valid({ Sid: 7, Effect: 'Allow', Action: '*', Resource: '*' }))).toMatchObject({
      path: '$.Statement[0].Sid',
    });
  });

  it('counts lines across CRLF line endings', () => {
    expect(errorOf('{\r\n"Statement": {\r\n"Effect": "Permit", "Action": "*", "Resource": "*"}}')).toMatchObject({
      line: 3,
      column: 1,
    });
  });
});

describe('prototype pollution', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('never pollutes Object.prototype, even when the policy is otherwise valid', () => {
    errorOf('{"__proto__": {"polluted": true}}');
    errorOf('{"constructor": {"prototype": {"polluted": true}}}');
    const policy = parsePolicy(
      '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"StringEquals": {"__proto__": "x"}}}}',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
    expect(
      Object.keys((policy.Statement as { Condition: Record<string, object> }).Condition['StringEquals'] ?? {}),
    ).toEqual(['__proto__']);
  });
});

describe('valid policies', () => {
  it('returns a clean copy with only known elements', () => {
    const text =
      '{"Version": "2012-10-17", "Id": "doc-1", "Statement": {"Sid": "S", "Effect": "Allow", "Action": ["s3:Get*"], "Resource": "*", "Condition": {"IpAddressIfExists": {"aws:SourceIp": "10.0.0.0/8"}}}}';
    expect(parsePolicy(text)).toEqual({
      Version: '2012-10-17',
      Statement: {
        Effect: 'Allow',
        Sid: 'S',
        Action: ['s3:Get*'],
        Resource: '*',
        Condition: { IpAddressIfExists: { 'aws:SourceIp': '10.0.0.0/8' } },
      },
    });
  });

  it('accepts every operator with a value of its type', () => {
    const condition = {
      StringEquals: { a: 'x' },
      StringNotLike: { a: ['x*', 'y?'] },
      NumericLessThan: { n: '5' },
      DateGreaterThan: { t: 1700000000 },
      Bool: { b: 'true' },
      IpAddress: { ip: ['10.0.0.0/8', '2001:db8::/32', '::1'] },
      Null: { z: false },
    };
    expect(() =>
      parsePolicy(valid({ Effect: 'Allow', Action: '*', Resource: '*', Condition: condition })),
    ).not.toThrow();
  });
});
