import { describe, expect, it } from 'vitest';
import {
  bankContext,
  bankGuardrails,
  bankRoles,
  bankUser,
  bankUsers,
  hrManagerPolicy,
  payrollPolicy,
  recruiterPolicy,
} from './bank-policies.ts';
import { BANK_DEMO_NOW, bankRequestPreset, bankRequestPresets } from './bank-presets.ts';
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
        sourceIp: '10.20.30.40',
        mfa: true,
        now: BANK_DEMO_NOW,
        resourceLocation: 'frankfurt',
      }),
    ).toEqual({
      'hr:Department': 'retail',
      'hr:Location': 'frankfurt',
      'hr:Clearance': 3,
      'aws:SourceIp': '10.20.30.40',
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
