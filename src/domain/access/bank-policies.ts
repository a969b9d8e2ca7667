/**
 * The bank HR case study: three roles (HR Manager, Recruiter, Payroll Specialist) whose
 * policies are attribute-based, plus guardrail Deny statements every role carries.
 *
 * Resources: `arn:bank:hr:::employee/<dept>/<id>`, `arn:bank:recruit:::candidate/<dept>/<id>`,
 * `arn:bank:payroll:::salary/<dept>/<id>`, `arn:bank:payroll:::run/<yyyy-mm>`.
 * Context keys: `hr:Department`, `hr:Location`, `hr:Clearance` (the user's attributes),
 * `hr:ResourceLocation` (where the record is held), `aws:SourceIp`,
 * `aws:MultiFactorAuthPresent`, `aws:CurrentTime` and `bank:LocalHour` (0–23; the bank's
 * clocks are UTC in this model).
 *
 * ABAC rules in every Allow: the department comes from the ARN via the policy variable
 * `${hr:Department}`; the user's location must equal the record's; a minimum clearance;
 * business hours 08:00–18:00; the corporate network (10.0.0.0/8 or 2001:db8:b4e::/48); MFA;
 * and an access certification valid for 2026 only.
 */
import type { Statement } from './types.ts';
import type { NamedPolicy, Role, User } from './rbac.ts';
import { formatInstant } from './condition-values.ts';

/** The corporate network: the IPv4 private range and the bank's IPv6 prefix (documentation range). */
export const CORPORATE_NETWORKS = ['10.0.0.0/8', '2001:db8:b4e::/48'];

/** The attribute-based conditions shared by every Allow statement, with a minimum clearance. */
export function bankAbacConditions(minClearance: number): NonNullable<Statement['Condition']> {
  return {
    StringEquals: { 'hr:Location': '${hr:ResourceLocation}' },
    NumericGreaterThanEquals: { 'hr:Clearance': minClearance, 'bank:LocalHour': 8 },
    NumericLessThan: { 'bank:LocalHour': 18 },
    IpAddress: { 'aws:SourceIp': CORPORATE_NETWORKS },
    Bool: { 'aws:MultiFactorAuthPresent': true },
    DateGreaterThanEquals: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
    DateLessThan: { 'aws:CurrentTime': '2027-01-01T00:00:00Z' },
  };
}

/** Deny statements every bank role carries; a Deny overrides any Allow. */
export const bankGuardrails: NamedPolicy = {
  id: 'bank-guardrails',
  name: 'Bank guardrails',
  description:
    'Employee records are never deleted (10-year retention), and nothing is allowed from outside the corporate network.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DenyDeletingEmployeeRecords', Effect: 'Deny', Action: 'hr:DeleteEmployeeRecord', Resource: '*' },
      {
        Sid: 'DenyOutsideCorporateNetwork',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        Condition: { NotIpAddress: { 'aws:SourceIp': CORPORATE_NETWORKS } },
      },
    ],
  },
};

/** HR Manager: every HR action on the records of the department they serve. */
export const hrManagerPolicy: NamedPolicy = {
  id: 'hr-manager-access',
  name: 'HR Manager access',
  description:
    'All hr:* actions on employee records of the own department, and salaries of that department (clearance ≥ 3).',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageEmployeeRecordsInOwnDepartment',
        Effect: 'Allow',
        Action: 'hr:*',
        Resource: 'arn:bank:hr:::employee/${hr:Department}/*',
        Condition: bankAbacConditions(3),
      },
      {
        Sid: 'ReadSalariesInOwnDepartment',
        Effect: 'Allow',
        Action: 'payroll:ReadSalary',
        Resource: 'arn:bank:payroll:::salary/${hr:Department}/*',
        Condition: bankAbacConditions(3),
      },
    ],
  },
};

/** Recruiter: candidates and requisitions of their department, read-only employee directory entries. */
export const recruiterPolicy: NamedPolicy = {
  id: 'recruiter-access',
  name: 'Recruiter access',
  description: 'Candidates and requisitions of the own department (clearance ≥ 2).',
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
        Condition: bankAbacConditions(2),
      },
    ],
  },
};

/** Payroll Specialist: salaries of every department and the monthly payroll run. */
export const payrollPolicy: NamedPolicy = {
  id: 'payroll-access',
  name: 'Payroll Specialist access',
  description: 'Read and update salaries in all departments and run the monthly payroll (clearance ≥ 3).',
  policy: {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ManageSalaries',
        Effect: 'Allow',
        Action: ['payroll:ReadSalary', 'payroll:UpdateSalary'],
        Resource: 'arn:bank:payroll:::salary/*',
        Condition: bankAbacConditions(3),
      },
      {
        Sid: 'RunMonthlyPayroll',
        Effect: 'Allow',
        Action: 'payroll:RunPayroll',
        Resource: 'arn:bank:payroll:::run/*',
        Condition: bankAbacConditions(3),
      },
    ],
  },
};

/** The three bank roles; each carries its own policy plus the guardrails. */
export const bankRoles: readonly Role[] = [
  {
    id: 'hr-manager',
    name: 'HR Manager',
    description: 'Runs HR for one department.',
    policies: [hrManagerPolicy, bankGuardrails],
  },
  {
    id: 'recruiter',
    name: 'Recruiter',
    description: 'Hires for one department.',
    policies: [recruiterPolicy, bankGuardrails],
  },
  {
    id: 'payroll-specialist',
    name: 'Payroll Specialist',
    description: 'Pays everyone, every month.',
    policies: [payrollPolicy, bankGuardrails],
  },
];

/** The case study's people. The external auditor holds no role: she only gets a SAS. */
export const bankUsers: readonly User[] = [
  {
    id: 'amelia',
    name: 'Amelia Fischer',
    title: 'HR Manager, Retail Banking',
    roles: ['hr-manager'],
    attributes: { 'hr:Department': 'retail', 'hr:Location': 'frankfurt', 'hr:Clearance': 3 },
  },
  {
    id: 'ravi',
    name: 'Ravi Menon',
    title: 'Recruiter, Retail Banking',
    roles: ['recruiter'],
    attributes: { 'hr:Department': 'retail', 'hr:Location': 'frankfurt', 'hr:Clearance': 2 },
  },
  {
    id: 'paula',
    name: 'Paula Nowak',
    title: 'Payroll Specialist',
    roles: ['payroll-specialist'],
    attributes: { 'hr:Department': 'finance', 'hr:Location': 'frankfurt', 'hr:Clearance': 4 },
  },
  {
    id: 'olivia',
    name: 'Olivia Grant',
    title: 'External auditor (Example Audit LLP)',
    roles: [],
    attributes: { 'hr:Location': 'london', 'hr:Clearance': 1 },
  },
];

/** Finds a bank user by id. */
export function bankUser(id: string): User | undefined {
  return bankUsers.find((u) => u.id === id);
}

/** The circumstances of a request: where from, with or without MFA, when, and which record location. */
export interface BankSession {
  sourceIp?: string;
  mfa?: boolean;
  now: Date;
  resourceLocation?: string;
}

/** Builds a request context from a user's attributes and the session (omitted facts stay missing keys). */
export function bankContext(user: User, session: BankSession): Record<string, string | number | boolean> {
  const context: Record<string, string | number | boolean> = { ...user.attributes };
  if (session.sourceIp !== undefined) context['aws:SourceIp'] = session.sourceIp;
  if (session.mfa !== undefined) context['aws:MultiFactorAuthPresent'] = session.mfa;
  context['aws:CurrentTime'] = formatInstant(session.now.getTime());
  context['bank:LocalHour'] = session.now.getUTCHours();
  if (session.resourceLocation !== undefined) context['hr:ResourceLocation'] = session.resourceLocation;
  return context;
}
