import { describe, expect, it } from 'vitest';
import { iamPresets } from './iam-catalog.ts';
import { reduceIam, stateOfPreset } from './iam-state.ts';
import { decisionView } from './iam-view.ts';

describe('IAM decision view', () => {
  it.each(iamPresets.map((p) => [p.id, p] as const))('%s shows its expected decision', (id, preset) => {
    const view = decisionView(stateOfPreset(id));
    expect(view.effect).toBe(preset.expected.effect);
    expect(view.reason).toBe(preset.expected.reason);
    expect(view.agrees).toBe(true);
    const deciding = view.statements.filter((s) => s.decisive);
    expect(deciding.map((s) => s.sid)).toEqual(preset.expected.decidingSid ? [preset.expected.decidingSid] : []);
  });

  it('names the policy of each statement and explains the decision', () => {
    const view = decisionView(stateOfPreset('deny-override-delete'));
    expect(view.decidingPolicy).toBe('Bank guardrails');
    expect(view.explanation).toBe(
      'Denied: statement 0 (DenyDeletingEmployeeRecords) of policy 1 is an explicit Deny, and an explicit Deny overrides any Allow.',
    );
    expect(view.statements.map((s) => `${s.policyName}/${s.sid}`)).toEqual([
      'HR Manager access/ManageEmployeeRecordsInOwnDepartment',
      'HR Manager access/ReadSalariesInOwnDepartment',
      'Bank guardrails/DenyDeletingEmployeeRecords',
      'Bank guardrails/DenyOutsideCorporateNetwork',
    ]);
  });

  it('reports a disagreement with the case study after an edit, and a stale policy', () => {
    let s = stateOfPreset('deny-override-delete');
    s = reduceIam(s, {
      type: 'edit',
      policyId: 'bank-guardrails',
      text: '{"Statement": {"Effect": "Allow", "Action": "hr:Nothing", "Resource": "*"}}',
    });
    const view = decisionView(s);
    expect(view.effect).toBe('Allow');
    expect(view.agrees).toBe(false);
    const broken = decisionView(reduceIam(s, { type: 'edit', policyId: 'bank-guardrails', text: '{' }));
    expect(broken.stale).toBe(true);
    expect(broken.effect).toBe('Allow');
  });

  it('the auditor holds no policy: implicit deny with an empty trace', () => {
    const view = decisionView(stateOfPreset('auditor-without-role'));
    expect(view.statements).toEqual([]);
    expect(view.reasonLabel).toBe('implicit deny');
  });

  it('reads the trace as text whatever the learner typed', () => {
    const s = reduceIam(stateOfPreset('hr-manager-updates-record'), {
      type: 'action',
      value: '<img src=x onerror=alert(1)>',
    });
    const view = decisionView(s);
    expect(view.effect).toBe('Deny');
    expect(view.statements[0]?.action.reason).toContain('"<img src=x onerror=alert(1)>"');
  });
});
