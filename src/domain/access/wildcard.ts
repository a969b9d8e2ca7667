/**
 * IAM-style wildcard matching (`*` = any run of characters, `?` = exactly one character)
 * and policy-variable expansion (`${aws:username}`), shared by Action, Resource and the
 * StringLike condition operators.
 *
 * Patterns are compiled to tokens instead of regular expressions so that text substituted
 * from a policy variable stays literal (a department named `*` must not become a
 * wildcard) and so that matching can never backtrack catastrophically.
 */

/** One compiled pattern element. */
export type PatternToken = { kind: 'char'; ch: string } | { kind: 'star' } | { kind: 'one' };

/** Looks up a policy variable; returns undefined when it cannot be resolved. */
export type VariableResolver = (name: string) => string | undefined;

/** IAM's escapes for characters that would otherwise be special: `${*}`, `${?}`, `${$}`. */
const ESCAPES: Readonly<Record<string, string>> = { '*': '*', '?': '?', $: '$' };

function literal(text: string): PatternToken[] {
  return Array.from(text, (ch) => ({ kind: 'char', ch }));
}

const DEFAULT_VALUE = /^([^,]*?)\s*,\s*'([^']*)'$/;

/**
 * Splits the inside of a policy variable into its name and its default value, if any:
 * `aws:PrincipalTag/team, 'company-wide'` gives the name `aws:PrincipalTag/team` and the default
 * `company-wide`. "To add a default value to a variable, surround the default value with single
 * quotes (' '), and separate the variable text and the default value with a comma and space (, )."
 * (IAM User Guide, "IAM policy elements: Variables and tags", Specifying default values,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-default-values,
 * read 2026-12-04.) The default is used, as literal text, when the key has no value in the request.
 */
export function splitDefault(inner: string): { name: string; fallback: string | undefined } {
  const text = inner.trim();
  const m = DEFAULT_VALUE.exec(text);
  return m ? { name: (m[1] as string).trim(), fallback: m[2] as string } : { name: text, fallback: undefined };
}

/**
 * Compiles a pattern. With `wildcards` false, `*` and `?` are ordinary characters (as in
 * StringEquals). With a `resolve` function, `${name}` is replaced by the variable's value
 * as literal text; without one, `${...}` is literal, as IAM does for policies whose Version
 * is not 2012-10-17. `${name, 'default'}` falls back to its default (see splitDefault). Returns
 * null when a variable without a default cannot be resolved: IAM then treats the value as null,
 * which nothing equals.
 */
export function compilePattern(
  pattern: string,
  options: { wildcards: boolean; resolve?: VariableResolver | undefined },
): PatternToken[] | null {
  const tokens: PatternToken[] = [];
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    if (options.resolve && ch === '$' && chars[i + 1] === '{') {
      const close = chars.indexOf('}', i + 2);
      if (close > i + 2) {
        const { name, fallback } = splitDefault(chars.slice(i + 2, close).join(''));
        const escaped = ESCAPES[name];
        const value = escaped ?? options.resolve(name) ?? fallback;
        if (value === undefined) return null;
        // A loop, not push(...spread): a long context value must not overflow the call stack.
        for (const token of literal(value)) tokens.push(token);
        i = close;
        continue;
      }
    }
    if (options.wildcards && ch === '*') tokens.push({ kind: 'star' });
    else if (options.wildcards && ch === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'char', ch });
  }
  return tokens;
}

function sameChar(a: string, b: string, ignoreCase: boolean): boolean {
  return a === b || (ignoreCase && a.toLowerCase() === b.toLowerCase());
}

/**
 * Matches compiled tokens against text, one Unicode code point at a time. The classic
 * greedy algorithm with a single backtrack point: linear space, O(pattern × text) time.
 */
export function matchTokens(tokens: readonly PatternToken[], text: string, ignoreCase = false): boolean {
  const chars = Array.from(text);
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < chars.length) {
    const token = tokens[p];
    const ch = chars[t] as string;
    if (token && (token.kind === 'one' || (token.kind === 'char' && sameChar(token.ch, ch, ignoreCase)))) {
      p += 1;
      t += 1;
    } else if (token?.kind === 'star') {
      starP = p;
      starT = t;
      p += 1;
    } else if (starP >= 0) {
      // Let the last star swallow one more character and retry from there.
      p = starP + 1;
      starT += 1;
      t = starT;
    } else {
      return false;
    }
  }
  while (tokens[p]?.kind === 'star') p += 1;
  return p === tokens.length;
}

/** Convenience: does `text` match the wildcard `pattern` (`*`, `?`), without policy variables? */
export function wildcardMatch(pattern: string, text: string, options: { ignoreCase?: boolean } = {}): boolean {
  const tokens = compilePattern(pattern, { wildcards: true });
  return tokens !== null && matchTokens(tokens, text, options.ignoreCase ?? false);
}

/** Turns wildcard-free tokens back into text (used by StringEquals with policy variables). */
export function tokensToText(tokens: readonly PatternToken[]): string {
  return tokens.map((t) => (t.kind === 'char' ? t.ch : t.kind === 'star' ? '*' : '?')).join('');
}
