/**
 * "Is this request allowed, and which statement decides?" for the access-control banks. A
 * question takes a bank request preset, optionally varies the source IP, the hour and MFA
 * with the rng, and lets `evaluateForUser` from src/domain/access decide: the answer key is
 * never written by hand.
 */
import {
  BANK_VPC_ENDPOINT,
  bankContext,
  bankRequestPreset,
  bankRoleOnlyRoles,
  bankRolePreset,
  bankRoles,
  bankUser,
  effectivePolicies,
  evaluateForUser,
  type Role,
} from '../../domain/access/doors/bank.ts';
import { explainDecision, traceEntries, type Decision, type Statement } from '../../domain/access/doors/iam.ts';
import type { Rng } from '../seed';
import type { Choice, QuestionTemplate } from '../types';

/**
 * Where a request comes from, as AWS sees it: over the internet a public `sourceIp`
 * (aws:SourceIp); through a VPC endpoint no aws:SourceIp but a private `vpcSourceIp`
 * (aws:VpcSourceIp) and the endpoint's id `sourceVpce` (aws:SourceVpce).
 */
export interface NetworkOrigin {
  sourceIp?: string;
  vpcSourceIp?: string;
  sourceVpce?: string;
}

/** What a question may vary; a field left out keeps the preset's own value. */
export interface DecisionVariation {
  /** Origins to draw from (the office's public IPv4 or IPv6, outside addresses, VPC endpoints). */
  origins?: readonly NetworkOrigin[];
  /** Hours (UTC, 0–23) to draw the request time from; minutes are drawn as 00 or 30. */
  hours?: readonly number[];
  /** Whether MFA may be drawn as present or absent. */
  mfa?: boolean;
}

/**
 * Origins that questions can draw: the office's two public ranges, two outside addresses, the
 * bank's VPC endpoint and another one. Addresses come from the case study's own presets.
 */
export const SAMPLE_ORIGINS: readonly NetworkOrigin[] = [
  { sourceIp: String(bankRequestPreset('hr-manager-updates-record')?.request.context?.['aws:SourceIp']) },
  { sourceIp: String(bankRequestPreset('payroll-reads-salary-ipv6')?.request.context?.['aws:SourceIp']) },
  { sourceIp: String(bankRequestPreset('off-corporate-network')?.request.context?.['aws:SourceIp']) },
  { sourceIp: String(bankRequestPreset('auditor-without-role')?.request.context?.['aws:SourceIp']) },
  originOf(bankRequestPreset('payroll-via-vpc-endpoint')?.request.context ?? {}),
  originOf(bankRequestPreset('other-vpc-endpoint')?.request.context ?? {}),
];

/** The origin a request context carries. */
function originOf(context: Record<string, unknown>): NetworkOrigin {
  const origin: NetworkOrigin = {};
  if (typeof context['aws:SourceIp'] === 'string') origin.sourceIp = context['aws:SourceIp'];
  if (typeof context['aws:VpcSourceIp'] === 'string') origin.vpcSourceIp = context['aws:VpcSourceIp'];
  if (typeof context['aws:SourceVpce'] === 'string') origin.sourceVpce = context['aws:SourceVpce'];
  return origin;
}

/** The origin in the learner's words. */
function describeOrigin(origin: NetworkOrigin): string {
  if (origin.sourceIp !== undefined) return `over the internet from ${origin.sourceIp} (aws:SourceIp)`;
  if (origin.sourceVpce !== undefined)
    return `from ${origin.vpcSourceIp ?? 'an unknown address'} inside a VPC, through the VPC endpoint ${origin.sourceVpce} (the bank's own endpoint is ${BANK_VPC_ENDPOINT}), so the request carries no aws:SourceIp`;
  return 'with no network key in the request';
}

/** Hours around the 08:00–18:00 business-hours window, edges included. */
export const SAMPLE_HOURS = [7, 8, 10, 14, 17, 18, 21] as const;

const kebab = (sid: string): string => sid.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

function statementsOf(policyStatements: Statement | Statement[]): Statement[] {
  return Array.isArray(policyStatements) ? policyStatements : [policyStatements];
}

/** One choice per statement the user's roles carry, plus the implicit deny; the id encodes the outcome. */
function decisionChoices(userId: string, roles: readonly Role[] = bankRoles): Choice[] {
  const user = bankUser(userId);
  const statements = user ? effectivePolicies(user, roles).flatMap((p) => statementsOf(p.policy.Statement)) : [];
  const choices = statements
    .filter((s) => s.Sid !== undefined)
    .map((s) =>
      s.Effect === 'Allow'
        ? { id: `allow-${kebab(s.Sid as string)}`, label: `Allowed by ${s.Sid as string}` }
        : { id: `deny-${kebab(s.Sid as string)}`, label: `Denied explicitly by ${s.Sid as string}` },
    );
  return [...choices, { id: 'implicit-deny', label: 'Denied implicitly: no statement allows it' }];
}

/** The choice id that matches a decision. */
function answerId(decision: Decision): string {
  const sid = decision.decidingStatement?.sid;
  if (decision.reason === 'implicit-deny' || sid === undefined) return 'implicit-deny';
  return `${decision.effect === 'Allow' ? 'allow' : 'deny'}-${kebab(sid)}`;
}

/** Why the decision came out as it did: the domain's sentence, plus the failed conditions of a near-miss Allow. */
function explain(decision: Decision): string {
  const sentence = explainDecision(decision);
  if (decision.reason !== 'implicit-deny') return sentence;
  const nearMisses = traceEntries(decision).filter(
    (t) => t.effect === 'Allow' && t.action.matched && t.resource.matched,
  );
  if (nearMisses.length === 0)
    return `${sentence} No Allow statement of the user's roles covers this action on this resource.`;
  const failed = nearMisses.flatMap((t) =>
    t.conditions.filter((c) => !c.matched).map((c) => `${t.sid ?? 'an Allow'}: ${c.reason}`),
  );
  return `${sentence} The Allow that covers this action and resource fails a condition (${failed.join('; ')}).`;
}

const two = (n: number): string => String(n).padStart(2, '0');
const place = (value: unknown): string => String(value).replace(/^./, (c) => c.toUpperCase());

/**
 * A single-choice question over the given presets. With no variation and one preset it is a
 * fixed question; otherwise it is parameterised.
 */
export function decisionQuestion(
  id: string,
  presetIds: readonly string[],
  vary: DecisionVariation = {},
): QuestionTemplate {
  const parameterised =
    presetIds.length > 1 || vary.origins !== undefined || vary.hours !== undefined || vary.mfa === true;
  return {
    id,
    parameterised,
    build(rng: Rng) {
      const preset = bankRequestPreset(rng.pick(presetIds));
      const user = preset ? bankUser(preset.userId) : undefined;
      if (!preset || !user)
        throw new Error(`decisionQuestion ${id}: unknown preset or user among ${presetIds.join(', ')}`);
      const base = preset.request.context ?? {};
      const hour = vary.hours ? rng.pick(vary.hours) : Number(base['bank:LocalHour']);
      const minute = vary.hours ? rng.pick([0, 30]) : 0;
      const origin = vary.origins ? rng.pick(vary.origins) : originOf(base);
      const mfa = vary.mfa ? rng.pick([true, false]) : base['aws:MultiFactorAuthPresent'] === true;
      const resourceLocation = String(base['hr:ResourceLocation']);
      const now = new Date(Date.UTC(2026, 10, 27, hour, minute));
      const request = {
        action: preset.request.action,
        resource: preset.request.resource,
        context: bankContext(user, { ...origin, mfa, now, resourceLocation }),
      };
      const decision = evaluateForUser(user, bankRoles, request);
      return {
        kind: 'single',
        id,
        prompt:
          `${user.name} (${user.title}; department ${String(user.attributes['hr:Department'])}, based in ${place(user.attributes['hr:Location'])}, clearance ${String(user.attributes['hr:Clearance'])}) ` +
          `requests ${request.action} on ${request.resource} (held in ${place(resourceLocation)}) on Friday 27 November 2026 at ${two(hour)}:${two(minute)} UTC, ` +
          `${describeOrigin(origin)}, ${mfa ? 'signed in with MFA' : 'signed in with a password only'}. Is the request allowed, and which statement decides?`,
        choices: decisionChoices(user.id),
        answer: answerId(decision),
        explanation: explain(decision),
      };
    },
  };
}

/**
 * "Allowed, and by which statement?" over the role-only presets (bankRolePresets): the roles'
 * role-based statements alone, no network, MFA or clock in the request, as the RBAC lesson
 * teaches before attributes arrive.
 */
export function roleDecisionQuestion(id: string, presetIds: readonly string[]): QuestionTemplate {
  return {
    id,
    parameterised: presetIds.length > 1,
    build(rng: Rng) {
      const preset = bankRolePreset(rng.pick(presetIds));
      const user = preset ? bankUser(preset.userId) : undefined;
      if (!preset || !user)
        throw new Error(`roleDecisionQuestion ${id}: unknown preset or user among ${presetIds.join(', ')}`);
      const decision = evaluateForUser(user, bankRoleOnlyRoles, preset.request);
      const names = user.roles.map((r) => bankRoleOnlyRoles.find((role) => role.id === r)?.name ?? r);
      const roles = names.length > 0 ? `holds the ${names.join(', ')} role` : 'holds no role';
      const department = user.attributes['hr:Department'];
      return {
        kind: 'single',
        id,
        prompt:
          `${user.name} (${user.title}; ${roles}${department === undefined ? '' : `, department ${String(department)}`}) ` +
          `requests ${preset.request.action} on ${preset.request.resource}. With the roles' policies as the RBAC lesson shows them, is the request allowed, and which statement decides?`,
        choices: decisionChoices(user.id, bankRoleOnlyRoles),
        answer: answerId(decision),
        explanation: explain(decision),
      };
    },
  };
}
