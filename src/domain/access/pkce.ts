/**
 * PKCE (RFC 7636) with the S256 method: the client keeps a random `code_verifier` and sends
 * only its SHA-256 hash, the `code_challenge`, with the authorization request. Whoever later
 * redeems the code must present the verifier, so a stolen code alone is useless.
 */
import { bytesToBase64Url } from './encoding.ts';
import { sha256 } from './hmac.ts';
import type { Rng } from './rng.ts';

/** RFC 7636 §4.1: 43 to 128 characters from the unreserved set [A-Z a-z 0-9 - . _ ~]. */
export const CODE_VERIFIER_PATTERN = /^[A-Za-z0-9\-._~]{43,128}$/;

/** True when `verifier` has the form RFC 7636 requires. */
export function isValidCodeVerifier(verifier: string): boolean {
  return typeof verifier === 'string' && CODE_VERIFIER_PATTERN.test(verifier);
}

/**
 * The S256 code challenge: BASE64URL(SHA256(ASCII(verifier))), RFC 7636 §4.2. Throws a
 * TypeError for a verifier that RFC 7636 does not allow, rather than hashing it anyway.
 */
export async function pkceChallenge(verifier: string): Promise<string> {
  if (!isValidCodeVerifier(verifier)) {
    throw new TypeError('code_verifier must be 43-128 characters of A-Z, a-z, 0-9, "-", ".", "_", "~" (RFC 7636 §4.1)');
  }
  return bytesToBase64Url(await sha256(verifier));
}

/** A fresh verifier: 32 random bytes as base64url, i.e. 43 characters (RFC 7636's recommendation). */
export function createCodeVerifier(rng: Rng): string {
  return bytesToBase64Url(rng.bytes(32));
}
