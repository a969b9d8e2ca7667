/**
 * Evaluation of a statement's `Condition` block, IAM style:
 * - every operator, and every key under it, must match (AND);
 * - several values under one key match if any one matches (OR);
 * - a key missing from the context makes a positive operator false, a negated operator
 *   (StringNotEquals, StringNotLike, NumericNotEquals, DateNotEquals, NotIpAddress…) true,
 *   and any `...IfExists` operator true — exactly IAM's documented rule;
 * - a multi-valued context key matches a positive operator when any of its values does;
 *   a negated operator is true when none of them does;
 * - a present key whose value cannot be read as the operator's type (e.g. "abc" for
 *   NumericLessThan) makes the condition false whichever the operator, as IAM does.
 */
import type { ConditionScalar, ConditionTrace, Statement } from './types.ts';
import type { ContextReader, ContextValue } from './context.ts';
import { describePattern, formatValue } from './context.ts';
import { readBool, readDate, readNumber } from './condition-values.ts';
import { lookupOperator, expectedValue, type OperatorSpec } from './condition-operators.ts';
import { cidrContains, parseCidr, parseIp, type Cidr, type ParsedIp } from './ip.ts';
import { compilePattern, matchTokens, tokensToText, type PatternToken, type VariableResolver } from './wildcard.ts';

export function isScalar(value: unknown): value is ConditionScalar {
  return (
    typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))
  );
}

/** Reads one context value as the operator's type; null when it cannot be read. */
export function readContextItem(spec: OperatorSpec, item: string | number | boolean): unknown {
  switch (spec.family) {
    case 'numeric':
      return readNumber(item);
    case 'date':
      return readDate(item);
    case 'bool':
      return readBool(item);
    case 'ip':
      return typeof item === 'string' ? parseIp(item) : null;
    default:
      return String(item);
  }
}

/** Reads one policy value as the operator's type (a compiled pattern for strings); null when unusable. */
export function readPolicyItem(
  spec: OperatorSpec,
  value: ConditionScalar,
  resolve: VariableResolver | undefined,
): unknown {
  switch (spec.family) {
    case 'numeric':
      return readNumber(value);
    case 'date':
      return readDate(value);
    case 'bool':
      return readBool(value);
    case 'ip':
      return typeof value === 'string' ? parseCidr(value) : null;
    default:
      return compilePattern(String(value), { wildcards: spec.like === true, resolve });
  }
}

/** Applies the operator's positive relation to one context item and one policy item. */
export function testItem(spec: OperatorSpec, contextItem: unknown, policyItem: unknown): boolean {
  switch (spec.family) {
    case 'numeric':
    case 'date':
      return spec.compare?.(contextItem as number, policyItem as number) ?? false;
    case 'bool':
      return contextItem === policyItem;
    case 'ip':
      return cidrContains(policyItem as Cidr, contextItem as ParsedIp);
    default: {
      const tokens = policyItem as PatternToken[];
      const text = contextItem as string;
      if (spec.like) return matchTokens(tokens, text, spec.ignoreCase === true);
      const wanted = tokensToText(tokens);
      return spec.ignoreCase ? wanted.toLowerCase() === text.toLowerCase() : wanted === text;
    }
  }
}

function missingKey(operator: string, key: string, ifExists: boolean, spec: OperatorSpec): [boolean, string] {
  if (ifExists) return [true, `${key} is not in the request context; ${operator} treats a missing key as a match`];
  if (spec.negated) {
    return [true, `${key} is not in the request context; as in IAM, the negated operator ${operator} is then true`];
  }
  return [false, `${key} is not in the request context, so ${operator} is false`];
}

function presentKey(
  operator: string,
  key: string,
  spec: OperatorSpec,
  contextValue: ContextValue,
  values: ConditionScalar[],
  resolve: VariableResolver | undefined,
): [boolean, string] {
  const shown = `${key} = ${formatValue(contextValue)}`;
  const items = (Array.isArray(contextValue) ? contextValue : [contextValue]).map((v) => readContextItem(spec, v));
  const readable = items.filter((v) => v !== null);
  if (readable.length === 0) {
    return [false, `${shown} is not ${expectedValue(spec.family)}, so ${operator} is false`];
  }
  const policyItems = values.map((v) => readPolicyItem(spec, v, resolve));
  const usable = values.filter((_, i) => policyItems[i] !== null);
  if (usable.length === 0) {
    return [
      false,
      `none of the policy values ${formatValue(values)} can be used (invalid, or an unresolved policy variable), so ${operator} is false`,
    ];
  }
  const hit = values.findIndex(
    (_, i) => policyItems[i] !== null && readable.some((c) => testItem(spec, c, policyItems[i])),
  );
  // String values may use policy variables: show what they expanded to.
  const show = (v: ConditionScalar): string =>
    spec.family === 'string' ? describePattern(String(v), resolve) : formatValue(v);
  const wanted =
    usable.length === 1
      ? `${spec.relation} ${show(usable[0] as ConditionScalar)}`
      : `${spec.relation} any of [${usable.map(show).join(', ')}]`;
  if (hit >= 0) {
    const because = `${shown} ${spec.relation} ${show(values[hit] as ConditionScalar)}`;
    return spec.negated ? [false, `${because}, so the negated operator ${operator} is false`] : [true, because];
  }
  const because = `${shown} does not satisfy "${wanted}"`;
  return spec.negated ? [true, `${because}, so the negated operator ${operator} is true`] : [false, because];
}

function nullOperator(
  key: string,
  contextValue: ContextValue | undefined,
  values: ConditionScalar[],
): [boolean, string] {
  const present = contextValue !== undefined;
  const wanted = values.map(readBool).filter((b) => b !== null);
  const matched = wanted.some((isNull) => isNull === !present);
  const state = present ? `${key} is present` : `${key} is missing`;
  return [matched, `${state}; Null ${formatValue(wanted)} ${matched ? 'is satisfied' : 'is not satisfied'}`];
}

/**
 * Evaluates every (operator, key) pair of a Condition block against the request context.
 * `variables` enables `${key}` policy variables in string values (policy Version 2012-10-17).
 * An unknown operator yields a non-matching entry instead of an exception, so evaluate()
 * never throws; parsePolicy rejects such policies up front.
 */
export function evaluateConditions(
  condition: Statement['Condition'] | undefined,
  context: ContextReader,
  variables: boolean,
): ConditionTrace[] {
  const traces: ConditionTrace[] = [];
  if (condition === null || typeof condition !== 'object') return traces;
  for (const operator of Object.keys(condition)) {
    const block: unknown = condition[operator];
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const key of Object.keys(block)) {
      const raw: unknown = (block as Record<string, unknown>)[key];
      const values = (Array.isArray(raw) ? raw : [raw]).filter(isScalar);
      const contextValue = context.get(key);
      const ref = lookupOperator(operator);
      let outcome: [boolean, string];
      if (!ref) outcome = [false, `unknown condition operator ${operator}, so the condition cannot match`];
      else if (ref.spec.family === 'null') outcome = nullOperator(key, contextValue, values);
      else if (contextValue === undefined) outcome = missingKey(operator, key, ref.ifExists, ref.spec);
      else outcome = presentKey(operator, key, ref.spec, contextValue, values, variables ? context.resolve : undefined);
      traces.push({ operator, key, values, contextValue, matched: outcome[0], reason: outcome[1] });
    }
  }
  return traces;
}
