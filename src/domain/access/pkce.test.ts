import { describe, expect, it } from 'vitest';
import { createCodeVerifier, isValidCodeVerifier, pkceChallenge } from './pkce.ts';
import { createRng } from './rng.ts';
import { bytesToBase64Url } from './encoding.ts';

describe('pkceChallenge', () => {
  // RFC 7636 Appendix B: the verifier is base64url of these 32 octets, and its S256 challenge is E9Mel…
  const RFC_OCTETS = [
    116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91,
    88, 5, 88, 83, 132, 141, 121,
  ];
  const RFC_VERIFIER = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';

  it('matches RFC 7636 Appendix B', async () => {
    expect(bytesToBase64Url(new Uint8Array(RFC_OCTETS))).toBe(RFC_VERIFIER);
    expect(await pkceChallenge(RFC_VERIFIER)).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('accepts the longest allowed verifier', async () => {
    expect(await pkceChallenge('a'.repeat(128))).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each(['too-short', 'a'.repeat(129), `${'a'.repeat(42)}!`, `${'a'.repeat(42)} `])(
    'rejects the verifier %j',
    async (verifier) => {
      expect(isValidCodeVerifier(verifier)).toBe(false);
      await expect(pkceChallenge(verifier)).rejects.toThrow(TypeError);
    },
  );
});

describe('createCodeVerifier', () => {
  it('makes a 43-character verifier, the same for the same seed', () => {
    const a = createCodeVerifier(createRng(42));
    expect(a).toHaveLength(43);
    expect(isValidCodeVerifier(a)).toBe(true);
    expect(createCodeVerifier(createRng(42))).toBe(a);
    expect(createCodeVerifier(createRng(43))).not.toBe(a);
  });
});
