/**
 * Typed access to a Decision's trace. The contract types `Decision.trace` as `unknown[]`,
 * so consumers (the playground widget, quizzes) read it through these helpers instead of
 * casting.
 */
import type { Decision, TraceEntry } from './types.ts';

function isMatchResult(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v['matched'] === 'boolean' && typeof v['reason'] === 'string';
}

/** Type guard: is `value` a TraceEntry as produced by evaluate()? */
export function isTraceEntry(value: unknown): value is TraceEntry {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v['policyIndex'] === 'number' &&
    typeof v['statementIndex'] === 'number' &&
    (v['effect'] === 'Allow' || v['effect'] === 'Deny') &&
    isMatchResult(v['action']) &&
    isMatchResult(v['resource']) &&
    Array.isArray(v['conditions']) &&
    v['conditions'].every(isMatchResult) &&
    typeof v['applies'] === 'boolean' &&
    typeof v['decisive'] === 'boolean' &&
    typeof v['summary'] === 'string'
  );
}

/** The decision's trace as typed entries (anything that is not a TraceEntry is skipped). */
export function traceEntries(decision: Decision): TraceEntry[] {
  return decision.trace.filter(isTraceEntry);
}

/** One sentence explaining a decision, naming the deciding statement when there is one. */
export function explainDecision(decision: Decision): string {
  const d = decision.decidingStatement;
  const where = d
    ? `statement ${d.statementIndex}${d.sid === undefined ? '' : ` (${d.sid})`} of policy ${d.policyIndex}`
    : '';
  switch (decision.reason) {
    case 'explicit-deny':
      return `Denied: ${where} is an explicit Deny, and an explicit Deny overrides any Allow.`;
    case 'allowed':
      return `Allowed by ${where}; no Deny statement applies.`;
    case 'implicit-deny':
      return 'Denied implicitly: no statement allows this request, and IAM denies by default.';
  }
}
