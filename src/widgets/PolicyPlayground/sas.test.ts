import { describe, expect, it } from 'vitest';
import { AUDITOR_DEMO_KEY, auditorSasPresets } from '../../domain/access/doors/bank.ts';
import { createSas, verifySas } from '../../domain/access/doors/sas.ts';
import { badInputs } from '../../../tests/support/bad-inputs.ts';
import {
  HOME_IP,
  presented,
  reduceSas,
  signParams,
  stateOfSasPreset,
  verifyRequest,
  type SasAction,
  type SasState,
} from './sas-state.ts';
import { clockHours, clockInstant, clockRange, daysFrom, fromInputValue, toInputValue } from './sas-time.ts';
import { readSasParams, writeSasParams } from './sas-url.ts';
import { paramsFor, writeSearch } from './url-common.ts';

/** Signs the form like the component does, then verifies the presented token. */
async function verdict(state: SasState) {
  const params = signParams(state.form);
  if (!params.ok) throw new Error(params.error);
  const signed = await createSas(params.params, AUDITOR_DEMO_KEY);
  const s = state.signed === signed ? state : { ...state, signed };
  return verifySas(presented(s), AUDITOR_DEMO_KEY, verifyRequest(s.request), new Date(s.now));
}

const signedState = async (id: string) => {
  const s = stateOfSasPreset(id);
  const params = signParams(s.form);
  if (!params.ok) throw new Error(params.error);
  return reduceSas(s, { type: 'signed', token: await createSas(params.params, AUDITOR_DEMO_KEY), error: null });
};

describe('SAS mode', () => {
  it.each(auditorSasPresets.map((p) => [p.id, p] as const))('%s gives its expected verdict', async (id, preset) => {
    expect(await verdict(stateOfSasPreset(id))).toEqual(preset.expected);
  });

  it('each attack or mistake is rejected for its own reason', async () => {
    const base = await signedState('auditor-reads-report');
    const cases: [SasAction, string][] = [
      [{ type: 'tamper', what: 'sig' }, 'bad-signature'],
      [{ type: 'tamper', what: 'se' }, 'bad-signature'],
      [{ type: 'tamper', what: 'sp' }, 'bad-signature'],
      [{ type: 'past-expiry' }, 'expired'],
      [{ type: 'request', patch: { permission: 'd' } }, 'permission'],
      [{ type: 'request', patch: { ip: HOME_IP } }, 'ip'],
      [{ type: 'request', patch: { protocol: 'http' } }, 'protocol'],
    ];
    for (const [action, reason] of cases) {
      const s = reduceSas(base, action);
      const r = await verifySas(presented(s), AUDITOR_DEMO_KEY, verifyRequest(s.request), new Date(s.now));
      expect([action.type, r]).toEqual([action.type, { ok: false, reason }]);
    }
  });

  it('says which form field cannot be signed', () => {
    const s = stateOfSasPreset('auditor-reads-report');
    expect(signParams({ ...s.form, expiry: 'soon' })).toEqual({
      ok: false,
      error: 'Expiry (se), UTC is not a date and time (expected YYYY-MM-DDTHH:MM).',
    });
    expect(signParams({ ...s.form, start: '2026-02-30T10:00' }).ok).toBe(false);
    expect(signParams({ ...s.form, start: '' })).toMatchObject({ ok: true });
  });

  it('lets the domain reject bad text in every field, never throwing anything but its RangeError', async () => {
    const s = stateOfSasPreset('auditor-reads-report');
    for (const text of badInputs('text')) {
      for (const field of ['resource', 'ip'] as const) {
        const params = signParams({ ...s.form, [field]: text });
        if (!params.ok) continue;
        await createSas(params.params, AUDITOR_DEMO_KEY).catch((e: unknown) => expect(e).toBeInstanceOf(RangeError));
      }
      const r = await verifySas(
        text,
        AUDITOR_DEMO_KEY,
        verifyRequest({ ...s.request, resource: text, ip: text }),
        new Date(s.now),
      );
      expect(r.ok).toBe(false);
    }
  });

  it('converts times as UTC and places the clock relative to the start', () => {
    expect(toInputValue(new Date('2026-11-23T08:00:00Z'))).toBe('2026-11-23T08:00');
    expect(fromInputValue('2026-11-23T08:00')?.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    for (const bad of ['', '2026-13-01T00:00', '2026-11-23', '2026-11-23T24:00', 'abc'])
      expect(fromInputValue(bad)).toBeNull();
    const base = Date.parse('2026-11-23T08:00:00Z');
    const range = clockRange(base, Date.parse('2026-12-07T08:00:00Z'));
    expect(range).toEqual({ min: -48, max: 14 * 24 + 48 });
    expect(clockHours(base + 50 * 3_600_000, base, range)).toBe(50);
    expect(clockHours(base + 1e12, base, range)).toBe(range.max);
    expect(clockInstant(-1, base)).toBe(base - 3_600_000);
    expect(daysFrom(base - 1000, base)).toBe('0.00');
  });

  it('restores its state from a link, and ignores garbage', async () => {
    let s = await signedState('auditor-reads-report');
    s = reduceSas(s, { type: 'tamper', what: 'sig' });
    s = reduceSas(s, { type: 'request', patch: { protocol: 'http', ip: '<svg onload=alert(1)>' } });
    const search = writeSearch('', 'sas', 1, writeSasParams(s));
    const params = paramsFor(search, 'sas', 1);
    if (!params) throw new Error('not addressed');
    const back = readSasParams(params, 'auditor-from-home', s.signed);
    expect(back.rejected).toEqual([]);
    expect(back.state).toEqual(s);
    const bad = paramsFor(
      '?pp.mode=sas&pp.sp=xyz&pp.se=tomorrow&pp.vperm=rw&pp.now=0&pp.spr=ftp&pp.preset=zzz',
      'sas',
      1,
    );
    const fallback = readSasParams(bad as URLSearchParams, 'auditor-from-home', '');
    expect(fallback.rejected).toEqual(['pp.sp', 'pp.se', 'pp.spr', 'pp.vperm', 'pp.now']);
    expect(fallback.unknownPreset).toBe('zzz');
    expect(fallback.state.presetId).toBe('auditor-from-home');
  });
});

describe('the quick cases never stack', () => {
  it('each starts from the valid token, request and clock, then makes its one change', () => {
    const start = reduceSas(stateOfSasPreset('auditor-reads-report', 'sv=2025-11-05&sig=abc'), {
      type: 'quick',
      what: 'past-expiry',
    });
    const valid = stateOfSasPreset('auditor-reads-report', 'sv=2025-11-05&sig=abc');
    expect(start.now).toBeGreaterThan(valid.now);
    const del = reduceSas(start, { type: 'quick', what: 'delete' });
    // The clock is back inside the validity window: the delete case is refused for its permission only.
    expect(del.now).toBe(valid.now);
    expect(del.request).toEqual({ ...valid.request, permission: 'd' });
    const tampered = reduceSas(reduceSas(del, { type: 'quick', what: 'home' }), { type: 'quick', what: 'sig' });
    expect(tampered.request).toEqual(valid.request);
    expect(tampered.override).not.toBeNull();
    expect(reduceSas(tampered, { type: 'quick', what: 'http' }).override).toBeNull();
  });
});
