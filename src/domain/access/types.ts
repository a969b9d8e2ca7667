/**
 * Shared types of the access-control domain: the IAM policy grammar, the request that is
 * evaluated against it, and the decision (with its trace) that comes back.
 *
 * The first four interfaces are a public contract used by widgets, lessons and quizzes;
 * keep their shape exactly as it is.
 */

/** A scalar allowed as a condition value in a policy. */
export type ConditionScalar = string | number | boolean;

/** One IAM statement. Exactly one of Action/NotAction and one of Resource/NotResource is expected. */
export interface Statement {
  Sid?: string;
  Effect: 'Allow' | 'Deny';
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, string | number | boolean | (string | number | boolean)[]>>;
}

/** An IAM policy document: `Statement` may be a single statement or a list, as in IAM. */
export interface Policy {
  Version?: string;
  Statement: Statement | Statement[];
}

/** The request being authorised: who wants to do what to which resource, and in which context. */
export interface AccessRequest {
  action: string;
  resource: string;
  context?: Record<string, string | number | boolean | string[]>;
}

/** Identifies the statement that decided an evaluation. `sid` is absent when the statement has no Sid. */
export interface DecidingStatement {
  policyIndex: number;
  statementIndex: number;
  sid?: string;
}

/**
 * The outcome of {@link evaluate}. `trace` holds one {@link TraceEntry} per statement, in
 * policy order then statement order; it is typed `unknown[]` by contract, so read it with
 * `traceEntries(decision)` or the `isTraceEntry` guard.
 */
export interface Decision {
  effect: 'Allow' | 'Deny';
  reason: 'explicit-deny' | 'allowed' | 'implicit-deny';
  trace: unknown[];
  /** The statement that decided; absent for an implicit deny (nothing matched). */
  decidingStatement?: DecidingStatement;
}

/** Whether one part of a statement (Action, Resource, one condition) matched, and why. */
export interface MatchResult {
  matched: boolean;
  reason: string;
}

/** The outcome of one condition: one operator applied to one condition key. */
export interface ConditionTrace extends MatchResult {
  /** The operator as written in the policy, e.g. `StringEqualsIfExists`. */
  operator: string;
  /** The condition key as written in the policy, e.g. `aws:SourceIp`. */
  key: string;
  /** The policy's values for this key, as written. */
  values: ConditionScalar[];
  /** The value found in the request context, or undefined when the key is missing. */
  contextValue: string | number | boolean | string[] | undefined;
}

/** What {@link evaluate} found out about one statement. */
export interface TraceEntry {
  policyIndex: number;
  statementIndex: number;
  sid?: string;
  effect: 'Allow' | 'Deny';
  action: MatchResult;
  resource: MatchResult;
  conditions: ConditionTrace[];
  /** True when action, resource and every condition matched. */
  applies: boolean;
  /** True for the one statement that decided the outcome. */
  decisive: boolean;
  /** One human-readable sentence summarising this statement's role. */
  summary: string;
}
