/**
 * Compiled policies for fast decisions. Each Policy object is compiled once (cached in a
 * WeakMap keyed by the object) into per-statement matchers: Action patterns tokenised once,
 * Resource patterns with exact/prefix fast paths, condition keys, numbers, dates and CIDRs
 * parsed once. Identical Resource lists and (operator, key, values) conditions are shared
 * between statements and policies, and each is evaluated at most once per decision.
 * The statements whose Action can match a request's action are indexed per action string,
 * so a decision only looks at those.
 *
 * POLICIES ARE TREATED AS IMMUTABLE ONCE EVALUATED: the cache is keyed by object identity, so
 * mutating a Policy (or one of its statements, lists or condition blocks) in place after it
 * has been evaluated may leave a stale compiled form. Build a new object instead (parsePolicy
 * and the playground always do). The array passed to decide/evaluate may be reused and even
 * mutated: its contents are compared element by element on every call.
 *
 * Every matcher reuses the evaluator's own primitives (compilePattern, matchTokens, the
 * condition readers), so results are identical to the straightforward evaluation; the
 * property tests check that against a verbatim copy of the original evaluator.
 */
import type { AccessRequest, ConditionScalar, Decision, DecidingStatement, Policy, Statement } from './types.ts';
import { createContextReader, type ContextReader } from './context.ts';
import { readBool } from './condition-values.ts';
import { lookupOperator, type OperatorRef, type OperatorSpec } from './condition-operators.ts';
import { NO_VALUE, conditionHolds, isScalar, readPolicyItem, unknownOperatorError } from './conditions.ts';
import { compilePattern, matchTokens, tokensToText, type PatternToken } from './wildcard.ts';
import { VARIABLES_VERSION, statementsOf, toList } from './policy-shape.ts';

/** The decision without its trace, as returned by {@link decide}. */
export type Verdict = Omit<Decision, 'trace'>;

/** Bounds for the caches that are keyed by strings (they are cleared when full). */
const MAX_ACTIONS_PER_POLICY = 256;
const MAX_INTERNED = 20_000;

/** Incremented by every decision; a memo whose stamp equals it is valid for this request. */
let epoch = 0;

/** A request-dependent boolean, shared between statements, evaluated at most once per decision. */
interface Memo {
  stamp: number;
  value: boolean;
  run: (context: ContextReader, resource: string) => boolean;
}

function memoValue(memo: Memo, context: ContextReader, resource: string): boolean {
  if (memo.stamp !== epoch) {
    memo.value = memo.run(context, resource);
    memo.stamp = epoch;
  }
  return memo.value;
}

const interned = new Map<string, Memo>();

function intern(key: string, build: () => Memo['run']): Memo {
  let memo = interned.get(key);
  if (!memo) {
    if (interned.size >= MAX_INTERNED) interned.clear();
    memo = { stamp: -1, value: false, run: build() };
    interned.set(key, memo);
  }
  return memo;
}

const NEVER: Memo = { stamp: -1, value: false, run: () => false };

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A case-sensitive matcher for one pattern without policy variables, with exact and prefix fast paths. */
function staticMatcher(pattern: string): (text: string) => boolean {
  // Without a resolver compilePattern never returns null.
  const tokens = compilePattern(pattern, { wildcards: true }) as PatternToken[];
  const stars = tokens.filter((t) => t.kind === 'star').length;
  const ones = tokens.some((t) => t.kind === 'one');
  if (stars === 0 && !ones) return (text) => text === pattern;
  if (!ones && stars === 1 && tokens[tokens.length - 1]?.kind === 'star') {
    const prefix = pattern.slice(0, -1);
    // A prefix ending in a lone high surrogate could split a pair in the text: use the tokens.
    if (prefix === '') return () => true;
    if (!isHighSurrogate(prefix.charCodeAt(prefix.length - 1))) return (text) => text.startsWith(prefix);
  }
  return (text) => matchTokens(tokens, text, false);
}

/** A part of a pattern that uses policy variables, split once: literal text, a variable or a `*`. */
type VariablePart = { text: string } | { name: string } | { star: true };

const SURROGATE = /[\ud800-\udfff]/;

/**
 * Splits a pattern with policy variables the way compilePattern reads it, or returns null when
 * the pattern needs the general path: a `?` wildcard, surrogate code units (matching works on
 * code points), or a variable name that an object lookup could confuse (`${constructor}`).
 * With `wildcards` false (string equality), `*` and `?` are plain text and only the last reason applies.
 */
function splitVariables(pattern: string, wildcards = true): VariablePart[] | null {
  if (wildcards && SURROGATE.test(pattern)) return null;
  const parts: VariablePart[] = [];
  let text = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i] as string;
    if (ch === '$' && pattern[i + 1] === '{') {
      const close = pattern.indexOf('}', i + 2);
      if (close > i + 2) {
        const name = pattern.slice(i + 2, close).trim();
        if (name === '*' || name === '?' || name === '$') text += name;
        // A default value (`${key, 'default'}`) or an object-like name takes the general path.
        else if (name in Object.prototype || name.includes(',')) return null;
        else {
          if (text !== '') parts.push({ text });
          text = '';
          parts.push({ name });
        }
        i = close;
        continue;
      }
    }
    if (wildcards && ch === '?') return null;
    if (wildcards && ch === '*') {
      if (text !== '') parts.push({ text });
      text = '';
      parts.push({ star: true });
    } else text += ch;
  }
  if (text !== '') parts.push({ text });
  return parts;
}

/** `*`-only glob match on strings without surrogates: prefix, suffix, then pieces left to right. */
function globMatch(pieces: string[], text: string): boolean {
  const first = pieces[0] as string;
  if (pieces.length === 1) return text === first;
  const last = pieces[pieces.length - 1] as string;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i += 1) {
    const piece = pieces[i] as string;
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

/** A matcher for one pattern with policy variables; same result as compilePattern + matchTokens. */
function variableMatcher(pattern: string): (text: string, context: ContextReader) => boolean {
  const general = (text: string, context: ContextReader): boolean => {
    const tokens = compilePattern(pattern, { wildcards: true, resolve: context.resolve });
    return tokens !== null && matchTokens(tokens, text, false);
  };
  const parts = splitVariables(pattern);
  if (!parts) return general;
  return (text, context) => {
    const pieces: string[] = [];
    let piece = '';
    for (const part of parts) {
      if ('star' in part) {
        pieces.push(piece);
        piece = '';
      } else if ('text' in part) piece += part.text;
      else {
        const value = context.resolve(part.name);
        if (value === undefined) return false;
        if (SURROGATE.test(value)) return general(text, context);
        piece += value;
      }
    }
    pieces.push(piece);
    // Text with surrogates is fine: pieces without surrogates never split a pair.
    return globMatch(pieces, text);
  };
}

/** Resource / NotResource: the same outcome as matchElement(...).matched in the evaluator. */
function resourceMemo(statement: Statement, variables: boolean): Memo {
  const hasPositive = statement['Resource'] !== undefined;
  const hasNegative = statement['NotResource'] !== undefined;
  if (hasPositive === hasNegative) return NEVER;
  const list = toList(hasPositive ? statement['Resource'] : statement['NotResource']);
  return intern(JSON.stringify(['R', hasNegative, variables, list]), () => {
    const tests = list.map((pattern): ((text: string, context: ContextReader) => boolean) => {
      if (variables && pattern.includes('${')) return variableMatcher(pattern);
      const test = staticMatcher(pattern);
      return (text) => test(text);
    });
    return (context, resource) => {
      let hit = false;
      for (const test of tests) {
        if (test(resource, context)) {
          hit = true;
          break;
        }
      }
      return hasPositive ? hit : !hit;
    };
  });
}

/** A policy value ready for testItem, or a function computing it per request (policy variables). */
type PolicyItems = unknown[] | ((context: ContextReader) => unknown[]);

/**
 * For string equality operators (no wildcards), the policy value with its variables expanded, as
 * tokensToText(compilePattern(value, { wildcards: false, resolve })) gives; null when a variable
 * is unresolved. Null as a function when a variable name could be confused with an object key.
 */
function literalExpander(pattern: string): ((context: ContextReader) => string | typeof NO_VALUE) | null {
  const parts = splitVariables(pattern, false);
  if (parts === null) return null;
  return (context) => {
    let out = '';
    for (const part of parts) {
      if ('text' in part) out += part.text;
      else if ('name' in part) {
        const value = context.resolve(part.name);
        if (value === undefined) return NO_VALUE;
        out += value;
      }
    }
    return out;
  };
}

function policyItemsOf(spec: OperatorSpec, values: ConditionScalar[], variables: boolean): PolicyItems {
  const dynamic =
    variables && (spec.family === 'string' || spec.family === 'arn') && values.some((v) => String(v).includes('${'));
  if (!dynamic) {
    const items = values.map((v) => readPolicyItem(spec, v, undefined));
    // String equality compares whole texts: keep the text instead of the tokens.
    if (spec.family !== 'string' || spec.like) return items;
    return items.map((tokens) => tokensToText(tokens as PatternToken[]));
  }
  const general = (v: ConditionScalar) => (context: ContextReader) => readPolicyItem(spec, v, context.resolve);
  const readers = values.map((v): ((context: ContextReader) => unknown) => {
    const text = String(v);
    if (spec.family === 'arn') return general(v);
    if (spec.like || !text.includes('${')) return spec.like ? general(v) : () => readPolicyItem(spec, v, undefined);
    const expand = literalExpander(text);
    return expand ?? general(v);
  });
  return (context) => readers.map((read) => read(context));
}

/** One (operator, key) condition: the same outcome as evaluateConditions' entry (both use conditionHolds). */
function conditionRun(ref: OperatorRef, key: string, values: ConditionScalar[], variables: boolean): Memo['run'] {
  if (ref.spec.family === 'null') {
    const wanted = values.map(readBool).filter((b) => b !== null);
    return (context) => {
      const present = context.get(key) !== undefined;
      return wanted.some((isNull) => isNull === !present);
    };
  }
  const items = policyItemsOf(ref.spec, values, variables);
  if (typeof items !== 'function') return (context) => conditionHolds(ref, context.get(key), () => items);
  return (context) => conditionHolds(ref, context.get(key), () => items(context));
}

/** Thrown while compiling one policy; decide() turns it into the PolicyError evaluate() throws. */
class Refused {
  // Plain fields (no parameter properties): Node's type stripping runs this folder as is.
  readonly statement: Statement;
  readonly statementIndex: number;
  readonly operator: string;
  constructor(statement: Statement, statementIndex: number, operator: string) {
    this.statement = statement;
    this.statementIndex = statementIndex;
    this.operator = operator;
  }
}

function conditionMemos(condition: unknown, variables: boolean, refuse: (operator: string) => Refused): Memo[] {
  const memos: Memo[] = [];
  if (condition === null || typeof condition !== 'object') return memos;
  const block0 = condition as Record<string, unknown>;
  for (const operator of Object.keys(block0)) {
    const ref = lookupOperator(operator);
    // Refused, never treated as false: an unknown operator must not make a Deny silently not apply.
    if (!ref) throw refuse(operator);
    const block: unknown = block0[operator];
    if (block === null || typeof block !== 'object' || Array.isArray(block)) continue;
    for (const key of Object.keys(block)) {
      const raw: unknown = (block as Record<string, unknown>)[key];
      const values = (Array.isArray(raw) ? raw : [raw]).filter(isScalar);
      memos.push(
        intern(JSON.stringify(['C', operator, key, variables, values]), () =>
          conditionRun(ref, key, values, variables),
        ),
      );
    }
  }
  return memos;
}

/** One statement, compiled. `statementIndex` is its index in the policy's statement list. */
export interface CompiledStatement {
  statementIndex: number;
  sid: string | undefined;
  /** False when Effect is neither "Allow" nor "Deny": the statement never applies. */
  validEffect: boolean;
  effect: 'Allow' | 'Deny';
  /** Does the request's action match Action / NotAction (letter case ignored)? */
  actionMatches: (action: string) => boolean;
  resource: Memo;
  conditions: Memo[];
}

/** One policy, compiled. */
export interface CompiledPolicy {
  statements: CompiledStatement[];
  /** Per action string: the statements whose action matches and whose Effect is valid, in order. */
  byAction: Map<string, CompiledStatement[]>;
}

function actionMatcher(statement: Statement): (action: string) => boolean {
  const hasPositive = statement['Action'] !== undefined;
  const hasNegative = statement['NotAction'] !== undefined;
  if (hasPositive === hasNegative) return () => false;
  const list = toList(hasPositive ? statement['Action'] : statement['NotAction']);
  const compiled = list.map((pattern) => ({
    pattern,
    tokens: compilePattern(pattern, { wildcards: true }) as PatternToken[],
  }));
  return (action) => {
    let hit = false;
    for (const { pattern, tokens } of compiled) {
      if (action === pattern || matchTokens(tokens, action, true)) {
        hit = true;
        break;
      }
    }
    return hasPositive ? hit : !hit;
  };
}

function compile(policy: unknown): CompiledPolicy {
  const variables = (policy as Policy | null | undefined)?.Version === VARIABLES_VERSION;
  const statements = statementsOf(policy as Policy | null | undefined).map(
    (statement, statementIndex): CompiledStatement => {
      const effect = statement['Effect'];
      const sid = statement['Sid'];
      return {
        statementIndex,
        sid: typeof sid === 'string' ? sid : undefined,
        validEffect: effect === 'Allow' || effect === 'Deny',
        effect: effect === 'Allow' ? 'Allow' : 'Deny',
        actionMatches: actionMatcher(statement),
        resource: resourceMemo(statement, variables),
        conditions: conditionMemos(
          statement['Condition'],
          variables,
          (operator) => new Refused(statement, statementIndex, operator),
        ),
      };
    },
  );
  return { statements, byAction: new Map() };
}

const compiledPolicies = new WeakMap<object, CompiledPolicy>();

/** compiledPolicy for the policy at `policyIndex`: an unknown operator throws evaluate()'s PolicyError. */
function compiledPolicyAt(policy: unknown, policyIndex: number): CompiledPolicy {
  try {
    return compiledPolicy(policy);
  } catch (error) {
    if (error instanceof Refused) {
      throw unknownOperatorError(policy, policyIndex, error.statement, error.statementIndex, error.operator);
    }
    throw error;
  }
}

/** The compiled form of `policy`, cached by object identity (see the immutability note above). */
export function compiledPolicy(policy: unknown): CompiledPolicy {
  if (policy === null || typeof policy !== 'object') return compile(policy);
  let compiled = compiledPolicies.get(policy);
  if (!compiled) {
    compiled = compile(policy);
    compiledPolicies.set(policy, compiled);
  }
  return compiled;
}

function candidatesOf(policy: CompiledPolicy, action: string): CompiledStatement[] {
  let list = policy.byAction.get(action);
  if (!list) {
    list = policy.statements.filter((s) => s.validEffect && s.actionMatches(action));
    if (policy.byAction.size >= MAX_ACTIONS_PER_POLICY) policy.byAction.clear();
    policy.byAction.set(action, list);
  }
  return list;
}

/** A statement that may apply to a request, with its position in the policies array. */
interface Candidate {
  policyIndex: number;
  statement: CompiledStatement;
}

interface CompiledSet {
  /** The policies array's elements when this entry was built, compared on every call. */
  snapshot: unknown[];
  compiled: CompiledPolicy[];
  /** Per action: the candidate Deny statements then the candidate Allow statements, in order. */
  byAction: Map<string, { deny: Candidate[]; allow: Candidate[] }>;
}

const compiledSets = new WeakMap<object, CompiledSet>();
/** Arrays seen once: a set is only built for an array that comes back (the bench, a server). */
const seenArrays = new WeakSet<object>();

function sameElements(snapshot: unknown[], list: unknown[]): boolean {
  if (snapshot.length !== list.length) return false;
  for (let i = 0; i < list.length; i += 1) if (snapshot[i] !== list[i]) return false;
  return true;
}

/** The cached set for `list`, or undefined the first time an array is seen. */
function compiledSet(list: unknown[]): CompiledSet | undefined {
  const set = compiledSets.get(list);
  if (set && sameElements(set.snapshot, list)) return set;
  if (!set && !seenArrays.has(list)) {
    seenArrays.add(list);
    return undefined;
  }
  const fresh: CompiledSet = { snapshot: list.slice(), compiled: list.map(compiledPolicyAt), byAction: new Map() };
  compiledSets.set(list, fresh);
  return fresh;
}

function candidates(set: CompiledSet, action: string): { deny: Candidate[]; allow: Candidate[] } {
  let found = set.byAction.get(action);
  if (!found) {
    const deny: Candidate[] = [];
    const allow: Candidate[] = [];
    set.compiled.forEach((policy, policyIndex) => {
      for (const statement of candidatesOf(policy, action)) {
        (statement.effect === 'Deny' ? deny : allow).push({ policyIndex, statement });
      }
    });
    found = { deny, allow };
    if (set.byAction.size >= MAX_ACTIONS_PER_POLICY) set.byAction.clear();
    set.byAction.set(action, found);
  }
  return found;
}

function applies(statement: CompiledStatement, context: ContextReader, resource: string): boolean {
  if (!memoValue(statement.resource, context, resource)) return false;
  for (const condition of statement.conditions) {
    if (!memoValue(condition, context, resource)) return false;
  }
  return true;
}

function verdictOf(candidate: Candidate): Verdict {
  const { policyIndex, statement } = candidate;
  const decidingStatement: DecidingStatement = { policyIndex, statementIndex: statement.statementIndex };
  if (statement.sid !== undefined) decidingStatement.sid = statement.sid;
  return statement.effect === 'Deny'
    ? { effect: 'Deny', reason: 'explicit-deny', decidingStatement }
    : { effect: 'Allow', reason: 'allowed', decidingStatement };
}

/**
 * The fast path: the same effect, reason and decidingStatement as `evaluate(policies, request)`,
 * without building the trace. Only the statements whose Action can match are examined.
 */
export function decide(policies: Policy[], request: AccessRequest): Verdict {
  const action = typeof request?.action === 'string' ? request.action : '';
  const resource = typeof request?.resource === 'string' ? request.resource : '';
  const context = createContextReader(request?.context);
  const list: unknown[] = Array.isArray(policies) ? policies : [];
  const set = compiledSet(list);
  epoch += 1;
  if (set) {
    const { deny, allow } = candidates(set, action);
    for (const candidate of deny) {
      if (applies(candidate.statement, context, resource)) return verdictOf(candidate);
    }
    for (const candidate of allow) {
      if (applies(candidate.statement, context, resource)) return verdictOf(candidate);
    }
    return { effect: 'Deny', reason: 'implicit-deny' };
  }
  // A new array (e.g. built for this call): walk the policies' own per-action indexes.
  const compiled = list.map(compiledPolicyAt);
  let allowed: Candidate | undefined;
  for (let policyIndex = 0; policyIndex < compiled.length; policyIndex += 1) {
    for (const statement of candidatesOf(compiled[policyIndex] as CompiledPolicy, action)) {
      if (allowed && statement.effect === 'Allow') continue;
      if (!applies(statement, context, resource)) continue;
      if (statement.effect === 'Deny') return verdictOf({ policyIndex, statement });
      allowed = { policyIndex, statement };
    }
  }
  return allowed ? verdictOf(allowed) : { effect: 'Deny', reason: 'implicit-deny' };
}
