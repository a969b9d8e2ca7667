import { describe, expect, it } from 'vitest';
import { bankRoleOnlyRoles, bankRolePresets } from './bank-rbac.ts';
import { bankRoles, bankUser } from './bank-policies.ts';
import { effectivePolicies, evaluateForUser, type User } from './rbac.ts';
import { decide } from './policy-compile.ts';
import { parsePolicy } from './policy-parse.ts';

describe('role-only bank roles (the RBAC lesson)', () => {
  it('have the ids of the full roles, and policies with no Condition block at all', () => {
    expect(bankRoleOnlyRoles.map((r) => r.id)).toEqual(bankRoles.map((r) => r.id));
    for (const role of bankRoleOnlyRoles) {
      for (const named of role.policies) {
        expect(parsePolicy(JSON.stringify(named.policy))).toEqual(named.policy);
        expect(JSON.stringify(named.policy)).not.toMatch(/Condition|SourceIp|MultiFactor|LocalHour|CurrentTime/);
      }
    }
  });

  it('keep the Sids of the full policies, so the lessons name the same statements', () => {
    const sids = (roles: typeof bankRoles) =>
      new Set(roles.flatMap((r) => r.policies.flatMap((p) => [p.policy.Statement].flat().map((s) => s.Sid))));
    const full = sids(bankRoles);
    for (const sid of sids(bankRoleOnlyRoles)) expect(full.has(sid)).toBe(true);
  });

  it.each(bankRolePresets.map((p) => [p.id, p] as const))('%s evaluates to its expected decision', (_id, preset) => {
    const user = bankUser(preset.userId) as User;
    const decision = evaluateForUser(user, bankRoleOnlyRoles, preset.request);
    expect([decision.effect, decision.reason, decision.decidingStatement?.sid]).toEqual([
      preset.expected.effect,
      preset.expected.reason,
      preset.expected.decidingSid,
    ]);
    const policies = effectivePolicies(user, bankRoleOnlyRoles).map((p) => p.policy);
    expect(decide(policies, preset.request).effect).toBe(decision.effect);
    // The request carries the user's attributes only.
    expect(preset.request.context).toEqual(user.attributes);
  });

  it('the role-only and full models agree on what the role itself allows or lacks', () => {
    // The recruiter lacks payroll in both; deleting a record is denied by the guardrail in both.
    const full = (id: string) => bankRolePresets.find((p) => p.id === id);
    expect(full('roles-recruiter-reads-salary')?.expected.reason).toBe('implicit-deny');
    expect(full('roles-deny-delete')?.expected.decidingSid).toBe('DenyDeletingEmployeeRecords');
  });
});
