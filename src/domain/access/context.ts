/**
 * Reading condition keys from a request context. IAM condition key names are
 * case-insensitive (`aws:SourceIP` and `aws:SourceIp` are the same key), so lookups go
 * through a lower-cased index built once per evaluation.
 */
import type { AccessRequest } from './types.ts';
import { compilePattern, tokensToText, type VariableResolver } from './wildcard.ts';

/** A value stored under one context key. */
export type ContextValue = string | number | boolean | string[];

/** Case-insensitive access to a request context. */
export interface ContextReader {
  /** The value under `key` (any letter case), or undefined when the key is missing. */
  get(key: string): ContextValue | undefined;
  /** Resolves a policy variable such as `${hr:Department}`; multi-valued keys do not resolve, as in IAM. */
  resolve: VariableResolver;
}

function isContextValue(value: unknown): value is ContextValue {
  if (typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Builds a reader over `context`. Only own keys are read (never the prototype chain), and
 * values of an unexpected type count as missing. When two keys differ only in letter case,
 * the first one in the object's key order wins.
 */
export function createContextReader(context: AccessRequest['context']): ContextReader {
  const index = new Map<string, ContextValue>();
  if (context !== null && typeof context === 'object') {
    for (const key of Object.keys(context)) {
      const value: unknown = (context as Record<string, unknown>)[key];
      const folded = key.toLowerCase();
      if (isContextValue(value) && !index.has(folded)) index.set(folded, value);
    }
  }
  const get = (key: string): ContextValue | undefined => index.get(key.toLowerCase());
  return {
    get,
    resolve: (name) => {
      const value = get(name);
      return value === undefined || Array.isArray(value) ? undefined : String(value);
    },
  };
}

/** Formats a value for a human-readable trace line, shortening very long text. */
export function formatValue(value: unknown): string {
  const text = Array.isArray(value)
    ? `[${value.map(formatValue).join(', ')}]`
    : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Formats a policy pattern for a trace line and, when it uses policy variables, shows what
 * it expanded to in this request: `"arn:…/${hr:Department}/*" (= "arn:…/retail/*")`.
 */
export function describePattern(pattern: string, resolve?: VariableResolver): string {
  const shown = formatValue(pattern);
  if (!resolve || !pattern.includes('${')) return shown;
  const tokens = compilePattern(pattern, { wildcards: true, resolve });
  return tokens
    ? `${shown} (= ${formatValue(tokensToText(tokens))})`
    : `${shown} (its policy variable is missing from the context)`;
}

/** Formats a list of patterns like formatValue does, expanding policy variables as describePattern does. */
export function describePatterns(patterns: readonly string[], resolve?: VariableResolver): string {
  return `[${patterns.map((p) => describePattern(p, resolve)).join(', ')}]`;
}
