import type { QuizBank } from '../types';
import { SAMPLE_HOURS, SAMPLE_ORIGINS, decisionQuestion } from './access-decision';
import { METHOD_CHOICES, methodLabel, type AccessMethod } from './access-methods';
import { sasOutcomeQuestion } from './access-sas-questions';

const STEPS: { need: string; method: AccessMethod }[] = [
  { need: 'HR managers, recruiters and payroll specialists get permissions by job function', method: 'rbac' },
  {
    need: 'employees sign in with their corporate credentials, with single sign-on and a code from an authenticator app on their phone',
    method: 'identity-provider',
  },
  { need: 'an external auditor reads compliance reports for two weeks without an account at the bank', method: 'sas' },
  { need: 'access to some records also depends on the department, location and clearance of the user', method: 'abac' },
  {
    need: 'the dashboard calls a training platform and a benefits provider on behalf of the signed-in employee',
    method: 'oauth',
  },
];

/** Quiz of the lesson "Case study: the bank's HR dashboard". */
export const bank: QuizBank = {
  id: 'access-case-study',
  title: 'Check your understanding',
  questions: [
    decisionQuestion(
      'dashboard-decides',
      [
        'hr-manager-updates-record',
        'recruiter-reads-candidate',
        'payroll-runs-payroll',
        'deny-override-delete',
        'other-location',
      ],
      { origins: SAMPLE_ORIGINS, hours: SAMPLE_HOURS, mfa: true },
    ),
    {
      id: 'which-step',
      parameterised: true,
      build(rng) {
        const step = rng.pick(STEPS);
        return {
          kind: 'single',
          id: 'which-step',
          prompt: `In the bank's HR dashboard, ${step.need}. Which method did the bank use for this?`,
          choices: [...METHOD_CHOICES],
          answer: step.method,
          explanation: `${methodLabel(step.method)}. The five steps: ${STEPS.map((s, i) => `${i + 1}. ${methodLabel(s.method)}`).join('; ')}.`,
        };
      },
    },
    sasOutcomeQuestion('auditor-token'),
    {
      id: 'auditor-no-role',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'auditor-no-role',
        prompt: 'Why does the bank give the external auditor a SAS rather than a role in its directory?',
        choices: [
          {
            id: 'scoped-temporary',
            label:
              'The SAS is limited to one container, read and list, and two weeks, and needs no account for an outsider',
          },
          { id: 'stronger', label: 'A SAS is stronger than MFA' },
          { id: 'cheaper', label: 'Roles cost money per user and SAS tokens are free' },
          { id: 'no-expiry', label: 'A SAS never expires, so the auditor can come back next year' },
        ],
        answer: 'scoped-temporary',
        explanation:
          'The auditor holds no role (an IAM request from her is denied implicitly). The SAS grants exactly the access the audit needs and expires on its own; an IP range and HTTPS-only narrow it further.',
      }),
    },
    {
      id: 'layers',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'layers',
        prompt: 'Amelia’s update of an employee record is allowed. Which of these had to hold? Choose all that apply.',
        choices: [
          { id: 'identity', label: 'She signed in through the corporate identity provider with MFA' },
          { id: 'role', label: 'She holds a role whose policy allows the action' },
          {
            id: 'attributes',
            label: 'Her department and location match the record’s, within business hours, from the corporate network',
          },
          { id: 'no-deny', label: 'No guardrail Deny statement applies' },
          { id: 'sas', label: 'She presented a SAS for the record' },
        ],
        answer: ['identity', 'role', 'attributes', 'no-deny'],
        explanation:
          'The methods stack: the identity provider authenticates her (with MFA), RBAC gives her the HR Manager policy, ABAC conditions narrow it, and the guardrails can still deny. SAS is for the auditor, not for staff.',
      }),
    },
  ],
};
