/**
 * The bank HR case study door: roles, users, guardrails, the request presets, the auditor's SAS
 * presets and the case study's clock (minutes of a UTC day). RBAC (`effectivePolicies`,
 * `evaluateForUser`) lives here because only the case study uses it. Brings the IAM evaluator
 * with it, never jose.
 */
export { effectivePolicies, evaluateForUser, type NamedPolicy, type Role, type User } from '../rbac.ts';
export {
  BANK_VPC_ENDPOINT,
  BANK_VPC_RANGES,
  CORPORATE_NETWORKS,
  bankAbacConditions,
  bankContext,
  bankGuardrails,
  bankRoles,
  bankUser,
  bankUsers,
  hrManagerPolicy,
  payrollPolicy,
  recruiterPolicy,
  type BankSession,
} from '../bank-policies.ts';
export {
  bankRetentionGuardrail,
  bankRoleOnlyRoles,
  bankRolePreset,
  bankRolePresets,
  hrManagerRolePolicy,
  payrollRolePolicy,
  recruiterRolePolicy,
} from '../bank-rbac.ts';
export {
  BANK_DEMO_NOW,
  VIA_BANK_ENDPOINT,
  bankRequestPreset,
  bankRequestPresets,
  type BankRequestPreset,
} from '../bank-presets.ts';
export {
  DEFAULT_MINUTE_OF_DAY,
  MINUTES_PER_DAY,
  atMinuteOfDay,
  formatMinuteOfDay,
  minuteOfDay,
} from '../bank-clock.ts';
export { AUDITOR_DEMO_KEY, auditorSasParams, auditorSasPresets, type AuditorSasPreset } from '../bank-auditor.ts';
