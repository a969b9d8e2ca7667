import { describe, expect, it } from 'vitest';
import { BANK_VPC_ENDPOINT, CORPORATE_NETWORKS, bankRequestPresets } from '../../domain/access/doors/bank.ts';
import { decisionView } from './iam-view.ts';
import { cidrContains, parseCidr, parseIp } from '../../domain/access/doors/iam.ts';
import { IP_HELPERS, clockMinutes, policiesOf, reduceIam, stateOfPreset, type IamState } from './iam-state.ts';
import { rowValue } from './iam-rows.ts';

const inCorporate = (ip: string) =>
  CORPORATE_NETWORKS.some((c) => {
    const cidr = parseCidr(c);
    const parsed = parseIp(ip);
    return cidr !== null && parsed !== null && cidrContains(cidr, parsed);
  });

describe('IAM state', () => {
  it('loads every preset with its user, action, resource and context', () => {
    for (const p of bankRequestPresets) {
      const s = stateOfPreset(p.id);
      expect(s.userId).toBe(p.userId);
      expect(s.action).toBe(p.request.action);
      expect(s.rows.map((r) => r.key)).toEqual(Object.keys(p.request.context ?? {}));
    }
  });

  it('offers office addresses inside the corporate network and a home one outside', () => {
    // Public addresses: aws:SourceIp never carries a private one (issue 14).
    expect(IP_HELPERS).toEqual({ officeV4: '192.0.2.10', officeV6: '2001:db8:b4e:12::7', home: '203.0.113.77' });
    expect(inCorporate(IP_HELPERS.officeV4)).toBe(true);
    expect(inCorporate(IP_HELPERS.officeV6)).toBe(true);
    expect(inCorporate(IP_HELPERS.home)).toBe(false);
  });

  it('puts the request through the VPC endpoint (no aws:SourceIp) and back over the internet', () => {
    const s0 = stateOfPreset('hr-manager-updates-record');
    const via = reduceIam(s0, { type: 'origin', origin: 'endpoint' });
    expect(rowValue(via.rows, 'aws:SourceIp')).toBeUndefined();
    expect(rowValue(via.rows, 'aws:VpcSourceIp')).toBe('10.20.30.40');
    expect(rowValue(via.rows, 'aws:SourceVpce')).toBe(BANK_VPC_ENDPOINT);
    expect(decisionView(via).effect).toBe('Allow');
    // Another endpoint is refused by the guardrail.
    const other = reduceIam(via, { type: 'set-key', key: 'aws:SourceVpce', rowType: 'string', value: 'vpce-0other' });
    expect([decisionView(other).effect, decisionView(other).reason]).toEqual(['Deny', 'explicit-deny']);
    const home = reduceIam(via, { type: 'origin', origin: 'home' });
    expect(home.rows.map((r) => r.key).filter((k) => k.includes('Vpc'))).toEqual([]);
    expect(rowValue(home.rows, 'aws:SourceIp')).toBe('203.0.113.77');
    expect(decisionView(home).reason).toBe('explicit-deny');
  });

  it('takes department, location and clearance from the chosen user', () => {
    let s = stateOfPreset('hr-manager-updates-record');
    s = reduceIam(s, { type: 'user', id: 'olivia' });
    expect(rowValue(s.rows, 'hr:Department')).toBeUndefined();
    expect(rowValue(s.rows, 'hr:Location')).toBe('london');
    expect(rowValue(s.rows, 'hr:Clearance')).toBe(1);
    expect(rowValue(s.rows, 'aws:SourceIp')).toBe('192.0.2.10');
    s = reduceIam(s, { type: 'user', id: 'paula' });
    expect(s.rows.slice(0, 3).map((r) => [r.key, r.value])).toEqual([
      ['hr:Department', 'finance'],
      ['hr:Location', 'frankfurt'],
      ['hr:Clearance', '4'],
    ]);
    expect(reduceIam(s, { type: 'user', id: 'nobody' })).toBe(s);
  });

  it('sets both clock keys from the time of day, keeping the date', () => {
    const s = reduceIam(stateOfPreset('hr-manager-updates-record'), { type: 'time', minutes: 21 * 60 + 30 });
    expect(rowValue(s.rows, 'aws:CurrentTime')).toBe('2026-11-27T21:30:00Z');
    expect(rowValue(s.rows, 'bank:LocalHour')).toBe(21);
    expect(clockMinutes(s.rows)).toBe(21 * 60 + 30);
  });

  it('keeps the last valid policy while the text is broken, with the error where it is', () => {
    const s0 = stateOfPreset('hr-manager-updates-record');
    const id = 'bank-guardrails';
    const good = policiesOf(s0).find((p) => p.id === id)?.good;
    const broken = reduceIam(s0, {
      type: 'edit',
      policyId: id,
      text: '{\n  "Statement": [\n    {"Effect": "Alow"}\n  ]\n}',
    });
    const view = policiesOf(broken).find((p) => p.id === id);
    expect(view?.good).toBe(good);
    expect(view?.error).toMatchObject({ path: '$.Statement[0].Effect', line: 3 });
    expect(view?.error?.message).toContain('line 3');
    const fixed = reduceIam(broken, {
      type: 'edit',
      policyId: id,
      text: '{"Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}}',
    });
    expect(policiesOf(fixed).find((p) => p.id === id)?.error).toBeNull();
    expect(policiesOf(fixed).find((p) => p.id === id)?.edited).toBe(true);
    expect(policiesOf(reduceIam(fixed, { type: 'reset-all' })).some((p) => p.edited)).toBe(false);
  });

  it('survives 10,000 "[" in the editor, quickly', () => {
    const t0 = performance.now();
    const s: IamState = reduceIam(stateOfPreset('hr-manager-updates-record'), {
      type: 'edit',
      policyId: 'hr-manager-access',
      text: '['.repeat(10_000),
    });
    expect(performance.now() - t0).toBeLessThan(500);
    expect(s.edits['hr-manager-access']?.error).toMatchObject({ line: 1, path: '$' });
  });

  it('keeps policy edits across presets and ignores unknown ids', () => {
    const s = reduceIam(stateOfPreset('out-of-hours'), { type: 'edit', policyId: 'bank-guardrails', text: '{}' });
    expect(Object.keys(reduceIam(s, { type: 'preset', id: 'without-mfa' }).edits)).toEqual(['bank-guardrails']);
    expect(reduceIam(s, { type: 'preset', id: 'nope' })).toBe(s);
    expect(reduceIam(s, { type: 'edit', policyId: 'nope', text: '{}' })).toBe(s);
  });
});
