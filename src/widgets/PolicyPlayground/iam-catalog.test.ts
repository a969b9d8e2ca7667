import { describe, expect, it } from 'vitest';
import { bankRolePresets, bankRoleOnlyRoles } from '../../domain/access/doors/bank.ts';
import { iamGrammarPresets } from '../../domain/access/doors/iam.ts';
import { iamPresets, originalPolicy, presetsOfFamily } from './iam-catalog.ts';
import { isPolicyId, policiesOf, prettyPolicy, reduceIam, stateOfPreset } from './iam-state.ts';
import { decisionView } from './iam-view.ts';
import { paramsFor, writeSearch } from './url-common.ts';
import { readIamParams, writeIamParams } from './iam-url.ts';

describe('grammar presets in the IAM playground', () => {
  it.each(iamGrammarPresets.map((p) => [p.id, p] as const))('%s loads its own policy and request', (id, preset) => {
    const s = stateOfPreset(id);
    const policies = policiesOf(s);
    // The editor shows the preset's own policy, not a bank user's.
    expect(policies.map((p) => [p.id, p.name])).toEqual([[preset.policyId, preset.policyName]]);
    expect(policies[0]?.text).toBe(prettyPolicy(preset.policy));
    // The request form shows its request.
    expect(s.userId).toBe('');
    expect(s.action).toBe(preset.request.action);
    expect(s.resource).toBe(preset.request.resource);
    expect(s.rows.map((r) => r.key)).toEqual(Object.keys(preset.request.context ?? {}));
    // The decision is the domain's, as the preset documents it.
    const view = decisionView(s);
    expect([view.effect, view.reason]).toEqual([preset.expected.effect, preset.expected.reason]);
    expect(view.statements.filter((x) => x.decisive).map((x) => x.sid)).toEqual(
      preset.expected.decidingSid ? [preset.expected.decidingSid] : [],
    );
    expect(view.agrees).toBe(true);
  });

  it('ignores a user change (an example has no user) and edits its own policy', () => {
    const s = stateOfPreset('notaction-s3-without-mfa');
    expect(reduceIam(s, { type: 'user', id: 'amelia' })).toBe(s);
    expect(isPolicyId('mfa-guardrail')).toBe(true);
    // Deleting the Deny makes the Allow decide: the decision follows the edit.
    const allowOnly = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}';
    const edited = reduceIam(s, { type: 'edit', policyId: 'mfa-guardrail', text: allowOnly });
    expect(decisionView(edited).effect).toBe('Allow');
    expect(decisionView(edited).agrees).toBe(false);
    // Presets that share the policy share the edit.
    const other = reduceIam(edited, { type: 'preset', id: 'ifexists-with-mfa' });
    expect(policiesOf(other)[0]?.edited).toBe(true);
  });

  it('survives a shared link: preset, context and edit come back, and no user is written', () => {
    let s = stateOfPreset('ifexists-access-keys-without-mfa-key');
    s = reduceIam(s, { type: 'set-key', key: 'aws:MultiFactorAuthPresent', rowType: 'bool', value: 'true' });
    s = reduceIam(s, { type: 'edit', policyId: 'mfa-guardrail', text: '{"Statement": [' });
    const { values } = writeIamParams(s, 'request');
    expect(values['user']).toBeUndefined();
    const params = paramsFor(writeSearch('', 'iam', 1, values), 'iam', 1);
    const back = readIamParams(params as URLSearchParams, 'hr-manager-updates-record');
    expect(back.rejected).toEqual([]);
    expect(back.unknownPreset).toBeNull();
    expect(back.state.presetId).toBe('ifexists-access-keys-without-mfa-key');
    expect(back.state.rows.map((r) => [r.key, r.value])).toEqual([['aws:MultiFactorAuthPresent', 'true']]);
    expect(back.state.edits['mfa-guardrail']?.error).not.toBeNull();
    // With MFA present, the Deny no longer applies (the last valid policy is kept).
    expect(decisionView(back.state).effect).toBe('Allow');
  });
});

describe('role-only presets (the RBAC lesson)', () => {
  it('open on policies without any Condition, for every role', () => {
    for (const role of bankRoleOnlyRoles)
      for (const named of role.policies) expect(JSON.stringify(named.policy)).not.toContain('Condition');
    for (const p of bankRolePresets) {
      const s = stateOfPreset(p.id);
      for (const policy of policiesOf(s)) expect(policy.text).not.toContain('Condition');
      // No network, MFA or clock keys in the request.
      expect(s.rows.map((r) => r.key).filter((k) => k.startsWith('aws:') || k.startsWith('bank:'))).toEqual([]);
    }
  });

  it('follow the chosen user to that user’s role-only policies', () => {
    const s = reduceIam(stateOfPreset('roles-recruiter-reads-salary'), { type: 'user', id: 'paula' });
    expect(policiesOf(s).map((p) => p.id)).toEqual(['payroll-role', 'bank-retention']);
    expect(decisionView(s).effect).toBe('Allow');
  });

  it('keep the families apart: the picker offers one family, policy ids never collide', () => {
    expect(presetsOfFamily('roles').map((p) => p.id)).toEqual(bankRolePresets.map((p) => p.id));
    expect(presetsOfFamily('grammar').map((p) => p.id)).toEqual(iamGrammarPresets.map((p) => p.id));
    expect(new Set(iamPresets.map((p) => p.id)).size).toBe(iamPresets.length);
    expect(originalPolicy('hr-manager-role')).toBeDefined();
    expect(originalPolicy('hr-manager-access')).toBeDefined();
    expect(originalPolicy('nope')).toBeUndefined();
  });
});

describe('what the ABAC lesson asks the learner to try', () => {
  const editFirst = (presetId: string, change: (text: string) => string) => {
    const s = stateOfPreset(presetId);
    const policy = policiesOf(s)[0];
    if (!policy) throw new Error('no policy');
    return decisionView(reduceIam(s, { type: 'edit', policyId: policy.id, text: change(policy.text) }));
  };

  it('BoolIfExists -> Bool: a positive condition on a missing key is false, so the script gets in', () => {
    expect(decisionView(stateOfPreset('ifexists-access-keys-without-mfa-key')).effect).toBe('Deny');
    const view = editFirst('ifexists-access-keys-without-mfa-key', (t) => t.replace('BoolIfExists', 'Bool'));
    expect([view.effect, view.reason]).toEqual(['Allow', 'allowed']);
  });

  it('a Null check closes the ForAllValues "no tags" trap', () => {
    expect(decisionView(stateOfPreset('forallvalues-no-tags')).effect).toBe('Allow');
    const view = editFirst('forallvalues-no-tags', (t) =>
      t.replace('"Condition": {', '"Condition": {\n        "Null": { "aws:TagKeys": "false" },'),
    );
    expect(view.stale).toBe(false);
    expect([view.effect, view.reason]).toEqual(['Deny', 'implicit-deny']);
  });
});
