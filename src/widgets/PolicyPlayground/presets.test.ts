import { describe, expect, it } from 'vitest';
import { OAUTH_SCENARIOS } from '../../domain/access/doors/oauth.ts';
import { auditorSasPresets, bankRequestPresets } from '../../domain/access/doors/bank.ts';
import { checkProps, defaultPreset, presetIds } from './presets.ts';

describe('PolicyPlayground props', () => {
  it('takes its preset ids from the domain, per mode', () => {
    expect(presetIds('iam')).toEqual(bankRequestPresets.map((p) => p.id));
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
