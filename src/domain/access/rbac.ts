/**
 * Role-based access control on top of IAM policies: roles carry policies, users hold roles,
 * and a user's effective permissions are the union of their roles' policies. The policies
 * themselves can still be attribute-based (ABAC) through conditions and policy variables.
 */
import type { AccessRequest, Decision, Policy } from './types.ts';
import { evaluate } from './policy-eval.ts';

/** A policy with a stable id and a display name. */
export interface NamedPolicy {
  id: string;
  name: string;
  description: string;
  policy: Policy;
}

/** A role: a named bundle of policies. */
export interface Role {
  id: string;
  name: string;
  description: string;
  policies: NamedPolicy[];
}

/** A user: the roles they hold and their attributes (ABAC), keyed by condition key name. */
export interface User {
  id: string;
  name: string;
  title: string;
  roles: string[];
  attributes: Record<string, string | number>;
}

/**
 * The policies that apply to `user`: the union of the policies of every role they hold, in
 * role order, each policy once (by id) even when several roles carry it. Role ids that name
 * no known role are ignored: a dangling assignment grants nothing.
 */
export function effectivePolicies(user: User, roles: readonly Role[]): NamedPolicy[] {
  const seen = new Set<string>();
  const out: NamedPolicy[] = [];
  for (const roleId of user.roles) {
    const role = roles.find((r) => r.id === roleId);
    for (const named of role?.policies ?? []) {
      if (!seen.has(named.id)) {
        seen.add(named.id);
        out.push(named);
      }
    }
  }
  return out;
}

/**
 * Evaluates a request for a user against their effective policies. The trace's
 * `policyIndex` is an index into `effectivePolicies(user, roles)`.
 */
export function evaluateForUser(user: User, roles: readonly Role[], request: AccessRequest): Decision {
  return evaluate(
    effectivePolicies(user, roles).map((named) => named.policy),
    request,
  );
}
