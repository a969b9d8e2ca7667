/**
 * A small seeded pseudo-random generator (mulberry32) so that demos and tests are
 * reproducible: the same seed always yields the same state, verifier and codes. It is NOT
 * cryptographically secure; real secrets come from `secureRandomBytes`.
 */
import { createRandom, type Random } from '../shared/random.ts';
import { bytesToBase64Url } from './encoding.ts';

/** A seeded generator: the course's one generator (`src/domain/shared/random.ts`). */
export type Rng = Random;

/** Creates the shared mulberry32 generator from a 32-bit seed. */
export const createRng: (seed: number) => Rng = createRandom;

/** A random base64url token of `byteLength` bytes drawn from `rng` (e.g. an OAuth state). */
export function randomToken(rng: Rng, byteLength: number): string {
  return bytesToBase64Url(rng.bytes(byteLength));
}

/**
 * Cryptographically secure random bytes from WebCrypto. Deliberately kept apart from the
 * deterministic functions, which take bytes as input instead of calling this.
 */
export function secureRandomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
