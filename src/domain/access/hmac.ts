/**
 * HMAC-SHA256 through WebCrypto (`globalThis.crypto.subtle`), available in Node 22 and in
 * browsers. Verification goes through `subtle.verify`, which compares in constant time, so
 * an attacker cannot learn a signature byte by byte from response timings.
 */
import { utf8 } from './encoding.ts';

function importKey(key: Uint8Array, usage: 'sign' | 'verify'): Promise<CryptoKey> {
  if (key.length === 0) throw new TypeError('an HMAC key must not be empty');
  return globalThis.crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

/** HMAC-SHA256 of the UTF-8 encoding of `message`. */
export async function hmacSha256(key: Uint8Array, message: string): Promise<Uint8Array<ArrayBuffer>> {
  const signature = await globalThis.crypto.subtle.sign('HMAC', await importKey(key, 'sign'), utf8(message));
  return new Uint8Array(signature);
}

/** True when `signature` is the HMAC-SHA256 of `message` under `key` (constant-time comparison). */
export async function hmacSha256Verify(key: Uint8Array, message: string, signature: Uint8Array): Promise<boolean> {
  return globalThis.crypto.subtle.verify(
    'HMAC',
    await importKey(key, 'verify'),
    new Uint8Array(signature),
    utf8(message),
  );
}

/** SHA-256 digest of the UTF-8 (here: ASCII) encoding of `text`. */
export async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', utf8(text)));
}

/**
 * Compares two byte strings in time that depends only on their lengths, for the places
 * where WebCrypto's verify does not apply (e.g. comparing two PKCE challenges).
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
