import type { QuizBank } from '../types';
import { decisionQuestion } from './access-decision';

/** Quiz of the lesson "Why the perimeter moved". */
export const bank: QuizBank = {
  id: 'access-why-the-perimeter-moved',
  title: 'Check your understanding',
  questions: [
    decisionQuestion('who-decides', [
      'hr-manager-updates-record',
      'deny-override-delete',
      'off-corporate-network',
      'other-department',
    ]),
    {
      id: 'precedence',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'precedence',
        prompt: 'In an IAM-style evaluation, in which order are the three possible outcomes considered?',
        choices: [
          {
            id: 'deny-allow-default',
            label: 'An applicable explicit Deny first, then an applicable Allow, otherwise the implicit deny',
          },
          {
            id: 'allow-deny-default',
            label: 'An applicable Allow first, then an applicable Deny, otherwise the implicit deny',
          },
          { id: 'first-match', label: 'The first statement in the policy that matches decides, whatever its effect' },
          { id: 'default-allow', label: 'Everything is allowed unless a Deny statement applies' },
        ],
        answer: 'deny-allow-default',
        explanation:
          'Every statement is examined. If any applicable statement says Deny, the request is denied (explicit deny). Otherwise, if one says Allow, it is allowed. Otherwise nothing allowed it and it is denied by default (implicit deny). The order of statements does not matter.',
      }),
    },
    {
      id: 'authn-authz',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'authn-authz',
        prompt: 'Which step answers the question "may this principal perform this action on this resource now"?',
        choices: [
          { id: 'authorisation', label: 'Authorisation' },
          { id: 'authentication', label: 'Authentication' },
          { id: 'encryption', label: 'Encryption in transit' },
          { id: 'auditing', label: 'Audit logging' },
        ],
        answer: 'authorisation',
        explanation:
          'Authentication comes first and establishes who the principal is. Authorisation then decides whether that principal may perform the action on the resource in the current context.',
      }),
    },
    {
      id: 'request-parts',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'request-parts',
        prompt: 'Which of these does an authorisation decision take into account? Choose all that apply.',
        choices: [
          { id: 'principal', label: 'The principal: the authenticated user or application' },
          { id: 'action', label: 'The action, such as hr:UpdateEmployeeRecord' },
          { id: 'resource', label: 'The resource, such as one employee record' },
          { id: 'context', label: 'The context: time, source IP, whether MFA was used' },
          { id: 'password', label: 'The user’s password, checked again on every request' },
        ],
        answer: ['principal', 'action', 'resource', 'context'],
        explanation:
          'Principal, action, resource and context. The password belongs to authentication, which happened earlier; the authorisation step sees only the identity it produced (and facts such as whether MFA was used).',
      }),
    },
    {
      id: 'perimeter',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'perimeter',
        prompt: 'Why is a network perimeter (a firewall around the office network) a weak guard for data in the cloud?',
        choices: [
          {
            id: 'no-single-edge',
            label:
              'Cloud services are reached over the internet from many places, so there is no single edge that every request crosses',
          },
          { id: 'no-firewalls', label: 'Cloud providers do not allow firewalls' },
          { id: 'encrypted', label: 'Cloud data is encrypted, so nobody needs to control access to it' },
          { id: 'slower', label: 'Firewalls make cloud storage slower than on-premises storage' },
        ],
        answer: 'no-single-edge',
        explanation:
          'Storage, databases and APIs are separate services with their own public endpoints, used by staff, partners and applications from anywhere. Control therefore moves to the data and the identities: every request is authenticated and authorised where it arrives.',
      }),
    },
  ],
};
