import { describe, expect, it } from 'vitest';
import {
  BANK_VPC_ENDPOINT,
  BANK_VPC_RANGES,
  CORPORATE_NETWORKS,
  bankContext,
  bankGuardrails,
  bankRoles,
  bankUser,
  bankUsers,
  hrManagerPolicy,
  payrollPolicy,
  recruiterPolicy,
  type BankSession,
} from './bank-policies.ts';
import { BANK_DEMO_NOW, VIA_BANK_ENDPOINT, bankRequestPreset, bankRequestPresets } from './bank-presets.ts';
import { AUDITOR_DEMO_KEY, auditorSasParams, auditorSasPresets } from './bank-auditor.ts';
import { effectivePolicies, evaluateForUser, type User } from './rbac.ts';
import { parsePolicy } from './policy-parse.ts';
import { traceEntries } from './trace.ts';
import { createSas, verifySas } from './sas.ts';

describe('bank request presets', () => {
  it('has the documented ids and expected decisions', () => {
    expect(bankRequestPresets.map((p) => [p.id, p.expected.effect, p.expected.reason, p.expected.decidingSid])).toEqual(
      [
        ['hr-manager-updates-record', 'Allow', 'allowed', 'ManageEmployeeRecordsInOwnDepartment'],
        ['recruiter-reads-candidate', 'Allow', 'allowed', 'ManageCandidatesInOwnDepartment'],
        ['payroll-runs-payroll', 'Allow', 'allowed', 'RunMonthlyPayroll'],
        ['payroll-reads-salary-ipv6', 'Allow', 'allowed', 'ManageSalaries'],
        // Issue 14: requests through a VPC endpoint carry no aws:SourceIp.
        ['payroll-via-vpc-endpoint', 'Allow', 'allowed', 'RunMonthlyPayroll'],
        ['other-vpc-endpoint', 'Deny', 'explicit-deny', 'DenyOutsideCorporateNetwork'],
        ['off-corporate-network', 'Deny', 'explicit-deny', 'DenyOutsideCorporateNetwork'],
        ['out-of-hours', 'Deny', 'implicit-deny', undefined],
        ['without-mfa', 'Deny', 'implicit-deny', undefined],
        ['deny-override-delete', 'Deny', 'explicit-deny', 'DenyDeletingEmployeeRecords'],
        ['other-department', 'Deny', 'implicit-deny', undefined],
        ['other-location', 'Deny', 'implicit-deny', undefined],
        ['recruiter-reads-salary', 'Deny', 'implicit-deny', undefined],
        ['auditor-without-role', 'Deny', 'implicit-deny', undefined],
      ],
    );
  });

  it.each(bankRequestPresets.map((p) => [p.id, p] as const))('%s evaluates to its expected decision', (_id, preset) => {
    const user = bankUser(preset.userId);
    expect(user).toBeDefined();
    const decision = evaluateForUser(user as User, bankRoles, preset.request);
    expect(decision.effect).toBe(preset.expected.effect);
    expect(decision.reason).toBe(preset.expected.reason);
    expect(decision.decidingStatement?.sid).toBe(preset.expected.decidingSid);
  });

  it('out-of-hours fails on exactly the business-hours condition', () => {
    const preset = bankRequestPreset('out-of-hours');
    const decision = evaluateForUser(
      bankUser('amelia') as User,
      bankRoles,
      preset?.request ?? { action: '', resource: '' },
    );
    const failed = traceEntries(decision)[0]?.conditions.filter((c) => !c.matched);
    expect(failed?.map((c) => c.reason)).toEqual(['bank:LocalHour = 21 does not satisfy "is less than 18"']);
  });

  it('without-mfa fails on exactly the MFA condition', () => {
    const decision = evaluateForUser(
      bankUser('amelia') as User,
      bankRoles,
      bankRequestPreset('without-mfa')?.request ?? { action: '', resource: '' },
    );
    const failed = traceEntries(decision)[0]?.conditions.filter((c) => !c.matched);
    expect(failed?.map((c) => [c.operator, c.key])).toEqual([['Bool', 'aws:MultiFactorAuthPresent']]);
  });

  it('the Deny override really overrides an applicable Allow', () => {
    const decision = evaluateForUser(
      bankUser('amelia') as User,
      bankRoles,
      bankRequestPreset('deny-override-delete')?.request ?? { action: '', resource: '' },
    );
    const entries = traceEntries(decision);
    expect(entries.find((e) => e.sid === 'ManageEmployeeRecordsInOwnDepartment')?.summary).toBe(
      'Applies: Allow, but an explicit Deny overrides it.',
    );
  });
});

describe('bank model', () => {
  it('every bank policy is valid policy JSON', () => {
    for (const named of [hrManagerPolicy, recruiterPolicy, payrollPolicy, bankGuardrails]) {
      expect(parsePolicy(JSON.stringify(named.policy))).toEqual(named.policy);
    }
  });

  it('builds a request context from user attributes and the session', () => {
    expect(
      bankContext(bankUser('amelia') as User, {
        sourceIp: '192.0.2.10',
        mfa: true,
        now: BANK_DEMO_NOW,
        resourceLocation: 'frankfurt',
      }),
    ).toEqual({
      'hr:Department': 'retail',
      'hr:Location': 'frankfurt',
      'hr:Clearance': 3,
      'aws:SourceIp': '192.0.2.10',
      'aws:MultiFactorAuthPresent': true,
      'aws:CurrentTime': '2026-11-27T10:00:00Z',
      'bank:LocalHour': 10,
      'hr:ResourceLocation': 'frankfurt',
    });
    expect(Object.keys(bankContext(bankUser('ravi') as User, { now: BANK_DEMO_NOW }))).not.toContain('aws:SourceIp');
  });

  it('lists four people, the auditor without roles', () => {
    expect(bankUsers.map((u) => [u.id, u.roles])).toEqual([
      ['amelia', ['hr-manager']],
      ['ravi', ['recruiter']],
      ['paula', ['payroll-specialist']],
      ['olivia', []],
    ]);
    expect(bankUser('nobody')).toBeUndefined();
  });
});

describe('the corporate network as a real AWS policy writes it (issue 14)', () => {
  // IAM User Guide, "AWS global condition context keys", read 2026-12-04: aws:SourceIp is the
  // public address AWS sees and is absent through a VPC endpoint, where aws:VpcSourceIp and
  // aws:SourceVpce are present instead.
  const paula = bankUser('paula') as User;
  const run = (session: Partial<BankSession>) =>
    evaluateForUser(paula, bankRoles, {
      action: 'payroll:RunPayroll',
      resource: 'arn:bank:payroll:::run/2026-11',
      context: bankContext(paula, { mfa: true, now: BANK_DEMO_NOW, resourceLocation: 'frankfurt', ...session }),
    });
  const outcome = (session: Partial<BankSession>) => {
    const d = run(session);
    return `${d.reason}${d.decidingStatement?.sid ? ` ${d.decidingStatement.sid}` : ''}`;
  };

  it('matches aws:SourceIp against public ranges only: no private (RFC 1918) range', () => {
    const privateRanges = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
    for (const cidr of CORPORATE_NETWORKS) expect(privateRanges).not.toContain(cidr);
    expect(JSON.stringify(bankGuardrails.policy)).not.toContain('10.0.0.0/8');
    expect(BANK_VPC_RANGES).toEqual(['10.0.0.0/8']);
  });

  it('allows the office over the internet and the VPC through the bank endpoint, and nothing else', () => {
    expect(outcome({ sourceIp: '192.0.2.10' })).toBe('allowed RunMonthlyPayroll');
    expect(outcome({ sourceIp: '2001:db8:b4e:12::7' })).toBe('allowed RunMonthlyPayroll');
    expect(outcome(VIA_BANK_ENDPOINT)).toBe('allowed RunMonthlyPayroll');
    expect(outcome({ sourceIp: '203.0.113.50' })).toBe('explicit-deny DenyOutsideCorporateNetwork');
    expect(outcome({ ...VIA_BANK_ENDPOINT, sourceVpce: 'vpce-0other' })).toBe(
      'explicit-deny DenyOutsideCorporateNetwork',
    );
    // A private address can never arrive as aws:SourceIp in AWS; if it did, it is not the office.
    expect(outcome({ sourceIp: '10.20.30.40' })).toBe('explicit-deny DenyOutsideCorporateNetwork');
    // No network key at all (a service acting on the user's behalf): the guardrail fails closed.
    expect(outcome({})).toBe('explicit-deny DenyOutsideCorporateNetwork');
    // Through the bank's endpoint from outside the VPC's range: the Allow's VpcSourceIp check fails.
    expect(outcome({ ...VIA_BANK_ENDPOINT, vpcSourceIp: '172.16.0.9' })).toBe('implicit-deny');
  });

  it('the endpoint request carries no aws:SourceIp', () => {
    const context = bankRequestPreset('payroll-via-vpc-endpoint')?.request.context ?? {};
    expect(Object.keys(context)).not.toContain('aws:SourceIp');
    expect(context['aws:SourceVpce']).toBe(BANK_VPC_ENDPOINT);
  });
});

describe('effectivePolicies', () => {
  it("is the union of the roles' policies, each policy once", () => {
    expect(effectivePolicies(bankUser('amelia') as User, bankRoles).map((p) => p.id)).toEqual([
      'hr-manager-access',
      'bank-guardrails',
    ]);
    const both: User = {
      id: 'x',
      name: 'X',
      title: 'HR Manager and Recruiter',
      roles: ['hr-manager', 'recruiter'],
      attributes: {},
    };
    expect(effectivePolicies(both, bankRoles).map((p) => p.id)).toEqual([
      'hr-manager-access',
      'bank-guardrails',
      'recruiter-access',
    ]);
  });

  it('ignores unknown roles and gives nothing to a user without roles', () => {
    const ghost: User = { id: 'g', name: 'G', title: '', roles: ['no-such-role'], attributes: {} };
    expect(effectivePolicies(ghost, bankRoles)).toEqual([]);
    expect(effectivePolicies(bankUser('olivia') as User, bankRoles)).toEqual([]);
  });
});

describe('auditor SAS presets', () => {
  it('issues a two-week, read-and-list, HTTPS-only container token', async () => {
    const sas = await createSas(auditorSasParams, AUDITOR_DEMO_KEY);
    expect(sas).toBe(
      'sv=2022-11-02&sp=rl&st=2026-11-23T08%3A00%3A00Z&se=2026-12-07T08%3A00%3A00Z&sip=198.51.100.0-198.51.100.255&spr=https&sr=c' +
        '&cres=%2Fblob%2Fbankcompliance%2Fcompliance-reports&sig=vamvVvVVhEuBVEmnGuhhVfwx6qXskEylX7RMguuOmd4%3D',
    );
    expect(auditorSasParams.expiry.getTime() - auditorSasParams.start.getTime()).toBe(14 * 24 * 3600 * 1000);
  });

  it('has the documented ids and outcomes', () => {
    expect(auditorSasPresets.map((p) => [p.id, p.expected.ok ? 'ok' : p.expected.reason])).toEqual([
      ['auditor-reads-report', 'ok'],
      ['auditor-lists-reports', 'ok'],
      ['auditor-deletes-report', 'permission'],
      ['auditor-before-start', 'not-yet-valid'],
      ['auditor-after-two-weeks', 'expired'],
      ['auditor-other-container', 'wrong-resource'],
      ['auditor-from-home', 'ip'],
      ['auditor-over-http', 'protocol'],
    ]);
  });

  it.each(auditorSasPresets.map((p) => [p.id, p] as const))(
    '%s verifies to its expected outcome',
    async (_id, preset) => {
      const sas = await createSas(auditorSasParams, AUDITOR_DEMO_KEY);
      expect(await verifySas(sas, AUDITOR_DEMO_KEY, preset.request, preset.now)).toEqual(preset.expected);
    },
  );
});
