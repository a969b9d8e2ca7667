/**
 * "Which method fits this scenario?" for the access-control banks: the six methods of the
 * module as choices, and scenarios (each with the method that fits and why) to draw from.
 */
import type { Choice, QuestionTemplate } from '../types';

/** The access-control methods of the module. */
export type AccessMethod = 'rbac' | 'abac' | 'shared-key' | 'identity-provider' | 'sas' | 'oauth';

/** The six methods as choices, in the order the module teaches them. */
export const METHOD_CHOICES: readonly Choice[] = [
  { id: 'rbac', label: 'Role-based access control (RBAC)' },
  { id: 'abac', label: 'Attribute-based access control (ABAC)' },
  { id: 'shared-key', label: 'A shared key (account key)' },
  { id: 'identity-provider', label: 'Integration with an identity provider (SSO, MFA)' },
  { id: 'sas', label: 'A Shared Access Signature (SAS)' },
  { id: 'oauth', label: 'OAuth 2.0 (with OpenID Connect)' },
];

/** A situation and the method that fits it best. */
export interface MethodScenario {
  method: AccessMethod;
  text: string;
  why: string;
}

/** Two or three scenarios per method. */
export const METHOD_SCENARIOS: readonly MethodScenario[] = [
  {
    method: 'rbac',
    text: 'The bank hires forty cashiers a month. Each must get exactly the permissions every other cashier has on the first day, and lose them on moving to another job.',
    why: 'Permissions that follow a job function belong to a role: new cashiers are assigned the role, movers are removed from it. Attributes or tokens would add work without adding anything here.',
  },
  {
    method: 'rbac',
    text: 'A review finds that long-serving staff have collected permissions from every job they ever held. The bank wants access granted only through reviewed bundles named after job functions.',
    why: 'This is privilege creep, and RBAC is the usual cure: permissions live on a small number of reviewed roles, and a user holds only the roles of their current job.',
  },
  {
    method: 'abac',
    text: 'Financial reports may be read only during business hours, only from the corporate network, and only by staff whose clearance is at least the report’s sensitivity.',
    why: 'The rule depends on attributes of the environment (time, network), of the user (clearance) and of the resource (sensitivity): that is ABAC. A role alone cannot express "only between 08:00 and 18:00".',
  },
  {
    method: 'abac',
    text: 'An HR manager may open an employee record only when the record’s department and location match the manager’s own, across forty departments and six cities.',
    why: 'One ABAC rule comparing user and resource attributes replaces 240 roles (one per department and city). RBAC alone would explode into a role per combination.',
  },
  {
    method: 'shared-key',
    text: 'A developer needs to script against a throwaway test storage account that holds no real data, today, with the least possible setup, and the account will be deleted on Friday.',
    why: 'A shared key is the quickest way in and its blast radius is an empty test account. For anything holding real data, prefer identities or a SAS, because the key grants everything.',
  },
  {
    method: 'shared-key',
    text: 'A legacy backup appliance can authenticate to storage only by signing requests with the storage account key; it runs inside the bank’s own network and the team rotates the key every 90 days.',
    why: 'When a tool supports nothing else, a shared key kept in a vault, rotated through the two key slots and watched closely is the honest answer; the plan should be to replace it.',
  },
  {
    method: 'identity-provider',
    text: 'Staff already sign in to their PCs with corporate directory accounts. The new cloud dashboard must use the same accounts with single sign-on and MFA, and leavers must lose access when their account is disabled.',
    why: 'An identity provider (Active Directory synchronised to Microsoft Entra ID, or AWS IAM Identity Center) gives one account, SSO, MFA and one place to switch a leaver off.',
  },
  {
    method: 'identity-provider',
    text: 'After a merger, the staff of both companies must sign in to the same cloud applications, each with the credentials of their own company’s directory.',
    why: 'Federation between identity providers (SAML or OpenID Connect) lets each directory keep authenticating its own people while the applications trust both.',
  },
  {
    method: 'sas',
    text: 'An external auditor needs read-only access to one container of compliance reports for two weeks, and has no account in the bank’s directory.',
    why: 'A SAS grants exactly that: one container (sr=c), read and list (sp=rl), a start and an expiry (st, se), optionally an IP range and HTTPS only, without sharing the account key.',
  },
  {
    method: 'sas',
    text: 'A mobile app lets a customer upload one scanned document straight to blob storage. The upload link must work for fifteen minutes and for that one blob only.',
    why: 'The server issues a short-lived blob SAS with create or write permission; the app uploads directly and never sees any key. This is the classic "valet key" use of a SAS.',
  },
  {
    method: 'oauth',
    text: 'The HR dashboard should show each employee’s courses from an external training platform, without employees giving their training-platform password to the bank.',
    why: 'OAuth 2.0 lets the dashboard obtain an access token for the training platform’s API on the employee’s behalf, limited by scopes; the password stays with the platform.',
  },
  {
    method: 'oauth',
    text: 'A benefits provider’s app must call the bank’s HR API on behalf of a signed-in employee, with only the permission to read that employee’s benefits.',
    why: 'Delegated access for a third-party app with a narrow scope is what OAuth 2.0 was designed for; OpenID Connect adds the ID token if the app also needs to know who signed in.',
  },
];

/** The label of a method, for explanations. */
export function methodLabel(method: AccessMethod): string {
  return METHOD_CHOICES.find((c) => c.id === method)?.label ?? method;
}

/**
 * A "which method fits?" question drawing one scenario of the given methods (all six when
 * none are given). The answer key is the scenario's method.
 */
export function methodFitQuestion(id: string, methods?: readonly AccessMethod[]): QuestionTemplate {
  const pool = METHOD_SCENARIOS.filter((s) => !methods || methods.includes(s.method));
  return {
    id,
    parameterised: pool.length > 1,
    build(rng) {
      const scenario = rng.pick(pool);
      return {
        kind: 'single',
        id,
        prompt: `${scenario.text} Which access-control method fits best?`,
        choices: [...METHOD_CHOICES],
        answer: scenario.method,
        explanation: `${methodLabel(scenario.method)}. ${scenario.why}`,
      };
    },
  };
}
