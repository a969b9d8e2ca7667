/**
 * A small seeded pseudo-random generator (mulberry32) so that demos and tests are
 * reproducible: the same seed always yields the same state, verifier and codes. It is NOT
 * cryptographically secure; real secrets come from `secureRandomBytes`.
 */
import { bytesToBase64Url } from './encoding.ts';

/** A seeded generator. */
export interface Rng {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** The next `length` bytes. */
  bytes(length: number): Uint8Array<ArrayBuffer>;
  /** The internal state, enough to resume the sequence with `createRng(rng.state)`. */
  readonly state: number;
}

/** Creates a mulberry32 generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const nextUint32 = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    bytes(length: number) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i += 1) out[i] = nextUint32() & 0xff;
      return out;
    },
    get state() {
      return a;
    },
  };
}

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
