/**
 * The ways the learner can break an ID token, as changes to what the authorization server
 * puts in it (or to its signature). No runtime import at all: the OAuth island loads this
 * eagerly, and the domain (with jose) only arrives with the lazy id-token.ts, which issues and
 * validates; validateIdToken alone says what is wrong.
 */

/** A way to break the token ('none' issues a valid one). */
export type IdTokenBreak =
  'none' | 'wrong-iss' | 'wrong-aud' | 'expired' | 'iat-future' | 'wrong-nonce' | 'tampered-signature';

/** Every break, in menu order. */
export const ID_TOKEN_BREAKS: readonly IdTokenBreak[] = [
  'none',
  'wrong-iss',
  'wrong-aud',
  'expired',
  'iat-future',
  'wrong-nonce',
  'tampered-signature',
];

/** True when `value` names a break. */
export function isBreak(value: unknown): value is IdTokenBreak {
  return typeof value === 'string' && (ID_TOKEN_BREAKS as readonly string[]).includes(value);
}

/** What the client expects, and what a correct server would issue. */
export interface IdTokenSetup {
  issuer: string;
  audience: string;
  subject: string;
  nonce: string;
  now: Date;
}

const HOUR_MS = 3_600_000;

/** What to issue for a break: the input for issueIdToken, and whether to alter the signature afterwards. */
export function issueInputFor(
  setup: IdTokenSetup,
  brk: IdTokenBreak,
): { issuer: string; subject: string; audience: string; nonce: string; now: Date; tamperSignature: boolean } {
  const base = {
    issuer: setup.issuer,
    subject: setup.subject,
    audience: setup.audience,
    nonce: setup.nonce,
    now: setup.now,
  };
  switch (brk) {
    case 'none':
      return { ...base, tamperSignature: false };
    case 'wrong-iss':
      return { ...base, issuer: 'https://login.evil.example', tamperSignature: false };
    case 'wrong-aud':
      return { ...base, audience: 'another-client', tamperSignature: false };
    case 'expired':
      return { ...base, now: new Date(setup.now.getTime() - HOUR_MS), tamperSignature: false };
    case 'iat-future':
      return { ...base, now: new Date(setup.now.getTime() + HOUR_MS), tamperSignature: false };
    case 'wrong-nonce':
      return { ...base, nonce: 'nonce-from-another-login', tamperSignature: false };
    case 'tampered-signature':
      return { ...base, tamperSignature: true };
  }
}

/** Changes the first character of a compact JWS's signature (still base64url, no longer valid). */
export function tamperJwtSignature(token: string): string {
  const parts = token.split('.');
  const sig = parts[2];
  if (parts.length !== 3 || sig === undefined || sig === '') return token;
  return `${parts[0]}.${parts[1]}.${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`;
}
