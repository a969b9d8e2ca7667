import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs.ts';
import { AUDITOR_DEMO_KEY, auditorSasParams, auditorSasPresets } from './bank-auditor.ts';
import { createSas, verifySas } from './sas.ts';
import { parseSas } from './sas-format.ts';
import { editParam, tamperExpiry, tamperPermissions, tamperSignature } from './sas-tamper.ts';

const Q = 'sv=2022-11-02&sp=rl&se=2026-12-07T08%3A00%3A00Z&sr=c&cres=%2Fblob%2Fa%2Fb&sig=AAAA%2B%2F%3D';

describe('the SAS tamper model', () => {
  it('changes one thing and keeps the token well-formed', () => {
    expect(tamperSignature(Q)).toBe(Q.replace('sig=AAAA', 'sig=BAAA'));
    expect(tamperExpiry(Q)).toBe(Q.replace('08%3A00%3A00Z', '08%3A01%3A00Z'));
    expect(tamperPermissions(Q)).toBe(Q.replace('sp=rl', 'sp=rdl'));
    expect(tamperPermissions('sp=racwdl')).toBe('sp=racwd');
    expect(tamperPermissions('sp=racwl')).toBe('sp=racwdl');
    expect(tamperPermissions('sp=racdl')).toBe('sp=racwdl');
    expect(tamperSignature('sv=1')).toBe('sv=1');
    expect(tamperExpiry(Q.replace('08%3A00', '08%3A09'))).toContain('08%3A08%3A00Z');
    // A date-only expiry moves by one year (the last digit of the year), still a valid date.
    expect(tamperExpiry('se=2026-12-07')).toBe('se=2027-12-07');
  });

  it('keeps a leading "?" and leaves an absent or undecodable parameter alone', () => {
    expect(tamperSignature(`?${Q}`)).toBe(`?${Q.replace('sig=AAAA', 'sig=BAAA')}`);
    expect(editParam('a=1&b=2', 'c', () => 'x')).toBe('a=1&b=2');
    expect(editParam('a=%E0%A4%A&b=2', 'a', () => 'x')).toBe('a=%E0%A4%A&b=2');
    expect(editParam('a=1&a=2', 'a', (v) => `${v}!`)).toBe('a=1!&a=2');
  });

  it('every tamper is caught by verifySas as a bad signature, never as malformed', async () => {
    const token = await createSas(auditorSasParams, AUDITOR_DEMO_KEY);
    const preset = auditorSasPresets[0];
    if (!preset) throw new Error('no auditor preset');
    expect(await verifySas(token, AUDITOR_DEMO_KEY, preset.request, preset.now)).toEqual(preset.expected);
    for (const tamper of [tamperSignature, tamperExpiry, tamperPermissions]) {
      const changed = tamper(token);
      expect(changed).not.toBe(token);
      expect(parseSas(changed).ok).toBe(true);
      expect(await verifySas(changed, AUDITOR_DEMO_KEY, preset.request, preset.now)).toMatchObject({
        ok: false,
        reason: 'bad-signature',
      });
    }
  });

  it('never throws on bad text', () => {
    for (const bad of badInputs('text')) {
      for (const tamper of [tamperSignature, tamperExpiry, tamperPermissions]) {
        expect(typeof tamper(bad)).toBe('string');
        expect(typeof tamper(`sig=${bad}&se=${bad}&sp=${bad}`)).toBe('string');
      }
    }
  });
});
