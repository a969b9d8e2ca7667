/**
 * OpenID Connect ID tokens, issued and validated with `jose`. Validation checks, with one
 * reason code each: the token's form ('malformed'), the signature ('bad-signature'), `iss`
 * ('wrong-issuer'), `aud` ('wrong-audience'), `exp` ('expired'), `iat` and `nbf` not in the
 * future ('issued-in-future'), and `nonce` ('nonce-mismatch'). The clock is injected
 * (`now`) and passed to jose as `currentDate`.
 *
 * Clock skew: issuer and client clocks drift, so `exp`, `nbf` and `iat` are checked with a
 * tolerance of DEFAULT_CLOCK_SKEW_SECONDS (60 s) unless the caller passes another value.
 * A token whose `alg` is not the key's algorithm (including `none`) is 'bad-signature':
 * it is not signed the way the relying party trusts.
 */
import { SignJWT, errors, generateKeyPair, jwtVerify, type JWTPayload } from 'jose';

/** Tolerance for `exp`, `nbf` and `iat`, in seconds. */
export const DEFAULT_CLOCK_SKEW_SECONDS = 60;

/** Default lifetime of an issued ID token, in seconds. */
export const DEFAULT_ID_TOKEN_TTL_SECONDS = 300;

/** A signing key: an HS256 shared secret, or an ES256/RS256 key pair. */
export type OidcKey =
  { alg: 'HS256'; secret: Uint8Array } | { alg: 'ES256' | 'RS256'; privateKey: CryptoKey; publicKey: CryptoKey };

/** A verification key: the shared secret, or the public half of a key pair (an OidcKey also fits). */
export type OidcVerifyKey = { alg: 'HS256'; secret: Uint8Array } | { alg: 'ES256' | 'RS256'; publicKey: CryptoKey };

/** What validateIdToken rejects a token for. */
export type IdTokenFailureReason =
  'bad-signature' | 'wrong-issuer' | 'wrong-audience' | 'expired' | 'issued-in-future' | 'nonce-mismatch' | 'malformed';

/** One sentence per failure reason, for the UI. */
export const ID_TOKEN_FAILURE_MESSAGES: Readonly<Record<IdTokenFailureReason, string>> = {
  malformed: 'The token is not a well-formed JWT, or a required claim (iss, sub, aud, exp, iat) is missing.',
  'bad-signature': 'The signature does not verify with the trusted key and algorithm: the token was altered or forged.',
  'wrong-issuer': 'The token was issued by a different identity provider (iss) than the one this client trusts.',
  'wrong-audience': 'The token was issued for another client (aud): it must not be accepted here.',
  expired: 'The token has expired (exp is in the past, beyond the allowed clock skew).',
  'issued-in-future':
    'The token claims to be issued (iat) or valid from (nbf) a time in the future, beyond the allowed clock skew.',
  'nonce-mismatch':
    'The nonce in the token is not the one this client sent: the token may be replayed from another login.',
};

/** The claims of an ID token this module issues. */
export interface IdTokenClaims extends JWTPayload {
  iss: string;
  sub: string;
  aud: string | string[];
  exp: number;
  iat: number;
  nonce?: string;
}

/** What to put in an ID token. `claims` adds e.g. name, email, auth_time. */
export interface IdTokenInput {
  issuer: string;
  subject: string;
  audience: string;
  nonce?: string;
  now: Date;
  ttlSeconds?: number;
  claims?: Record<string, unknown>;
}

/** What a relying party expects of an ID token. */
export interface IdTokenExpectations {
  issuer: string;
  audience: string;
  /** The nonce sent in the authorization request; when given, the token must carry it. */
  nonce?: string;
  now: Date;
  clockSkewSeconds?: number;
}

/** The result of validateIdToken. */
export type IdTokenResult =
  { ok: true; claims: IdTokenClaims } | { ok: false; reason: IdTokenFailureReason; message: string };

const seconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** Issues a signed ID token (a compact JWS) at instant `input.now`. */
export async function issueIdToken(input: IdTokenInput, key: OidcKey): Promise<string> {
  const iat = seconds(input.now);
  const payload: JWTPayload = { ...(input.claims ?? {}) };
  if (input.nonce !== undefined) payload['nonce'] = input.nonce;
  return new SignJWT(payload)
    .setProtectedHeader({ alg: key.alg, typ: 'JWT' })
    .setIssuer(input.issuer)
    .setSubject(input.subject)
    .setAudience(input.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + (input.ttlSeconds ?? DEFAULT_ID_TOKEN_TTL_SECONDS))
    .sign(key.alg === 'HS256' ? key.secret : key.privateKey);
}

function fail(reason: IdTokenFailureReason): IdTokenResult {
  return { ok: false, reason, message: ID_TOKEN_FAILURE_MESSAGES[reason] };
}

function reasonFor(error: unknown): IdTokenFailureReason {
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed)
    return 'bad-signature';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'malformed';
    if (error.claim === 'iss') return 'wrong-issuer';
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'issued-in-future';
  }
  return 'malformed';
}

/**
 * Validates an ID token: signature, then (in jose's order) iss, aud, nbf and exp, then iat
 * not in the future and the nonce. Never throws for a bad token; returns a reason instead.
 */
export async function validateIdToken(
  token: string,
  expect: IdTokenExpectations,
  key: OidcVerifyKey,
): Promise<IdTokenResult> {
  const skew = expect.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS;
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key.alg === 'HS256' ? key.secret : key.publicKey, {
      algorithms: [key.alg],
      issuer: expect.issuer,
      audience: expect.audience,
      currentDate: expect.now,
      clockTolerance: skew,
      requiredClaims: ['iss', 'sub', 'aud', 'exp', 'iat'],
    }));
  } catch (error) {
    return fail(reasonFor(error));
  }
  if (typeof payload.iat !== 'number' || typeof payload.sub !== 'string') return fail('malformed');
  if (payload.iat > seconds(expect.now) + skew) return fail('issued-in-future');
  if (expect.nonce !== undefined && payload['nonce'] !== expect.nonce) return fail('nonce-mismatch');
  return { ok: true, claims: payload as IdTokenClaims };
}

/** Generates an ES256 or RS256 key pair with jose (random: use in setup code, not in deterministic logic). */
export async function generateOidcKey(alg: 'ES256' | 'RS256'): Promise<OidcKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { alg, privateKey, publicKey };
}
