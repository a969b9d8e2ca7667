import { bankRoles, type Role } from '../../domain/access/doors/bank.ts';
import type { Statement } from '../../domain/access/doors/iam.ts';
import type { QuizBank } from '../types';
import { roleDecisionQuestion } from './access-decision';
import { methodFitQuestion } from './access-methods';

const list = (value: string | string[] | undefined): string[] => (value === undefined ? [] : [value].flat());
const statements = (role: Role): Statement[] => role.policies.flatMap((p) => [p.policy.Statement].flat());
/** The actions a role's Allow statements name, as written in its policies. */
const allowedActions = (role: Role): string[] => [
  ...new Set(statements(role).flatMap((s) => (s.Effect === 'Allow' ? list(s.Action) : []))),
];
const actionId = (action: string): string =>
  action
    .replace('*', 'all')
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .replace(':', '-')
    .toLowerCase();

/** Quiz of the lesson "Role-based access control". */
export const bank: QuizBank = {
  id: 'access-rbac',
  title: 'Check your understanding',
  questions: [
    // The role-only presets: the lesson's playgrounds show roles alone (issue 15).
    roleDecisionQuestion('role-decides', [
      'roles-hr-manager-updates-record',
      'roles-recruiter-reads-candidate',
      'roles-hr-manager-reads-salary',
      'roles-recruiter-reads-salary',
      'roles-deny-delete',
    ]),
    {
      id: 'role-actions',
      parameterised: true,
      build(rng) {
        const role = rng.pick(bankRoles);
        const every = [...new Set(bankRoles.flatMap(allowedActions))];
        const mine = allowedActions(role);
        return {
          kind: 'multiple',
          id: 'role-actions',
          prompt: `Which actions do the Allow statements of the bank's ${role.name} role name? Choose all that apply.`,
          choices: every.map((a) => ({ id: actionId(a), label: a })),
          answer: mine.map(actionId),
          explanation: `The ${role.name} role carries the policies ${role.policies.map((p) => `"${p.name}"`).join(' and ')}. Its Allow statements name ${mine.join(', ')}; anything else is denied implicitly, and the guardrail Deny statements can still forbid some of these.`,
        };
      },
    },
    methodFitQuestion('fits-rbac', ['rbac']),
    {
      id: 'where-permissions',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'where-permissions',
        prompt: 'In role-based access control, where are permissions attached?',
        choices: [
          { id: 'roles', label: 'To roles; users receive them by being assigned roles' },
          { id: 'users', label: 'To each user individually' },
          { id: 'resources', label: 'To each resource, as a list of user names' },
          { id: 'networks', label: 'To network addresses' },
        ],
        answer: 'roles',
        explanation:
          'Permissions (as policies) are attached to roles such as "HR Manager"; users hold roles and inherit their permissions. Changing a role changes it for everyone who holds it.',
      }),
    },
    {
      id: 'privilege-creep',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'privilege-creep',
        prompt: 'Ravi moves from Recruitment to Payroll. Which practice prevents privilege creep?',
        choices: [
          { id: 'swap-role', label: 'Remove the Recruiter role and assign the Payroll Specialist role' },
          { id: 'add-role', label: 'Add the Payroll Specialist role and keep the Recruiter role in case he needs it' },
          { id: 'copy-user', label: 'Copy all permissions of a colleague in Payroll onto his user' },
          { id: 'admin', label: 'Give him an administrator role until the move is finished' },
        ],
        answer: 'swap-role',
        explanation:
          'Privilege creep is the slow build-up of permissions a person no longer needs. A mover loses the roles of the old job when gaining those of the new one, and periodic access reviews catch what slips through.',
      }),
    },
  ],
};
