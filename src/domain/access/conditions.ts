/**
 * Evaluation of a statement's `Condition` block, IAM style:
 * - every operator, and every key under it, must match (AND);
 * - several values under one key match if any one matches (OR); for a negated operator
 *   (StringNotEquals, NotIpAddress, ArnNotLike…) the condition holds when none matches (NOR);
 * - a key missing from the context makes a positive operator false, a negated operator true,
 *   and any `...IfExists` operator true: exactly IAM's documented rule;
 * - a multi-valued context key matches a positive operator when any of its values does;
 *   a negated operator is true when none of them does;
 * - `ForAllValues:` holds when every context value satisfies the operator (and when the key is
 *   missing or empty); `ForAnyValue:` when at least one does (false when missing or empty);
 * - a policy variable with no value (and no default) is a null value that nothing equals or is
 *   like: positive operators are false on it, negated ones true;
 * - a present key whose value cannot be read as the operator's type (e.g. "abc" for
 *   NumericLessThan) makes the condition false whichever the operator, as IAM does;
 * - an operator name the engine does not know throws a PolicyError: it must never make a Deny
 *   silently not apply.
 *
 * Sources (IAM User Guide, read 2026-12-04):
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 *   (a missing key: "the condition is false … If the policy condition requires that the key is not
 *   matched, such as StringNotLike or ArnNotLike, and the right key is not present, the condition is true");
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 *   ("If a single negated matching condition operator includes multiple values for a context key,
 *   those values are evaluated using a logical NOR");
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *   and .../reference_policies_condition_examples-multi-valued-context-keys.html (set operators:
 *   "The ForAllValues set operator also returns true if there are no context keys in the request");
 * - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html#policy-vars-no-value
 *   (a variable with no value is effectively null: StringEquals/StringLike do not match it,
 *   inverted operators such as StringNotEquals/StringNotLike do).
 */
import type { ConditionScalar, ConditionTrace, Statement } from './types.ts';
import type { ContextReader, ContextValue } from './context.ts';
import { describePattern, formatValue } from './context.ts';
import { readBool, readDate, readNumber } from './condition-values.ts';
import { lookupOperator, expectedValue, type OperatorRef, type OperatorSpec } from './condition-operators.ts';
import { cidrContains, parseCidr, parseIp, type Cidr, type ParsedIp } from './ip.ts';
import { compilePattern, matchTokens, tokensToText, type PatternToken, type VariableResolver } from './wildcard.ts';
import { arnMatches, compileArnPattern, splitArn, type ArnPattern } from './arn.ts';
import { PolicyError } from './policy-error.ts';
import { formatPath, lineColumn, locateJson, positionOf, type PathSegment } from './json-locate.ts';

/**
 * A policy value whose policy variable has no value in this request (and no default): IAM treats
 * it as null, which no context value equals or is like (so negated operators hold against it).
 */
export const NO_VALUE: unique symbol = Symbol('no value');

/**
 * The error evaluate() and decide() throw for an operator they do not know (only possible for a
 * policy that did not go through parsePolicy): treating it as false would let a Deny silently not
 * apply. The path names the policy, the statement and the operator; line and column point into
 * the policy as `JSON.stringify(policy, null, 2)` prints it (1:1 when it cannot be printed).
 */
export function unknownOperatorError(
  policy: unknown,
  policyIndex: number,
  statement: Statement,
  statementIndex: number,
  operator: string,
): PolicyError {
  const raw: unknown = (policy as { Statement?: unknown } | null)?.Statement;
  const listed = Array.isArray(raw);
  const rawIndex = listed ? raw.indexOf(statement) : -1;
  const segments: PathSegment[] = listed
    ? ['Statement', rawIndex >= 0 ? rawIndex : statementIndex, 'Condition', operator]
    : ['Statement', 'Condition', operator];
  let where = { line: 1, column: 1 };
  try {
    const text = JSON.stringify(policy, null, 2);
    if (typeof text === 'string') where = lineColumn(text, positionOf(locateJson(text), segments));
  } catch {
    // A cyclic policy or one holding a BigInt cannot be printed: keep line 1, column 1.
  }
  const sid = typeof statement.Sid === 'string' ? ` (Sid ${JSON.stringify(statement.Sid)})` : '';
  return new PolicyError({
    path: `policies[${policyIndex}]${formatPath(segments).slice(1)}`,
    line: where.line,
    column: where.column,
    expected: 'a known condition operator',
    received: `the unknown operator ${JSON.stringify(operator)} in statement ${statementIndex}${sid} of policy ${policyIndex}`,
    hint: 'An operator the engine does not know is refused rather than treated as false, so a Deny can never silently not apply; parsePolicy reports it with a suggestion.',
  });
}

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
    case 'arn':
      return typeof item === 'string' ? splitArn(item) : null;
    default:
      return String(item);
  }
}

/**
 * Reads one policy value as the operator's type (a compiled pattern for strings and ARNs); null
 * when unusable (an invalid value, only possible without parsePolicy), {@link NO_VALUE} when a
 * policy variable in it has no value in this request.
 */
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
    case 'arn': {
      const pattern = typeof value === 'string' ? compileArnPattern(value, resolve) : null;
      return pattern === 'unresolved' ? NO_VALUE : pattern;
    }
    default:
      return compilePattern(String(value), { wildcards: spec.like === true, resolve }) ?? NO_VALUE;
  }
}

/**
 * Applies the operator's positive relation to one context item and one policy item. A string
 * policy item is already-expanded text for string equality (the compiled path); NO_VALUE never matches.
 */
export function testItem(spec: OperatorSpec, contextItem: unknown, policyItem: unknown): boolean {
  if (policyItem === NO_VALUE || policyItem === null) return false;
  switch (spec.family) {
    case 'numeric':
    case 'date':
      return spec.compare?.(contextItem as number, policyItem as number) ?? false;
    case 'bool':
      return contextItem === policyItem;
    case 'ip':
      return cidrContains(policyItem as Cidr, contextItem as ParsedIp);
    case 'arn':
      return arnMatches(policyItem as ArnPattern, contextItem as string[]);
    default: {
      const text = contextItem as string;
      if (typeof policyItem === 'string') {
        return spec.ignoreCase ? policyItem.toLowerCase() === text.toLowerCase() : policyItem === text;
      }
      const tokens = policyItem as PatternToken[];
      if (spec.like) return matchTokens(tokens, text, spec.ignoreCase === true);
      const wanted = tokensToText(tokens);
      return spec.ignoreCase ? wanted.toLowerCase() === text.toLowerCase() : wanted === text;
    }
  }
}

/** The context value as a list of raw items (a single value is a list of one). */
function contextItems(contextValue: ContextValue): (string | number | boolean)[] {
  return Array.isArray(contextValue) ? contextValue : [contextValue];
}

/** True for a missing key, and (with a set qualifier) for a key whose value is an empty list. */
function absent(ref: OperatorRef, contextValue: ContextValue | undefined): boolean {
  return contextValue === undefined || (ref.qualifier !== undefined && contextItems(contextValue).length === 0);
}

/**
 * The outcome for an absent key: IfExists matches; ForAllValues is true, ForAnyValue false; else
 * negated ones hold. IfExists wins over a qualifier, as the guide states it for every ...IfExists
 * operator ("If the key is not present, evaluate the condition element as true", condition
 * operators page, read 2026-12-04). The guide gives no example of ForAnyValue:...IfExists on a
 * missing key; one third-party simulator (iam.cloudcopilot.io) reads it as false instead.
 */
function whenAbsent(ref: OperatorRef): boolean {
  if (ref.ifExists) return true;
  if (ref.qualifier !== undefined) return ref.qualifier === 'ForAllValues';
  return ref.spec.negated;
}

/** Does one readable context item satisfy the operator: some policy value matches it (none, when negated)? */
function itemSatisfies(spec: OperatorSpec, item: unknown, policyItems: readonly unknown[]): boolean {
  let hit = false;
  for (const policyItem of policyItems) {
    if (testItem(spec, item, policyItem)) {
      hit = true;
      break;
    }
  }
  return spec.negated ? !hit : hit;
}

/**
 * The verdict of one (operator, key) condition that is not Null, shared by evaluate() and decide()
 * so both always agree. `policyItems` come from readPolicyItem (or the compiled equivalent).
 */
export function conditionHolds(
  ref: OperatorRef,
  contextValue: ContextValue | undefined,
  policyItems: () => readonly unknown[],
): boolean {
  if (absent(ref, contextValue)) return whenAbsent(ref);
  const { spec, qualifier } = ref;
  const items = contextItems(contextValue as ContextValue).map((v) => readContextItem(spec, v));
  const policy = policyItems();
  if (!policy.some((p) => p !== null)) return false;
  if (qualifier === undefined) {
    const readable = items.filter((v) => v !== null);
    if (readable.length === 0) return false;
    const hit = readable.some((c) => policy.some((p) => testItem(spec, c, p)));
    return spec.negated ? !hit : hit;
  }
  // A value that cannot be read as the operator's type satisfies nothing.
  const satisfied = (c: unknown): boolean => c !== null && itemSatisfies(spec, c, policy);
  return qualifier === 'ForAllValues' ? items.every(satisfied) : items.some(satisfied);
}

function missingKey(operator: string, key: string, ref: OperatorRef, empty: boolean): [boolean, string] {
  const matched = whenAbsent(ref);
  const state = empty ? `${key} is an empty list` : `${key} is not in the request context`;
  if (ref.ifExists) return [true, `${state}; ${operator} treats a missing key as a match`];
  if (ref.qualifier === 'ForAllValues') {
    return [true, `${state}; ForAllValues is true when there are no values to check, so ${operator} is true`];
  }
  if (ref.qualifier === 'ForAnyValue') {
    return [false, `${state}; ForAnyValue needs at least one value, so ${operator} is false`];
  }
  if (matched) return [true, `${state}; as in IAM, the negated operator ${operator} is then true`];
  return [false, `${state}, so ${operator} is false`];
}

function presentKey(
  operator: string,
  key: string,
  ref: OperatorRef,
  contextValue: ContextValue,
  values: ConditionScalar[],
  resolve: VariableResolver | undefined,
): [boolean, string] {
  const { spec, qualifier } = ref;
  const shown = `${key} = ${formatValue(contextValue)}`;
  const raw = contextItems(contextValue);
  const items = raw.map((v) => readContextItem(spec, v));
  const readable = items.filter((v) => v !== null);
  const policyItems = values.map((v) => readPolicyItem(spec, v, resolve));
  const matched = conditionHolds(ref, contextValue, () => policyItems);
  if (qualifier === undefined && readable.length === 0) {
    return [false, `${shown} is not ${expectedValue(spec.family)}, so ${operator} is false`];
  }
  const usable = values.filter((_, i) => policyItems[i] !== null);
  if (usable.length === 0) {
    return [false, `none of the policy values ${formatValue(values)} can be used (invalid), so ${operator} is false`];
  }
  // String and ARN values may use policy variables: show what they expanded to.
  const show = (v: ConditionScalar): string =>
    spec.family === 'string' || spec.family === 'arn' ? describePattern(String(v), resolve) : formatValue(v);
  const wanted =
    usable.length === 1
      ? `${spec.relation} ${show(usable[0] as ConditionScalar)}`
      : `${spec.relation} any of [${usable.map(show).join(', ')}]`;
  if (qualifier !== undefined) {
    const test = spec.negated ? `does not satisfy "${wanted}"` : `satisfies "${wanted}"`;
    const failing = raw.filter((_, i) => !(items[i] !== null && itemSatisfies(spec, items[i], policyItems)));
    if (qualifier === 'ForAllValues') {
      return matched
        ? [true, `${shown}: every value ${test}, so ${operator} is true`]
        : [
            false,
            `${shown}: ${formatValue(failing[0])} fails the test (each value must be one that ${test}), so ${operator} is false`,
          ];
    }
    const passing = raw.filter((_, i) => items[i] !== null && itemSatisfies(spec, items[i], policyItems));
    return matched
      ? [true, `${shown}: ${formatValue(passing[0])} ${test}, so ${operator} is true`]
      : [false, `${shown}: no value ${test}, so ${operator} is false`];
  }
  const hit = values.findIndex((_, i) => readable.some((c) => testItem(spec, c, policyItems[i])));
  if (hit >= 0) {
    const because = `${shown} ${spec.relation} ${show(values[hit] as ConditionScalar)}`;
    return matched ? [true, because] : [false, `${because}, so the negated operator ${operator} is false`];
  }
  const because = `${shown} does not satisfy "${wanted}"`;
  const noValue = policyItems.some((p) => p === NO_VALUE)
    ? ' (a policy variable with no value is null, which nothing equals)'
    : '';
  return matched
    ? [true, `${because}${noValue}, so the negated operator ${operator} is true`]
    : [false, `${because}${noValue}`];
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
 * `variables` enables `${key}` policy variables in string and ARN values (policy Version
 * 2012-10-17). An unknown operator throws the PolicyError built by `refuse(operator)`.
 */
export function evaluateConditions(
  condition: Statement['Condition'] | undefined,
  context: ContextReader,
  variables: boolean,
  refuse: (operator: string) => PolicyError,
): ConditionTrace[] {
  const traces: ConditionTrace[] = [];
  if (condition === null || typeof condition !== 'object') return traces;
  for (const operator of Object.keys(condition)) {
    const ref = lookupOperator(operator);
    if (!ref) throw refuse(operator);
    const block: unknown = condition[operator];
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const key of Object.keys(block)) {
      const raw: unknown = (block as Record<string, unknown>)[key];
      const values = (Array.isArray(raw) ? raw : [raw]).filter(isScalar);
      const contextValue = context.get(key);
      let outcome: [boolean, string];
      if (ref.spec.family === 'null') outcome = nullOperator(key, contextValue, values);
      else if (absent(ref, contextValue)) outcome = missingKey(operator, key, ref, contextValue !== undefined);
      else
        outcome = presentKey(
          operator,
          key,
          ref,
          contextValue as ContextValue,
          values,
          variables ? context.resolve : undefined,
        );
      traces.push({ operator, key, values, contextValue, matched: outcome[0], reason: outcome[1] });
    }
  }
  return traces;
}
