/**
 * Every example the IAM mode can open, from the domain, in three families:
 * - `bank`: the case study's requests against the full (attribute-based) role policies;
 * - `roles`: the same users against their roles' role-based statements only (the RBAC lesson);
 * - `grammar`: self-contained examples of the policy language, each with its own policy and no
 *   bank user (NotAction, NotResource, ...IfExists, ForAllValues / ForAnyValue).
 * The playground's policies are those of the preset's family: a bank user's roles for the first
 * two, the preset's own policy for the third. Policy ids are unique across the families, so an
 * edit in a link names its policy unambiguously.
 */
import { iamGrammarPresets, type AccessRequest, type Decision, type Policy } from '../../domain/access/doors/iam.ts';
import {
  bankRequestPresets,
  bankRoleOnlyRoles,
  bankRolePresets,
  bankRoles,
  bankUser,
  effectivePolicies,
  type NamedPolicy,
  type Role,
} from '../../domain/access/doors/bank.ts';

/** Where a preset's policies come from. */
export type IamFamily = 'bank' | 'roles' | 'grammar';

/** One example of the IAM mode. */
export interface IamPreset {
  id: string;
  title: string;
  description: string;
  family: IamFamily;
  /** The bank user who makes the request; null for a grammar example (it has no user). */
  userId: string | null;
  request: AccessRequest;
  expected: { effect: Decision['effect']; reason: Decision['reason']; decidingSid?: string };
  /** A grammar example's own policy. */
  policy?: NamedPolicy;
}

const grammar: IamPreset[] = iamGrammarPresets.map((p) => ({
  id: p.id,
  title: p.title,
  description: p.description,
  family: 'grammar',
  userId: null,
  request: p.request,
  expected: p.expected,
  policy: { id: p.policyId, name: p.policyName, description: p.title, policy: p.policy },
}));

/** Every preset: the bank's first (the default is the first of all), then roles only, then grammar. */
export const iamPresets: readonly IamPreset[] = [
  ...bankRequestPresets.map((p): IamPreset => ({ ...p, family: 'bank' })),
  ...bankRolePresets.map((p): IamPreset => ({ ...p, family: 'roles' })),
  ...grammar,
];

/** A preset by id, or undefined. */
export function iamPreset(id: string): IamPreset | undefined {
  return iamPresets.find((p) => p.id === id);
}

/** The presets of one family, in teaching order (what the example picker offers). */
export function presetsOfFamily(family: IamFamily): IamPreset[] {
  return iamPresets.filter((p) => p.family === family);
}

/** The roles a family's users hold (no roles for grammar examples). */
export function rolesOf(family: IamFamily): readonly Role[] {
  return family === 'bank' ? bankRoles : family === 'roles' ? bankRoleOnlyRoles : [];
}

/** The policies that apply in `preset`'s family for the user `userId`, unedited. */
export function presetPolicies(preset: IamPreset, userId: string): NamedPolicy[] {
  if (preset.policy) return [preset.policy];
  const user = bankUser(userId);
  return user ? effectivePolicies(user, rolesOf(preset.family)) : [];
}

/** The original of a policy by id, in any family, or undefined. */
export function originalPolicy(id: string): Policy | undefined {
  for (const roles of [bankRoles, bankRoleOnlyRoles])
    for (const role of roles) for (const p of role.policies) if (p.id === id) return p.policy;
  return grammar.find((p) => p.policy?.id === id)?.policy?.policy;
}
