/**
 * The bank HR case study: three roles (HR Manager, Recruiter, Payroll Specialist) whose
 * policies are attribute-based, plus guardrail Deny statements every role carries.
 *
 * Resources: `arn:bank:hr:::employee/<dept>/<id>`, `arn:bank:recruit:::candidate/<dept>/<id>`,
 * `arn:bank:payroll:::salary/<dept>/<id>`, `arn:bank:payroll:::run/<yyyy-mm>`.
 * Context keys: `hr:Department`, `hr:Location`, `hr:Clearance` (the user's attributes),
 * `hr:ResourceLocation` (where the record is held), the network keys (below),
 * `aws:MultiFactorAuthPresent`, `aws:CurrentTime` and `bank:LocalHour` (0–23; the bank's
 * clocks are UTC in this model).
 *
 * ABAC rules in every Allow: the department comes from the ARN via the policy variable
 * `${hr:Department}`; the user's location must equal the record's; a minimum clearance;
 * business hours 08:00–18:00; the corporate network; MFA; and an access certification valid
 * for 2026 only.
 *
 * The corporate network, as AWS sees it (IAM User Guide, "AWS global condition context keys",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html, read
 * 2026-12-04): a request over the internet carries `aws:SourceIp`, the PUBLIC address AWS sees
 * (the office's egress range, never a private 10.x address); a request through a VPC endpoint
 * carries no `aws:SourceIp` at all, but `aws:VpcSourceIp` (the private address inside the VPC)
 * and `aws:SourceVpce` (the endpoint's id). So the Allow statements accept either path with
 * `...IfExists` (the guide's own example for "a specific IP range or a specific VPC"), and the
 * guardrail denies a request that is neither from the office's public range nor through the
 * bank's endpoint. Addresses are documentation ranges (RFC 5737, RFC 3849).
 */
import type { Statement } from './types.ts';
import type { NamedPolicy, Role, User } from './rbac.ts';
import { formatInstant } from './condition-values.ts';

/**
 * The office's public egress ranges: what `aws:SourceIp` carries for a request from the office
 * over the internet (IPv4 TEST-NET-1 and an IPv6 documentation prefix stand in for the bank's).
 */
export const CORPORATE_NETWORKS = ['192.0.2.0/24', '2001:db8:b4e::/48'];

/** The private range of the bank's VPC: what `aws:VpcSourceIp` carries through its endpoint. */
export const BANK_VPC_RANGES = ['10.0.0.0/8'];

/** The id of the bank's VPC endpoint: what `aws:SourceVpce` carries for a request through it. */
export const BANK_VPC_ENDPOINT = 'vpce-0b4e5a1c2d3e4f567';

/** The attribute-based conditions shared by every Allow statement, with a minimum clearance. */
export function bankAbacConditions(minClearance: number): NonNullable<Statement['Condition']> {
  return {
    StringEquals: { 'hr:Location': '${hr:ResourceLocation}' },
    NumericGreaterThanEquals: { 'hr:Clearance': minClearance, 'bank:LocalHour': 8 },
    NumericLessThan: { 'bank:LocalHour': 18 },
    // From the office's public range, or from inside the VPC through the bank's endpoint: each
    // key is checked only when the request carries it. A request with none of them passes here
    // and is refused by the guardrail DenyOutsideCorporateNetwork.
    IpAddressIfExists: { 'aws:SourceIp': CORPORATE_NETWORKS, 'aws:VpcSourceIp': BANK_VPC_RANGES },
    StringEqualsIfExists: { 'aws:SourceVpce': BANK_VPC_ENDPOINT },
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
    'Employee records are never deleted (10-year retention), and nothing is allowed unless it comes from the office’s public range or through the bank’s VPC endpoint.',
  policy: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'DenyDeletingEmployeeRecords', Effect: 'Deny', Action: 'hr:DeleteEmployeeRecord', Resource: '*' },
      {
        Sid: 'DenyOutsideCorporateNetwork',
        Effect: 'Deny',
        Action: '*',
        Resource: '*',
        // Both must hold to deny: not from the office's public range (true as well when the
        // request has no aws:SourceIp, as through an endpoint), and not through the bank's
        // endpoint (true as well when there is no aws:SourceVpce, as over the internet).
        Condition: {
          NotIpAddress: { 'aws:SourceIp': CORPORATE_NETWORKS },
          StringNotEquals: { 'aws:SourceVpce': BANK_VPC_ENDPOINT },
        },
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

/**
 * The circumstances of a request: where from, with or without MFA, when, and which record
 * location. Over the internet a request has a `sourceIp` (public); through a VPC endpoint it has
 * a `vpcSourceIp` (private) and a `sourceVpce` instead.
 */
export interface BankSession {
  /** Undefined (or absent) when the request comes through a VPC endpoint. */
  sourceIp?: string | undefined;
  vpcSourceIp?: string;
  sourceVpce?: string;
  mfa?: boolean;
  now: Date;
  resourceLocation?: string;
}

/** Builds a request context from a user's attributes and the session (omitted facts stay missing keys). */
export function bankContext(user: User, session: BankSession): Record<string, string | number | boolean> {
  const context: Record<string, string | number | boolean> = { ...user.attributes };
  if (session.sourceIp !== undefined) context['aws:SourceIp'] = session.sourceIp;
  if (session.vpcSourceIp !== undefined) context['aws:VpcSourceIp'] = session.vpcSourceIp;
  if (session.sourceVpce !== undefined) context['aws:SourceVpce'] = session.sourceVpce;
  if (session.mfa !== undefined) context['aws:MultiFactorAuthPresent'] = session.mfa;
  context['aws:CurrentTime'] = formatInstant(session.now.getTime());
  context['bank:LocalHour'] = session.now.getUTCHours();
  if (session.resourceLocation !== undefined) context['hr:ResourceLocation'] = session.resourceLocation;
  return context;
}
