/**
 * A storage account's two shared keys (key1/key2) as a pure state model. Two keys exist so
 * that one can be regenerated while clients still sign with the other: move every client
 * to key2, rotate key1, move them back, rotate key2. A revoked or rotated-out key stops
 * working at once.
 *
 * All functions are pure: randomness comes in as bytes (see `secureRandomBytes` or a seeded
 * `createRng`), and every change returns a new state.
 */
import { base64ToBytes, bytesToBase64 } from './encoding.ts';
import { hmacSha256, hmacSha256Verify } from './hmac.ts';

/** The two key slots. */
export type KeyName = 'key1' | 'key2';

/** Length of a generated key in bytes. */
export const SHARED_KEY_BYTES = 32;

/** One key slot. `secret` is base64; it is empty while the slot is revoked. */
export interface SharedKey {
  name: KeyName;
  /** Starts at 1 and grows with every rotation of this slot. */
  version: number;
  secret: string;
  status: 'active' | 'revoked';
}

/** A key that no longer works, kept only so verify() can explain why a signature fails. */
export interface RetiredKey {
  name: KeyName;
  version: number;
  secret: string;
  why: 'rotated' | 'revoked';
}

/** Both slots plus the retired keys, newest first. */
export interface KeyPairState {
  key1: SharedKey;
  key2: SharedKey;
  retired: RetiredKey[];
}

/** A source of random bytes, injected so the model stays deterministic. */
export type RandomBytes = (length: number) => Uint8Array;

/** Why verify() rejected a signature. */
export type KeyVerifyFailure = 'malformed' | 'bad-signature' | 'key-rotated' | 'key-revoked';

/** The result of verify(). */
export type KeyVerifyResult =
  { ok: true; key: KeyName; version: number } | { ok: false; reason: KeyVerifyFailure; message: string };

function keyFrom(bytes: Uint8Array, name: KeyName, version: number): SharedKey {
  if (bytes.length !== SHARED_KEY_BYTES)
    throw new RangeError(`a shared key must be ${SHARED_KEY_BYTES} bytes, got ${bytes.length}`);
  return { name, version, secret: bytesToBase64(bytes), status: 'active' };
}

/**
 * Creates both keys. Pass 64 bytes (key1 = first 32, key2 = last 32) or a function that
 * returns random bytes (called once per key).
 */
export function createKeyPair(source: Uint8Array | RandomBytes): KeyPairState {
  const take = (i: number): Uint8Array =>
    typeof source === 'function'
      ? source(SHARED_KEY_BYTES)
      : source.subarray(i * SHARED_KEY_BYTES, (i + 1) * SHARED_KEY_BYTES);
  if (typeof source !== 'function' && source.length !== 2 * SHARED_KEY_BYTES) {
    throw new RangeError(`createKeyPair needs ${2 * SHARED_KEY_BYTES} seed bytes, got ${source.length}`);
  }
  return { key1: keyFrom(take(0), 'key1', 1), key2: keyFrom(take(1), 'key2', 1), retired: [] };
}

/** Regenerates one key with `newKey` (32 bytes); the other key keeps working untouched. */
export function rotate(state: KeyPairState, which: KeyName, newKey: Uint8Array): KeyPairState {
  const old = state[which];
  const retired: RetiredKey[] =
    old.status === 'active' ? [{ name: which, version: old.version, secret: old.secret, why: 'rotated' }] : [];
  return { ...state, [which]: keyFrom(newKey, which, old.version + 1), retired: [...retired, ...state.retired] };
}

/** Revokes one key immediately, without a replacement (rotate the slot later to reuse it). */
export function revoke(state: KeyPairState, which: KeyName): KeyPairState {
  const old = state[which];
  if (old.status === 'revoked') return state;
  const retired: RetiredKey = { name: which, version: old.version, secret: old.secret, why: 'revoked' };
  return { ...state, [which]: { ...old, secret: '', status: 'revoked' }, retired: [retired, ...state.retired] };
}

/** Signs `message` with the named key: base64 HMAC-SHA256. Throws if that key is revoked. */
export async function sign(state: KeyPairState, which: KeyName, message: string): Promise<string> {
  const key = state[which];
  const bytes = base64ToBytes(key.secret);
  if (key.status !== 'active' || !bytes) throw new Error(`${which} is revoked; rotate it before signing with it`);
  return bytesToBase64(await hmacSha256(bytes, message));
}

/**
 * Verifies a signature against both active keys. When it fails but matches a retired key,
 * the reason says so ("key-rotated", "key-revoked") — a teaching aid; a real service would
 * only answer 403.
 */
export async function verify(state: KeyPairState, message: string, signature: string): Promise<KeyVerifyResult> {
  const sig = base64ToBytes(signature);
  if (!sig || sig.length !== 32)
    return { ok: false, reason: 'malformed', message: 'The signature is not a base64 HMAC-SHA256 value (32 bytes).' };
  for (const key of [state.key1, state.key2]) {
    const bytes = base64ToBytes(key.secret);
    if (key.status === 'active' && bytes && (await hmacSha256Verify(bytes, message, sig))) {
      return { ok: true, key: key.name, version: key.version };
    }
  }
  for (const old of state.retired) {
    const bytes = base64ToBytes(old.secret);
    if (bytes && (await hmacSha256Verify(bytes, message, sig))) {
      const what = old.why === 'rotated' ? 'was rotated out (regenerated)' : 'was revoked';
      return {
        ok: false,
        reason: old.why === 'rotated' ? 'key-rotated' : 'key-revoked',
        message: `Signed with ${old.name} version ${old.version}, which ${what}.`,
      };
    }
  }
  return {
    ok: false,
    reason: 'bad-signature',
    message: 'The signature matches neither active key: the request was altered or signed with an unknown key.',
  };
}

/** The string a client signs for a request in this model: method, path and date, one per line. */
export function canonicalRequest(request: { method: string; path: string; date: Date }): string {
  return [request.method.toUpperCase(), request.path, request.date.toISOString()].join('\n');
}
