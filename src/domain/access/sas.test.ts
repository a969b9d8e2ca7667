import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  SAS_FAILURE_MESSAGES,
  createSas,
  sasFailureMessage,
  sasResourceType,
  verifySas,
  type SasFailureReason,
} from './sas.ts';
import { SAS_VERSION, formatSasTime, normalizePermissions, parseSas, sasStringToSign } from './sas-format.ts';

const KEY = Buffer.from('0123456789abcdef0123456789abcdef').toString('base64');
const OTHER_KEY = Buffer.from('fedcba9876543210fedcba9876543210').toString('base64');
const BLOB = '/blob/acct/reports/2026/q3.pdf';
const start = new Date('2026-11-27T10:00:00Z');
const expiry = new Date('2026-11-28T10:00:00Z');
const during = new Date('2026-11-27T12:00:00Z');
const ok = { resource: BLOB, permission: 'r', ip: '203.0.113.5', protocol: 'https' } as const;

const token = (extra: Partial<Parameters<typeof createSas>[0]> = {}): Promise<string> =>
  createSas(
    { resource: BLOB, permissions: 'rl', start, expiry, ip: '203.0.113.0-203.0.113.255', protocol: 'https', ...extra },
    KEY,
  );

/** Replaces one parameter's raw (encoded) value in a query string. */
const tamper = (sas: string, name: string, value: string | null): string =>
  sas
    .split('&')
    .map((pair) => (pair.startsWith(`${name}=`) ? (value === null ? '' : `${name}=${value}`) : pair))
    .filter(Boolean)
    .join('&');

const reason = async (sas: string, req: Parameters<typeof verifySas>[2] = ok, now = during): Promise<string> => {
  const result = await verifySas(sas, KEY, req, now);
  return result.ok ? 'ok' : result.reason;
};

describe('createSas', () => {
  it('writes Azure parameter names and signs the Azure string-to-sign with HMAC-SHA256', async () => {
    const sas = await token();
    const parsed = parseSas(sas);
    expect(parsed.ok && parsed.fields).toEqual({
      sv: '2022-11-02',
      sp: 'rl',
      st: '2026-11-27T10:00:00Z',
      se: '2026-11-28T10:00:00Z',
      sip: '203.0.113.0-203.0.113.255',
      spr: 'https',
      sr: 'b',
      cres: BLOB,
      sig: expect.any(String),
    });
    const stringToSign =
      'rl\n2026-11-27T10:00:00Z\n2026-11-28T10:00:00Z\n/blob/acct/reports/2026/q3.pdf\n\n203.0.113.0-203.0.113.255\nhttps\n2022-11-02\nb\n\n\n\n\n\n\n';
    if (!parsed.ok) throw new Error('unparsable');
    expect(sasStringToSign(parsed.fields)).toBe(stringToSign);
    expect(parsed.fields.sig).toBe(
      createHmac('sha256', Buffer.from(KEY, 'base64')).update(stringToSign).digest('base64'),
    );
    expect(sas.startsWith('sv=2022-11-02&sp=rl&st=2026-11-27T10%3A00%3A00Z&se=2026-11-28T10%3A00%3A00Z&')).toBe(true);
  });

  it('drops milliseconds and omits optional parameters that were not given', async () => {
    const sas = await createSas(
      { resource: BLOB, permissions: 'r', expiry: new Date('2026-11-27T10:00:00.999Z') },
      KEY,
    );
    expect(sas).toMatch(/^sv=2022-11-02&sp=r&se=2026-11-27T10%3A00%3A00Z&sr=b&cres=[^&]+&sig=[^&]+$/);
    expect(formatSasTime(new Date('2026-11-27T10:00:00.123Z'))).toBe('2026-11-27T10:00:00Z');
  });

  it('derives the scope: a container (sr=c) or a blob (sr=b)', () => {
    expect(sasResourceType('/blob/acct/reports')).toBe('c');
    expect(sasResourceType('/blob/acct/reports/a.pdf')).toBe('b');
  });

  it.each([
    [{ permissions: 'wr' }, RangeError],
    [{ permissions: 'rx' }, RangeError],
    [{ permissions: '' }, RangeError],
    [{ permissions: 'rr' }, RangeError],
    [{ expiry: start }, RangeError],
    [{ ip: '10.0.0.9-10.0.0.1' }, RangeError],
    [{ resource: '' }, RangeError],
    [{ resource: 'a\nb' }, RangeError],
  ])('rejects %j', async (extra, error) => {
    await expect(token(extra)).rejects.toThrow(error);
  });

  it('rejects a key that is not base64', async () => {
    await expect(createSas({ resource: BLOB, permissions: 'r', expiry }, 'not base64!')).rejects.toThrow(TypeError);
  });

  it('normalizePermissions puts letters in Azure order', () => {
    expect(normalizePermissions('wr')).toBe('rw');
    expect(normalizePermissions('lrrd')).toBe('rdl');
    expect(normalizePermissions('rz')).toBeNull();
  });
});

describe('verifySas', () => {
  it('accepts a valid token', async () => {
    expect(await verifySas(await token(), KEY, ok, during)).toEqual({ ok: true });
    expect(await reason(`?${await token()}`)).toBe('ok');
  });

  it.each([
    ['sp', 'rwl'],
    ['st', '2026-11-26T10%3A00%3A00Z'],
    ['se', '2027-11-28T10%3A00%3A00Z'],
    ['sip', '0.0.0.0-255.255.255.255'],
    ['spr', 'https%2Chttp'],
    ['sr', 'c'],
    ['cres', '%2Fblob%2Facct%2Freports%2F2026%2Fq4.pdf'],
    ['sig', 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D'],
  ])('rejects a tampered %s as bad-signature', async (name, value) => {
    expect(await reason(tamper(await token(), name, value))).toBe('bad-signature');
  });

  it('rejects removed signed fields as bad-signature', async () => {
    expect(await reason(tamper(await token(), 'st', null))).toBe('bad-signature');
    expect(await reason(tamper(await token(), 'sip', null))).toBe('bad-signature');
    expect(await reason(tamper(await token(), 'spr', null))).toBe('bad-signature');
  });

  it('rejects a token signed with another key', async () => {
    expect((await verifySas(await token(), OTHER_KEY, ok, during)).ok).toBe(false);
    expect(await verifySas(await token(), OTHER_KEY, ok, during)).toEqual({ ok: false, reason: 'bad-signature' });
  });

  it.each([
    ['garbage', 'not a token'],
    ['empty', ''],
    ['unknown parameter', 'EXTRA'],
    ['duplicate parameter', 'DUP'],
    ['missing se', 'NO_SE'],
    ['another version', 'SV'],
    ['permissions out of order', 'SP'],
    ['bad date', 'DATE'],
    ['bad percent-encoding', 'PCT'],
  ])('rejects %s as malformed', async (_label, kind) => {
    const sas = await token();
    const variants: Record<string, string> = {
      'not a token': 'not a token',
      '': '',
      EXTRA: `${sas}&foo=bar`,
      DUP: `${sas}&sp=rl`,
      NO_SE: tamper(sas, 'se', null),
      SV: tamper(sas, 'sv', '2015-04-05'),
      SP: tamper(sas, 'sp', 'lr'),
      DATE: tamper(sas, 'se', 'tomorrow'),
      PCT: tamper(sas, 'cres', '%E0%A4%A'),
    };
    expect(await reason(variants[kind] ?? '')).toBe('malformed');
  });

  it('checks the validity window: st ≤ now < se', async () => {
    const sas = await token();
    expect(await reason(sas, ok, start)).toBe('ok');
    expect(await reason(sas, ok, new Date(start.getTime() - 1000))).toBe('not-yet-valid');
    expect(await reason(sas, ok, new Date(expiry.getTime() - 1000))).toBe('ok');
    expect(await reason(sas, ok, expiry)).toBe('expired');
  });

  it('binds the token to its resource: a blob exactly, a container by prefix', async () => {
    expect(await reason(await token(), { ...ok, resource: '/blob/acct/reports/2026/q4.pdf' })).toBe('wrong-resource');
    const container = await token({ resource: '/blob/acct/reports' });
    expect(await reason(container, { ...ok, resource: '/blob/acct/reports/any/thing.pdf' })).toBe('ok');
    expect(await reason(container, { ...ok, resource: '/blob/acct/reports' })).toBe('ok');
    expect(await reason(container, { ...ok, resource: '/blob/acct/reports2/x.pdf' })).toBe('wrong-resource');
  });

  it('grants only the letters in sp', async () => {
    const sas = await token();
    expect(await reason(sas, { ...ok, permission: 'l' })).toBe('ok');
    expect(await reason(sas, { ...ok, permission: 'rl' })).toBe('ok');
    expect(await reason(sas, { ...ok, permission: 'w' })).toBe('permission');
    expect(await reason(sas, { ...ok, permission: 'rw' })).toBe('permission');
    expect(await reason(sas, { ...ok, permission: '' })).toBe('permission');
    expect(await reason(sas, { ...ok, permission: 'x' })).toBe('permission');
  });

  it('checks sip: a range or a single address, inclusive; a missing IP fails', async () => {
    const sas = await token();
    expect(await reason(sas, { ...ok, ip: '203.0.113.0' })).toBe('ok');
    expect(await reason(sas, { ...ok, ip: '203.0.113.255' })).toBe('ok');
    expect(await reason(sas, { ...ok, ip: '203.0.114.0' })).toBe('ip');
    expect(await reason(sas, { ...ok, ip: '2001:db8::1' })).toBe('ip');
    expect(await reason(sas, { resource: BLOB, permission: 'r', protocol: 'https' })).toBe('ip');
    const single = await token({ ip: '203.0.113.5' });
    expect(await reason(single, ok)).toBe('ok');
    expect(await reason(single, { ...ok, ip: '203.0.113.6' })).toBe('ip');
  });

  it('checks spr: https only rejects http and an unstated protocol; https,http accepts both', async () => {
    const sas = await token();
    expect(await reason(sas, { ...ok, protocol: 'http' })).toBe('protocol');
    expect(await reason(sas, { resource: BLOB, permission: 'r', ip: '203.0.113.5' })).toBe('protocol');
    expect(await reason(await token({ protocol: 'https,http' }), { ...ok, protocol: 'http' })).toBe('ok');
  });

  it('checks in the documented order', async () => {
    const sas = await token();
    const everythingWrong = { resource: '/blob/other/x', permission: 'd', ip: '1.1.1.1', protocol: 'http' } as const;
    const late = new Date('2030-01-01T00:00:00Z');
    expect(await reason(`${sas}&x=1`, everythingWrong, late)).toBe('malformed');
    expect(await reason(tamper(sas, 'sp', 'r'), everythingWrong, late)).toBe('bad-signature');
    expect(await reason(sas, everythingWrong, new Date('2020-01-01T00:00:00Z'))).toBe('not-yet-valid');
    expect(await reason(sas, everythingWrong, late)).toBe('expired');
    expect(await reason(sas, everythingWrong)).toBe('wrong-resource');
    expect(await reason(sas, { ...everythingWrong, resource: BLOB })).toBe('permission');
    expect(await reason(sas, { ...everythingWrong, resource: BLOB, permission: 'r' })).toBe('ip');
    expect(await reason(sas, { ...everythingWrong, resource: BLOB, permission: 'r', ip: '203.0.113.9' })).toBe(
      'protocol',
    );
  });
});

describe('messages', () => {
  it('has one sentence per failure reason', () => {
    const reasons: SasFailureReason[] = [
      'malformed',
      'bad-signature',
      'not-yet-valid',
      'expired',
      'wrong-resource',
      'permission',
      'ip',
      'protocol',
    ];
    expect(Object.keys(SAS_FAILURE_MESSAGES).sort()).toEqual([...reasons].sort());
    for (const r of reasons) expect(sasFailureMessage(r)).toMatch(/^The .+\.$/);
    expect(sasFailureMessage('expired')).toBe('The token has expired: its expiry time (se) has passed.');
  });

  it('exposes the fixed version', () => {
    expect(SAS_VERSION).toBe('2022-11-02');
  });
});
