import { describe, expect, it } from 'vitest';
import { compilePattern, matchTokens, tokensToText, wildcardMatch } from './wildcard.ts';

describe('wildcardMatch', () => {
  it.each([
    ['s3:Get*', 's3:GetObject', true],
    ['s3:Get*', 's3:PutObject', false],
    ['*', '', true],
    ['*', 'anything at all', true],
    ['a?c', 'abc', true],
    ['a?c', 'ac', false],
    ['a?c', 'abbc', false],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYY', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/a/b.txt', true],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket', false],
    ['arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket2/x', false],
    ['exact', 'exact', true],
    ['exact', 'exactly', false],
    ['', '', true],
    ['', 'x', false],
  ])('%s vs %s → %s', (pattern, text, expected) => {
    expect(wildcardMatch(pattern, text)).toBe(expected);
  });

  it('is case-sensitive unless asked otherwise (actions ignore case, resources do not)', () => {
    expect(wildcardMatch('S3:get*', 's3:GetObject')).toBe(false);
    expect(wildcardMatch('S3:get*', 's3:GetObject', { ignoreCase: true })).toBe(true);
  });

  it('treats ? as one Unicode code point', () => {
    expect(wildcardMatch('a?b', 'a😀b')).toBe(true);
  });

  it('stays fast on a pattern that makes naive regex engines backtrack', () => {
    // A test may read the wall clock to guard against runaway backtracking; the domain may not.
    // eslint-disable-next-line no-restricted-globals, no-restricted-properties
    const started = performance.now();
    expect(wildcardMatch('a*a*a*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    // eslint-disable-next-line no-restricted-globals, no-restricted-properties
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('compilePattern with policy variables', () => {
  const variables = new Map([
    ['hr:Department', 'retail'],
    ['weird', '*'],
  ]);
  const resolve = (name: string): string | undefined => variables.get(name);

  it('substitutes a variable as literal text', () => {
    const tokens = compilePattern('employee/${hr:Department}/*', { wildcards: true, resolve });
    expect(tokens && matchTokens(tokens, 'employee/retail/E1')).toBe(true);
    expect(tokens && matchTokens(tokens, 'employee/corporate/E1')).toBe(false);
  });

  it('never turns a substituted * into a wildcard', () => {
    const tokens = compilePattern('x/${weird}', { wildcards: true, resolve });
    expect(tokens && matchTokens(tokens, 'x/*')).toBe(true);
    expect(tokens && matchTokens(tokens, 'x/anything')).toBe(false);
  });

  it('returns null for an unresolved variable and keeps ${...} literal without a resolver', () => {
    expect(compilePattern('${nope}', { wildcards: true, resolve })).toBeNull();
    expect(tokensToText(compilePattern('${nope}', { wildcards: true }) ?? [])).toBe('${nope}');
  });

  it('supports the ${*}, ${?} and ${$} escapes', () => {
    const tokens = compilePattern('a${*}b${?}${$}', { wildcards: true, resolve });
    expect(tokens && tokensToText(tokens)).toBe('a*b?$');
    expect(tokens && matchTokens(tokens, 'a*b?$')).toBe(true);
    expect(tokens && matchTokens(tokens, 'aXbY$')).toBe(false);
  });

  it('keeps * literal when wildcards are off (StringEquals)', () => {
    const tokens = compilePattern('a*', { wildcards: false });
    expect(tokens && matchTokens(tokens, 'a*')).toBe(true);
    expect(tokens && matchTokens(tokens, 'abc')).toBe(false);
  });
});
