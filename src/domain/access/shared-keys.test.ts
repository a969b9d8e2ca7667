import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalRequest, createKeyPair, revoke, rotate, sign, verify } from './shared-keys.ts';
import { createRng } from './rng.ts';

const seed = new Uint8Array(64).map((_, i) => i);
const fresh = (fill: number): Uint8Array => new Uint8Array(32).fill(fill);
const message = canonicalRequest({
  method: 'get',
  path: '/blob/bankstorage/reports/q3.pdf',
  date: new Date('2026-11-27T10:00:00Z'),
});

describe('createKeyPair', () => {
  it('splits 64 seed bytes into key1 and key2', () => {
    const state = createKeyPair(seed);
    expect(state.key1).toEqual({
      name: 'key1',
      version: 1,
      secret: Buffer.from(seed.subarray(0, 32)).toString('base64'),
      status: 'active',
    });
    expect(state.key2.secret).toBe(Buffer.from(seed.subarray(32)).toString('base64'));
    expect(state.retired).toEqual([]);
  });

  it('accepts an injected random source', () => {
    const rng = createRng(7);
    const state = createKeyPair((n) => rng.bytes(n));
    expect(state.key1.secret).not.toBe(state.key2.secret);
    expect(createKeyPair((n) => createRng(7).bytes(n)).key1.secret).toBe(
      createKeyPair((n) => createRng(7).bytes(n)).key1.secret,
    );
  });

  it('rejects seeds of the wrong length', () => {
    expect(() => createKeyPair(new Uint8Array(10))).toThrow(RangeError);
    expect(() => rotate(createKeyPair(seed), 'key1', new Uint8Array(5))).toThrow(RangeError);
  });
});

describe('sign and verify', () => {
  const state = createKeyPair(seed);

  it('signs with HMAC-SHA256 over the canonical request', async () => {
    expect(message).toBe('GET\n/blob/bankstorage/reports/q3.pdf\n2026-11-27T10:00:00.000Z');
    const expected = createHmac('sha256', Buffer.from(seed.subarray(0, 32)))
      .update(message)
      .digest('base64');
    expect(await sign(state, 'key1', message)).toBe(expected);
  });

  it('accepts a signature made with either key', async () => {
    expect(await verify(state, message, await sign(state, 'key1', message))).toEqual({
      ok: true,
      key: 'key1',
      version: 1,
    });
    expect(await verify(state, message, await sign(state, 'key2', message))).toEqual({
      ok: true,
      key: 'key2',
      version: 1,
    });
  });

  it('rejects a tampered message or a malformed signature', async () => {
    const signature = await sign(state, 'key1', message);
    expect(await verify(state, `${message}x`, signature)).toMatchObject({ ok: false, reason: 'bad-signature' });
    expect(await verify(state, message, 'not base64!')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(await verify(state, message, 'AAAA')).toMatchObject({ ok: false, reason: 'malformed' });
  });
});

describe('rotation and revocation', () => {
  it('rotating key1 breaks key1 signatures but key2 keeps working', async () => {
    const before = createKeyPair(seed);
    const old1 = await sign(before, 'key1', message);
    const old2 = await sign(before, 'key2', message);
    const after = rotate(before, 'key1', fresh(9));
    expect(after.key1.version).toBe(2);
    expect(await verify(after, message, old1)).toEqual({
      ok: false,
      reason: 'key-rotated',
      message: 'Signed with key1 version 1, which was rotated out (regenerated).',
    });
    expect(await verify(after, message, old2)).toEqual({ ok: true, key: 'key2', version: 1 });
    expect(await verify(after, message, await sign(after, 'key1', message))).toEqual({
      ok: true,
      key: 'key1',
      version: 2,
    });
    expect(await verify(before, message, old1)).toEqual({ ok: true, key: 'key1', version: 1 });
  });

  it('revoking key2 stops it at once, and it cannot sign until rotated', async () => {
    const before = createKeyPair(seed);
    const old2 = await sign(before, 'key2', message);
    const revoked = revoke(before, 'key2');
    expect(revoked.key2).toEqual({ name: 'key2', version: 1, secret: '', status: 'revoked' });
    expect(await verify(revoked, message, old2)).toMatchObject({ ok: false, reason: 'key-revoked' });
    await expect(sign(revoked, 'key2', message)).rejects.toThrow('key2 is revoked');
    expect(revoke(revoked, 'key2')).toBe(revoked);
    const renewed = rotate(revoked, 'key2', fresh(3));
    expect(renewed.key2).toMatchObject({ version: 2, status: 'active' });
    expect(renewed.retired).toHaveLength(1);
    expect(await verify(renewed, message, old2)).toMatchObject({ ok: false, reason: 'key-revoked' });
  });

  it('a full rotation cycle leaves no old key working', async () => {
    let state = createKeyPair(seed);
    const oldSignatures = [await sign(state, 'key1', message), await sign(state, 'key2', message)];
    state = rotate(state, 'key2', fresh(1));
    state = rotate(state, 'key1', fresh(2));
    for (const signature of oldSignatures)
      expect(await verify(state, message, signature)).toMatchObject({ ok: false, reason: 'key-rotated' });
    expect(state.retired.map((k) => `${k.name}v${k.version}`)).toEqual(['key1v1', 'key2v1']);
  });
});
