/**
 * ARN matching for the Arn* condition operators. An ARN has six colon-separated parts,
 * `arn:partition:service:region:account-id:resource`; the sixth, the resource, runs to the end
 * and may itself hold colons. Each part of the policy value is matched against the same part of
 * the request's ARN on its own, with `*` and `?` as wildcards inside that part (IAM User Guide,
 * "IAM JSON policy elements: Condition operators", ARN condition operators, read 2026-12-04).
 */
import { compilePattern, matchTokens, type PatternToken, type VariableResolver } from './wildcard.ts';

const PARTS = 6;

/** Splits a request ARN into its six parts, or null when it has fewer than five colons. */
export function splitArn(text: string): string[] | null {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < PARTS - 1; i += 1) {
    const colon = text.indexOf(':', start);
    if (colon < 0) return null;
    parts.push(text.slice(start, colon));
    start = colon + 1;
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * Splits a policy ARN pattern into six parts, never splitting inside a `${...}` policy variable
 * (`${aws:username}` holds a colon); null when it has fewer than six parts.
 */
export function splitArnPattern(pattern: string): string[] | null {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] as string;
    if (ch === '$' && pattern[i + 1] === '{') {
      const close = pattern.indexOf('}', i + 2);
      if (close > i + 1) {
        current += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    }
    if (ch === ':' && parts.length < PARTS - 1) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.length === PARTS ? parts : null;
}

/** A compiled ARN pattern: one token list per part. */
export type ArnPattern = PatternToken[][];

/**
 * Compiles a policy ARN pattern. Returns null when it is not six parts, and 'unresolved' when a
 * policy variable in it has no value in the request (IAM then treats the value as null: it
 * matches no ARN).
 */
export function compileArnPattern(
  pattern: string,
  resolve: VariableResolver | undefined,
): ArnPattern | null | 'unresolved' {
  const parts = splitArnPattern(pattern);
  if (!parts) return null;
  const compiled: ArnPattern = [];
  for (const part of parts) {
    const tokens = compilePattern(part, { wildcards: true, resolve });
    if (!tokens) return 'unresolved';
    compiled.push(tokens);
  }
  return compiled;
}

/** Does the request ARN (already split) match the compiled pattern, part by part, case-sensitively? */
export function arnMatches(pattern: ArnPattern, arn: readonly string[]): boolean {
  return pattern.every((tokens, i) => matchTokens(tokens, arn[i] ?? '', false));
}
