/**
 * The bank's three HR roles with their role-based statements only: what each job may do on
 * which resources, and the retention guardrail, with no Condition block at all (no network,
 * MFA, clock, location or clearance checks). The RBAC lesson opens on these; the attributes
 * arrive in the ABAC lesson, whose presets use the full policies of bank-policies.ts.
 *
 * The role ids are those of `bankRoles`, so the same `bankUsers` hold them. The one attribute a
 * role-only policy still reads is the department in the policy variable `${hr:Department}` of
 * its Resource, which the RBAC lesson explains (one policy for every department's recruiters).
 */
import type { AccessRequest } from './types.ts';
import type { NamedPolicy, Role } from './rbac.ts';
import type { BankRequestPreset } from './bank-presets.ts';
import { bankRoles, bankUser } from './bank-policies.ts';

/** The guardrail of the role-only model: employee records are never deleted. */
export const bankRetentionGuardrail: NamedPolicy = {
  id: 'bank-retention',
  name: 'Bank guardrail: retention',
  description: 'Employee records are never deleted (10-year retention). A Deny overrides any Allow.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DenyDeletingEmployeeRecords', Effect: 'Deny', Action: 'hr:DeleteEmployeeRecord', Resource: '*' },
    ],
  },
};

/** HR Manager, roles only: every HR action on the own department's records, and its salaries. */
export const hrManagerRolePolicy: NamedPolicy = {
  id: 'hr-manager-role',
  name: 'HR Manager access',
  description: 'All hr:* actions on employee records of the own department, and reading that department’s salaries.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageEmployeeRecordsInOwnDepartment',
        Effect: 'Allow',
        Action: 'hr:*',
        Resource: 'arn:bank:hr:::employee/${hr:Department}/*',
      },
      {
        Sid: 'ReadSalariesInOwnDepartment',
        Effect: 'Allow',
        Action: 'payroll:ReadSalary',
        Resource: 'arn:bank:payroll:::salary/${hr:Department}/*',
      },
    ],
  },
};

/** Recruiter, roles only: candidates and requisitions of the own department; nothing on payroll. */
export const recruiterRolePolicy: NamedPolicy = {
  id: 'recruiter-role',
  name: 'Recruiter access',
  description: 'Candidates and requisitions of the own department. No payroll action at all.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageCandidatesInOwnDepartment',
        Effect: 'Allow',
        Action: [
          'recruit:ReadCandidate',
          'recruit:UpdateCandidate',
          'recruit:ScheduleInterview',
          'recruit:ReadRequisition',
        ],
        Resource: [
          'arn:bank:recruit:::candidate/${hr:Department}/*',
          'arn:bank:recruit:::requisition/${hr:Department}/*',
        ],
      },
    ],
  },
};

/** Payroll Specialist, roles only: salaries of every department and the monthly run. */
export const payrollRolePolicy: NamedPolicy = {
  id: 'payroll-role',
  name: 'Payroll Specialist access',
  description: 'Read and update salaries in all departments and run the monthly payroll.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageSalaries',
        Effect: 'Allow',
        Action: ['payroll:ReadSalary', 'payroll:UpdateSalary'],
        Resource: 'arn:bank:payroll:::salary/*',
      },
      { Sid: 'RunMonthlyPayroll', Effect: 'Allow', Action: 'payroll:RunPayroll', Resource: 'arn:bank:payroll:::run/*' },
    ],
  },
};

/** The three roles of `bankRoles` (same ids), with role-based statements only. */
export const bankRoleOnlyRoles: readonly Role[] = (() => {
  const roleOnly: Readonly<Record<string, NamedPolicy>> = {
    'hr-manager': hrManagerRolePolicy,
    recruiter: recruiterRolePolicy,
    'payroll-specialist': payrollRolePolicy,
  };
  // Names and descriptions are the bank's own roles' (one place); only the policies differ.
  return bankRoles.map((role) => {
    const policy = roleOnly[role.id];
    if (!policy) throw new Error(`bank-rbac: no role-only policy for role "${role.id}"`);
    return { ...role, policies: [policy, bankRetentionGuardrail] };
  });
})();

function rolePreset(
  id: string,
  title: string,
  description: string,
  userId: string,
  action: string,
  resource: string,
  expected: BankRequestPreset['expected'],
): BankRequestPreset {
  // The request carries the user's attributes only: no network, MFA or clock keys.
  const request: AccessRequest = { action, resource, context: { ...(bankUser(userId)?.attributes ?? {}) } };
  return { id, title, description, userId, request, expected };
}

const RECORD = 'arn:bank:hr:::employee/retail/E1001';
const SALARY = 'arn:bank:payroll:::salary/retail/E1001';

/**
 * Requests against the role-only policies (`evaluateForUser(bankUser(p.userId),
 * bankRoleOnlyRoles, p.request)`), in teaching order: what a role allows, then what it lacks.
 */
export const bankRolePresets: readonly BankRequestPreset[] = [
  rolePreset(
    'roles-hr-manager-updates-record',
    'HR Manager updates a record',
    'Amelia, an HR Manager in retail banking, updates an employee record of her department. Her role allows hr:* on employee/retail/*.',
    'amelia',
    'hr:UpdateEmployeeRecord',
    RECORD,
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ManageEmployeeRecordsInOwnDepartment' },
  ),
  rolePreset(
    'roles-recruiter-reads-salary',
    'Recruiter reads a salary',
    'Ravi, a recruiter, asks for a salary. His role has no payroll action, so nothing allows it: implicit deny.',
    'ravi',
    'payroll:ReadSalary',
    SALARY,
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  rolePreset(
    'roles-recruiter-reads-candidate',
    'Recruiter reads a candidate',
    'Ravi opens a candidate file of his own department: his role allows it.',
    'ravi',
    'recruit:ReadCandidate',
    'arn:bank:recruit:::candidate/retail/C2042',
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ManageCandidatesInOwnDepartment' },
  ),
  rolePreset(
    'roles-hr-manager-reads-salary',
    'HR Manager reads a salary',
    'Amelia reads a salary of her department: the second statement of her role allows it.',
    'amelia',
    'payroll:ReadSalary',
    SALARY,
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ReadSalariesInOwnDepartment' },
  ),
  rolePreset(
    'roles-deny-delete',
    'The retention guardrail',
    'Amelia’s role allows hr:*, but the guardrail every role carries denies deleting an employee record: explicit deny.',
    'amelia',
    'hr:DeleteEmployeeRecord',
    RECORD,
    { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyDeletingEmployeeRecords' },
  ),
  rolePreset(
    'roles-auditor-without-role',
    'A user without a role',
    'Olivia, the external auditor, holds no role, so no policy applies to her: implicit deny.',
    'olivia',
    'hr:ReadEmployeeRecord',
    RECORD,
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
];

/** A role-only preset by id. */
export function bankRolePreset(id: string): BankRequestPreset | undefined {
  return bankRolePresets.find((p) => p.id === id);
}
