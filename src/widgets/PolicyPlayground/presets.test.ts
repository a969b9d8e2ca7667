import { describe, expect, it } from 'vitest';
import { OAUTH_SCENARIOS } from '../../domain/access/doors/oauth.ts';
import { auditorSasPresets, bankRequestPresets } from '../../domain/access/doors/bank.ts';
import { decide, evaluate, iamGrammarPresets, parsePolicy } from '../../domain/access/doors/iam.ts';
import { checkProps, defaultPreset, grammarPresetIds, presetIds } from './presets.ts';
import { bankRolePresets } from '../../domain/access/doors/bank.ts';

describe('PolicyPlayground props', () => {
  it('takes its preset ids from the domain, per mode', () => {
    // IAM: the bank's presets, the role-only ones (the RBAC lesson), then the grammar examples.
    expect(presetIds('iam')).toEqual([
      ...bankRequestPresets.map((p) => p.id),
      ...bankRolePresets.map((p) => p.id),
      ...iamGrammarPresets.map((p) => p.id),
    ]);
    expect(presetIds('sas')).toEqual(auditorSasPresets.map((p) => p.id));
    expect(presetIds('oauth')).toEqual(OAUTH_SCENARIOS.map((s) => s.id));
  });

  it('defaults to the first preset of the mode', () => {
    expect(checkProps('iam', undefined, '/x/')).toEqual({ mode: 'iam', preset: 'hr-manager-updates-record' });
    expect(defaultPreset('sas')).toBe('auditor-reads-report');
    expect(defaultPreset('oauth')).toBe('happy-path');
  });

  it('accepts the ids the lessons use', () => {
    expect(checkProps('iam', 'hr-manager-updates-record', '/x/').preset).toBe('hr-manager-updates-record');
    expect(checkProps('sas', 'auditor-reads-report', '/x/').preset).toBe('auditor-reads-report');
    expect(checkProps('oauth', 'happy-path', '/x/').preset).toBe('happy-path');
  });

  it('fails with the page, the value received and every valid id', () => {
    expect(() => checkProps('oauth', 'nope', '/learn/a/')).toThrow(
      '<PolicyPlayground mode="oauth"> in /learn/a/: preset is "nope", expected one of happy-path, redirect-uri-mismatch, state-mismatch, pkce-failed, code-reused, scope-not-granted.',
    );
    expect(() => checkProps('sas', 'hr-manager-updates-record', '/p/')).toThrow(
      /expected one of auditor-reads-report, /,
    );
    expect(() => checkProps('IAM', undefined, '/p/')).toThrow('mode is "IAM", expected one of iam, sas, oauth.');
    expect(() => checkProps(undefined, undefined, '/p/')).toThrow('mode is undefined');
  });
});

describe('IAM grammar presets: the domain decides each as its description says', () => {
  const decisionWords: Record<string, RegExp> = {
    allowed: /the Allow (decides|applies)/,
    'explicit-deny': /(explicit Deny|the Deny still applies)/,
    'implicit-deny': /implicit deny/,
  };

  it('lists them after the bank presets, without changing the bank ids, and a lesson may embed them', () => {
    // Once loadable (the IAM mode loads a grammar preset's own policy), presetIds('iam') takes
    // them too, after the bank's ids, which keep their order.
    expect(grammarPresetIds()).toEqual(iamGrammarPresets.map((p) => p.id));
    expect(presetIds('iam').slice(0, bankRequestPresets.length)).toEqual(bankRequestPresets.map((p) => p.id));
    expect(presetIds('iam').slice(-grammarPresetIds().length)).toEqual(grammarPresetIds());
    for (const id of grammarPresetIds()) expect(checkProps('iam', id, '/x/').preset).toBe(id);
    expect(new Set(presetIds('iam')).size).toBe(presetIds('iam').length);
  });

  it('covers NotAction, NotResource, IfExists and the set operators', () => {
    expect(new Set(iamGrammarPresets.map((p) => p.teaches))).toEqual(
      new Set(['NotAction', 'NotResource', 'IfExists', 'set operators']),
    );
  });

  it.each(iamGrammarPresets.map((p) => [p.id, p] as const))('%s', (_id, preset) => {
    // The policy is valid IAM grammar: parsePolicy accepts it unchanged.
    const policy = parsePolicy(JSON.stringify(preset.policy));
    expect(policy).toEqual(preset.policy);
    const decision = evaluate([policy], preset.request);
    expect(decide([policy], preset.request)).toEqual({
      effect: decision.effect,
      reason: decision.reason,
      ...(decision.decidingStatement ? { decidingStatement: decision.decidingStatement } : {}),
    });
    expect({ effect: decision.effect, reason: decision.reason }).toEqual({
      effect: preset.expected.effect,
      reason: preset.expected.reason,
    });
    expect(decision.decidingStatement?.sid).toBe(preset.expected.decidingSid);
    // The description names the outcome the learner will see.
    expect(preset.description).toMatch(decisionWords[decision.reason] as RegExp);
  });
});
