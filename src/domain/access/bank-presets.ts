/**
 * Named requests of the bank HR case study, each with the decision it must produce, so the
 * tests and the playground share one source of truth. Evaluate a preset with
 * `evaluateForUser(bankUser(p.userId), bankRoles, p.request)`.
 */
import type { AccessRequest, Decision } from './types.ts';
import { BANK_VPC_ENDPOINT, bankContext, bankUser, type BankSession } from './bank-policies.ts';

/** A request preset and its expected outcome. */
export interface BankRequestPreset {
  id: string;
  title: string;
  description: string;
  userId: string;
  request: AccessRequest;
  expected: { effect: Decision['effect']; reason: Decision['reason']; decidingSid?: string };
}

/** The instant of the "normal working day" presets: a Friday morning in November 2026. */
export const BANK_DEMO_NOW = new Date('2026-11-27T10:00:00Z');

/** A workstation in the office, reaching AWS over the internet from the office's public range. */
const office: BankSession = { sourceIp: '192.0.2.10', mfa: true, now: BANK_DEMO_NOW, resourceLocation: 'frankfurt' };

/** A server inside the bank's VPC, reaching AWS through the bank's VPC endpoint: no aws:SourceIp. */
export const VIA_BANK_ENDPOINT: Pick<BankSession, 'sourceIp' | 'vpcSourceIp' | 'sourceVpce'> = {
  sourceIp: undefined,
  vpcSourceIp: '10.20.30.40',
  sourceVpce: BANK_VPC_ENDPOINT,
};

function preset(
  id: string,
  title: string,
  description: string,
  userId: string,
  action: string,
  resource: string,
  session: Partial<BankSession>,
  expected: BankRequestPreset['expected'],
): BankRequestPreset {
  const user = bankUser(userId);
  const context = user ? bankContext(user, { ...office, ...session }) : {};
  return { id, title, description, userId, request: { action, resource, context }, expected };
}

const RECORD = 'arn:bank:hr:::employee/retail/E1001';

/** The presets, in teaching order: allowed first, then each way to be denied. */
export const bankRequestPresets: readonly BankRequestPreset[] = [
  preset(
    'hr-manager-updates-record',
    'HR Manager updates a record',
    'Amelia updates an employee record of her own department, from the office, with MFA, at 10:00.',
    'amelia',
    'hr:UpdateEmployeeRecord',
    RECORD,
    {},
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ManageEmployeeRecordsInOwnDepartment' },
  ),
  preset(
    'recruiter-reads-candidate',
    'Recruiter reads a candidate',
    'Ravi opens a retail-banking candidate file.',
    'ravi',
    'recruit:ReadCandidate',
    'arn:bank:recruit:::candidate/retail/C2042',
    {},
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ManageCandidatesInOwnDepartment' },
  ),
  preset(
    'payroll-runs-payroll',
    'Payroll Specialist runs payroll',
    'Paula starts the November payroll run.',
    'paula',
    'payroll:RunPayroll',
    'arn:bank:payroll:::run/2026-11',
    {},
    { effect: 'Allow', reason: 'allowed', decidingSid: 'RunMonthlyPayroll' },
  ),
  preset(
    'payroll-reads-salary-ipv6',
    'Payroll over the IPv6 network',
    "Paula reads a salary from a workstation on the bank's IPv6 network.",
    'paula',
    'payroll:ReadSalary',
    'arn:bank:payroll:::salary/retail/E1001',
    { sourceIp: '2001:db8:b4e:12::7' },
    { effect: 'Allow', reason: 'allowed', decidingSid: 'ManageSalaries' },
  ),
  preset(
    'payroll-via-vpc-endpoint',
    'Through the VPC endpoint',
    "Paula's payroll service runs in the bank's VPC and reaches AWS through the bank's VPC endpoint: the request carries aws:VpcSourceIp and aws:SourceVpce, and no aws:SourceIp at all.",
    'paula',
    'payroll:RunPayroll',
    'arn:bank:payroll:::run/2026-11',
    VIA_BANK_ENDPOINT,
    { effect: 'Allow', reason: 'allowed', decidingSid: 'RunMonthlyPayroll' },
  ),
  preset(
    'other-vpc-endpoint',
    'Through another VPC endpoint',
    "The same request through a VPC endpoint that is not the bank's (another team's VPC): no aws:SourceIp, and an aws:SourceVpce the guardrail does not accept.",
    'paula',
    'payroll:RunPayroll',
    'arn:bank:payroll:::run/2026-11',
    { ...VIA_BANK_ENDPOINT, sourceVpce: 'vpce-1a2b3c4d5e6f78901' },
    { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyOutsideCorporateNetwork' },
  ),
  preset(
    'off-corporate-network',
    'Off the corporate network',
    'Amelia tries the same update from a hotel Wi-Fi (203.0.113.50).',
    'amelia',
    'hr:UpdateEmployeeRecord',
    RECORD,
    { sourceIp: '203.0.113.50' },
    { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyOutsideCorporateNetwork' },
  ),
  preset(
    'out-of-hours',
    'Out of hours',
    'Amelia tries the update at 21:30, outside business hours.',
    'amelia',
    'hr:UpdateEmployeeRecord',
    RECORD,
    { now: new Date('2026-11-27T21:30:00Z') },
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  preset(
    'without-mfa',
    'Without MFA',
    'Amelia signed in with a password only (aws:MultiFactorAuthPresent is false).',
    'amelia',
    'hr:UpdateEmployeeRecord',
    RECORD,
    { mfa: false },
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  preset(
    'deny-override-delete',
    'Deny overrides Allow',
    "Amelia's role allows hr:*, but the guardrail forbids deleting employee records.",
    'amelia',
    'hr:DeleteEmployeeRecord',
    RECORD,
    {},
    { effect: 'Deny', reason: 'explicit-deny', decidingSid: 'DenyDeletingEmployeeRecords' },
  ),
  preset(
    'other-department',
    'Another department',
    'Amelia opens a record of the corporate-banking department, which she does not serve.',
    'amelia',
    'hr:ReadEmployeeRecord',
    'arn:bank:hr:::employee/corporate/E2001',
    {},
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  preset(
    'other-location',
    'Record held in another location',
    'Amelia (Frankfurt) opens a retail record held in London.',
    'amelia',
    'hr:ReadEmployeeRecord',
    'arn:bank:hr:::employee/retail/E1077',
    { resourceLocation: 'london' },
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  preset(
    'recruiter-reads-salary',
    'Recruiter reads a salary',
    "Ravi's role has no payroll permission at all.",
    'ravi',
    'payroll:ReadSalary',
    'arn:bank:payroll:::salary/retail/E1001',
    {},
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
  preset(
    'auditor-without-role',
    'Auditor through IAM',
    'Olivia, the external auditor, holds no IAM role: she is given a SAS for the compliance reports instead.',
    'olivia',
    'hr:ReadEmployeeRecord',
    RECORD,
    { sourceIp: '198.51.100.23' },
    { effect: 'Deny', reason: 'implicit-deny' },
  ),
];

/** Finds a request preset by id. */
export function bankRequestPreset(id: string): BankRequestPreset | undefined {
  return bankRequestPresets.find((p) => p.id === id);
}
