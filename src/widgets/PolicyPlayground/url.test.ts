import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs.ts';
import { decodeJson, encodeJson } from './link-codec.ts';
import { paramsFor, writeSearch } from './url-common.ts';
import { reduceIam, stateOfPreset } from './iam-state.ts';
import { readIamParams, writeIamParams } from './iam-url.ts';
import { S } from './strings.ts';

const read = (search: string, preset = 'hr-manager-updates-record') => {
  const params = paramsFor(search, 'iam', 1);
  if (!params) throw new Error('not addressed');
  return readIamParams(params, preset);
};

describe('link encoding', () => {
  it('round-trips any text, emoji and control characters included', () => {
    for (const text of [...badInputs('text'), ...badInputs('json')])
      expect(decodeJson(encodeJson(text), 1e6)).toBe(text);
  });
  it('gives null for damaged or oversized values', () => {
    for (const bad of ['', '%%%', '!!', 'a', encodeJson('x').slice(0, -1) + '*'])
      expect(decodeJson(bad, 100)).toBeNull();
    expect(decodeJson(encodeJson('x'.repeat(100)), 10)).toBeNull();
  });
});

describe('addressing a playground', () => {
  it('reads only the parameters of its mode and ordinal', () => {
    expect(paramsFor('?pp.mode=iam', 'iam', 1)).not.toBeNull();
    expect(paramsFor('?pp.mode=iam&pp.n=2', 'iam', 1)).toBeNull();
    expect(paramsFor('?pp.mode=iam&pp.n=2', 'iam', 2)).not.toBeNull();
    expect(paramsFor('?pp.mode=sas', 'iam', 1)).toBeNull();
    expect(paramsFor('?workshop=ABC', 'iam', 1)).toBeNull();
  });
  it('writes its parameters and keeps everyone else’s', () => {
    const search = writeSearch('?workshop=ABC&pp.old=1', 'sas', 2, { preset: 'x', tok: undefined });
    expect(search).toBe('?workshop=ABC&pp.mode=sas&pp.n=2&pp.preset=x');
  });
});

describe('IAM state in the link', () => {
  it('restores a changed state exactly', () => {
    let s = stateOfPreset('out-of-hours');
    s = reduceIam(s, { type: 'user', id: 'ravi' });
    s = reduceIam(s, { type: 'action', value: 'recruit:ReadCandidate' });
    s = reduceIam(s, { type: 'set-key', key: 'aws:SourceIp', rowType: 'string', value: '2001:db8:b4e:12::7' });
    s = reduceIam(s, { type: 'edit', policyId: 'bank-guardrails', text: '{"Statement": [ ] ,\n "Ünïcode": "🚀"' });
    s = reduceIam(s, { type: 'select', policyId: 'bank-guardrails' });
    const { values, note } = writeIamParams(s, 'policies');
    expect(note).toBeNull();
    const search = writeSearch('', 'iam', 1, values);
    const back = read(search);
    expect(back.rejected).toEqual([]);
    expect(back.tab).toBe('policies');
    expect(back.state.userId).toBe('ravi');
    expect(back.state.action).toBe('recruit:ReadCandidate');
    expect(back.state.rows.map((r) => [r.key, r.type, r.value])).toEqual(s.rows.map((r) => [r.key, r.type, r.value]));
    expect(back.state.edits['bank-guardrails']?.text).toBe(s.edits['bank-guardrails']?.text);
    expect(back.state.edits['bank-guardrails']?.error?.line).toBe(2);
    expect(back.state.selected).toBe('bank-guardrails');
  });

  it('falls back to the example for garbage, naming each parameter', () => {
    const back = read(
      '?pp.mode=iam&pp.user=mallory&pp.ctx=%%%&pp.pol=eyJ4Ijox&pp.edit=nope&pp.tab=<b>&pp.action=hr:ReadEmployeeRecord',
    );
    expect(back.rejected).toEqual(['pp.user', 'pp.ctx', 'pp.pol', 'pp.edit', 'pp.tab']);
    expect(back.state.userId).toBe('amelia');
    expect(back.state.action).toBe('hr:ReadEmployeeRecord');
    expect(back.unknownPreset).toBeNull();
  });

  it('falls back to the lesson’s preset when the link names an unknown one', () => {
    const back = read('?pp.mode=iam&pp.preset=%3Cscript%3E', 'without-mfa');
    expect(back.unknownPreset).toBe('<script>');
    expect(back.state.presetId).toBe('without-mfa');
  });

  it('leaves out edited policies too large for a link, and says so', () => {
    const big = JSON.stringify({ Statement: [], Pad: 'x'.repeat(9000) });
    const s = reduceIam(stateOfPreset('hr-manager-updates-record'), {
      type: 'edit',
      policyId: 'bank-guardrails',
      text: big,
    });
    const { values, note } = writeIamParams(s, 'decision');
    expect(values['pol']).toBeUndefined();
    expect(note).toBe(S.tooLong('your edited policies', encodeJson({ 'bank-guardrails': big }).length, 6000));
  });
});
