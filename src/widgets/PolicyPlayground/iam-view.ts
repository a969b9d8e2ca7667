/**
 * The IAM decision as the playground renders it: the domain evaluates, this file only
 * arranges the result (names of policies, the deciding statement, expected vs actual).
 */
import {
  evaluate,
  explainDecision,
  traceEntries,
  type AccessRequest,
  type Decision,
} from '../../domain/access/doors/iam.ts';
import type { IamPreset } from './iam-catalog.ts';
import { rowsToContext } from './iam-rows.ts';
import { policiesOf, presetOf, type IamState, type PolicyView } from './iam-state.ts';
import { REASON_LABELS } from './strings.ts';

/** One part of a statement (action, resource, a condition) and whether it matched. */
export interface PartView {
  matched: boolean;
  reason: string;
}

/** One condition of a statement. */
export interface ConditionView extends PartView {
  operator: string;
  key: string;
}

/** One statement of the trace. */
export interface StatementView {
  /** Unique within the trace: `policyIndex-statementIndex`. */
  key: string;
  policyName: string;
  statementIndex: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  action: PartView;
  resource: PartView;
  conditions: ConditionView[];
  applies: boolean;
  decisive: boolean;
  summary: string;
}

/** The whole decision panel. */
export interface DecisionView {
  effect: Decision['effect'];
  reason: Decision['reason'];
  reasonLabel: string;
  explanation: string;
  /** Name of the policy holding the deciding statement, when there is one. */
  decidingPolicy: string | undefined;
  statements: StatementView[];
  expected: IamPreset['expected'];
  expectedReasonLabel: string;
  /** True when effect, reason and deciding statement all match the preset's expectation. */
  agrees: boolean;
  /** True when some policy text is broken and its last valid version is used. */
  stale: boolean;
  /** Context rows left out of the request, by row id. */
  rowProblems: Record<number, string>;
}

/** The request the state describes. */
export function requestOf(state: IamState): { request: AccessRequest; problems: Record<number, string> } {
  const { context, problems } = rowsToContext(state.rows);
  return { request: { action: state.action, resource: state.resource, context }, problems };
}

/** Evaluates the state with the domain and arranges the result for display. */
export function decisionView(state: IamState, policies: PolicyView[] = policiesOf(state)): DecisionView {
  const { request, problems } = requestOf(state);
  const decision = evaluate(
    policies.map((p) => p.good),
    request,
  );
  const expected = presetOf(state.presetId).expected;
  const statements = traceEntries(decision).map((e): StatementView => ({
    key: `${e.policyIndex}-${e.statementIndex}`,
    policyName: policies[e.policyIndex]?.name ?? `#${e.policyIndex}`,
    statementIndex: e.statementIndex,
    sid: e.sid,
    effect: e.effect,
    action: { matched: e.action.matched, reason: e.action.reason },
    resource: { matched: e.resource.matched, reason: e.resource.reason },
    conditions: e.conditions.map((c) => ({ operator: c.operator, key: c.key, matched: c.matched, reason: c.reason })),
    applies: e.applies,
    decisive: e.decisive,
    summary: e.summary,
  }));
  const deciding = decision.decidingStatement;
  return {
    effect: decision.effect,
    reason: decision.reason,
    reasonLabel: REASON_LABELS[decision.reason],
    explanation: explainDecision(decision),
    decidingPolicy: deciding ? policies[deciding.policyIndex]?.name : undefined,
    statements,
    expected,
    expectedReasonLabel: REASON_LABELS[expected.reason],
    agrees:
      decision.effect === expected.effect &&
      decision.reason === expected.reason &&
      deciding?.sid === expected.decidingSid,
    stale: policies.some((p) => p.error !== null),
    rowProblems: problems,
  };
}
