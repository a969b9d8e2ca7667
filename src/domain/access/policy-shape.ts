/**
 * Reading a policy document's shape, shared by the evaluator (policy-eval) and the compiler
 * (policy-compile) so both see exactly the same statements and lists. Neither assumes the
 * policy went through parsePolicy: anything that is not a statement object is skipped, and
 * the fields of a statement are read defensively by the caller.
 */
import type { Policy, Statement } from './types.ts';

/** The only policy language version in which `${...}` policy variables are expanded (as in IAM). */
export const VARIABLES_VERSION = '2012-10-17';

/** A string or a list of strings as a list (IAM allows both); anything else is dropped. */
export function toList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The statement objects of a policy: `Statement` may be one statement or a list, as in IAM. */
export function statementsOf(policy: Policy | null | undefined): Statement[] {
  const raw: unknown = policy?.Statement;
  const list: unknown[] = Array.isArray(raw) ? raw : raw === undefined || raw === null ? [] : [raw];
  return list.filter((s): s is Statement => s !== null && typeof s === 'object' && !Array.isArray(s));
}
