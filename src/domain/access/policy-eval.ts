/**
 * The IAM evaluation logic: every statement of every policy is examined (so the trace is
 * complete), then an applicable Deny wins, otherwise an applicable Allow, otherwise the
 * implicit deny. Action matching ignores letter case, as IAM does; Resource matching does not.
 *
 * evaluate() throws only a PolicyError, and only for a condition operator it does not know (a
 * policy that did not go through parsePolicy): treating it as false would let a Deny silently not
 * apply. Any other statement it cannot make sense of simply does not apply, and its trace says why.
 */
import type {
  AccessRequest,
  Decision,
  DecidingStatement,
  MatchResult,
  Policy,
  Statement,
  TraceEntry,
} from './types.ts';
import { createContextReader, describePattern, describePatterns, formatValue, type ContextReader } from './context.ts';
import { evaluateConditions, unknownOperatorError } from './conditions.ts';
import { compilePattern, matchTokens, type VariableResolver } from './wildcard.ts';
import { VARIABLES_VERSION, statementsOf, toList } from './policy-shape.ts';

function firstMatch(patterns: string[], value: string, ignoreCase: boolean, resolve?: VariableResolver): number {
  return patterns.findIndex((pattern) => {
    const tokens = compilePattern(pattern, { wildcards: true, resolve });
    return tokens !== null && matchTokens(tokens, value, ignoreCase);
  });
}

function matchElement(
  statement: Statement,
  names: ['Action', 'NotAction'] | ['Resource', 'NotResource'],
  value: string,
  ignoreCase: boolean,
  resolve?: VariableResolver,
): MatchResult {
  const [positive, negative] = names;
  const what = positive.toLowerCase();
  const hasPositive = statement[positive] !== undefined;
  const hasNegative = statement[negative] !== undefined;
  if (hasPositive && hasNegative)
    return { matched: false, reason: `the statement has both ${positive} and ${negative}, which IAM rejects` };
  if (!hasPositive && !hasNegative)
    return { matched: false, reason: `the statement has neither ${positive} nor ${negative}` };
  const list = toList(hasPositive ? statement[positive] : statement[negative]);
  const hit = firstMatch(list, value, ignoreCase, resolve);
  const shown = `${what} ${formatValue(value)}`;
  if (hasPositive) {
    return hit >= 0
      ? { matched: true, reason: `${shown} matches ${positive} ${describePattern(list[hit] as string, resolve)}` }
      : { matched: false, reason: `${shown} matches none of ${positive} ${describePatterns(list, resolve)}` };
  }
  return hit >= 0
    ? { matched: false, reason: `${shown} is excluded by ${negative} ${describePattern(list[hit] as string, resolve)}` }
    : {
        matched: true,
        reason: `${shown} is not listed in ${negative} ${describePatterns(list, resolve)}, so the statement covers it`,
      };
}

function examine(policy: Policy, policyIndex: number, request: AccessRequest, context: ContextReader): TraceEntry[] {
  const variables = policy?.Version === VARIABLES_VERSION;
  const resolve = variables ? context.resolve : undefined;
  return statementsOf(policy).map((statement, statementIndex) => {
    const action = matchElement(statement, ['Action', 'NotAction'], request.action, true);
    const resource = matchElement(statement, ['Resource', 'NotResource'], request.resource, false, resolve);
    const conditions = evaluateConditions(statement.Condition, context, variables, (operator) =>
      unknownOperatorError(policy, policyIndex, statement, statementIndex, operator),
    );
    // An Effect other than exactly "Allow"/"Deny" (only possible without parsePolicy) never applies.
    const validEffect = statement.Effect === 'Allow' || statement.Effect === 'Deny';
    const applies = validEffect && action.matched && resource.matched && conditions.every((c) => c.matched);
    const effect = statement.Effect === 'Allow' ? 'Allow' : 'Deny';
    const entry: TraceEntry = {
      policyIndex,
      statementIndex,
      effect,
      action,
      resource,
      conditions,
      applies,
      decisive: false,
      summary: '',
    };
    if (typeof statement.Sid === 'string') entry.sid = statement.Sid;
    return entry;
  });
}

function summarise(entry: TraceEntry, decider: TraceEntry | undefined): string {
  if (!entry.applies) {
    const failed = [entry.action.matched ? '' : 'action', entry.resource.matched ? '' : 'resource'].filter(Boolean);
    const badConditions = entry.conditions.filter((c) => !c.matched).length;
    if (badConditions > 0) failed.push(`${badConditions} condition${badConditions === 1 ? '' : 's'}`);
    if (failed.length === 0) return 'Does not apply: its Effect is neither "Allow" nor "Deny".';
    return `Does not apply: ${failed.join(', ')} did not match.`;
  }
  if (entry === decider) {
    return entry.effect === 'Deny'
      ? 'Applies: explicit Deny. A Deny always wins, so this statement decides the request.'
      : 'Applies: Allow. No Deny applies, so this statement decides the request.';
  }
  return entry.effect === 'Deny'
    ? 'Applies: explicit Deny (an earlier Deny already decided the request).'
    : decider?.effect === 'Deny'
      ? 'Applies: Allow, but an explicit Deny overrides it.'
      : 'Applies: Allow (an earlier Allow already decided the request).';
}

/**
 * Evaluates `request` against `policies` with IAM's rules: explicit Deny, then Allow, then
 * implicit deny. `decision.trace` holds one TraceEntry per statement (see `traceEntries`).
 * Throws a PolicyError naming the policy, statement and operator when a condition operator is unknown.
 */
export function evaluate(policies: Policy[], request: AccessRequest): Decision {
  const safeRequest: AccessRequest = {
    action: typeof request?.action === 'string' ? request.action : '',
    resource: typeof request?.resource === 'string' ? request.resource : '',
  };
  const context = createContextReader(request?.context);
  const entries = (Array.isArray(policies) ? policies : []).flatMap((policy, i) =>
    examine(policy, i, safeRequest, context),
  );
  const decider =
    entries.find((e) => e.applies && e.effect === 'Deny') ?? entries.find((e) => e.applies && e.effect === 'Allow');
  for (const entry of entries) {
    entry.decisive = entry === decider;
    entry.summary = summarise(entry, decider);
  }
  if (!decider) return { effect: 'Deny', reason: 'implicit-deny', trace: entries };
  const decidingStatement: DecidingStatement = {
    policyIndex: decider.policyIndex,
    statementIndex: decider.statementIndex,
  };
  if (decider.sid !== undefined) decidingStatement.sid = decider.sid;
  return {
    effect: decider.effect,
    reason: decider.effect === 'Deny' ? 'explicit-deny' : 'allowed',
    trace: entries,
    decidingStatement,
  };
}
