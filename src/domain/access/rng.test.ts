import { describe, expect, it } from 'vitest';
import { createRng, randomToken, secureRandomBytes } from './rng.ts';

describe('createRng (mulberry32)', () => {
  it('produces a fixed sequence for a seed', () => {
    const rng = createRng(1);
    const first = [rng.uint32(), rng.uint32(), rng.uint32()];
    // 2693262067 / 2^32 = 0.6270739405881613, the widely published first mulberry32(1) output.
    expect(first).toEqual([2693262067, 11749833, 2265367787]);
    expect(first).toEqual(REFERENCE_SEED_1);
  });

  it('differs between seeds and can resume from its state', () => {
    expect(createRng(1).uint32()).not.toBe(createRng(2).uint32());
    const rng = createRng(99);
    rng.uint32();
    const resumed = createRng(rng.state);
    expect(resumed.uint32()).toBe(rng.uint32());
  });

  it('yields bytes and base64url tokens of the requested size', () => {
    expect(createRng(5).bytes(7)).toHaveLength(7);
    expect(randomToken(createRng(5), 16)).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(randomToken(createRng(5), 16)).toBe(randomToken(createRng(5), 16));
  });
});

it('secureRandomBytes comes from WebCrypto', () => {
  expect(secureRandomBytes(16)).toHaveLength(16);
});

/** Reference values computed with the canonical mulberry32 (a += 0x6D2B79F5; …) for seed 1. */
const REFERENCE_SEED_1 = [reference(1)[0], reference(1)[1], reference(1)[2]];

function reference(seed: number): number[] {
  // Independent transcription of the published mulberry32, returning the unscaled uint32.
  let a = seed;
  const out: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out.push((t ^ (t >>> 14)) >>> 0);
  }
  return out;
}
