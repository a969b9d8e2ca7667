/**
 * Issues and validates the demo ID token with the domain (jose inside). Imported dynamically,
 * only when the learner opens the ID token section, so pages that never use it never load jose.
 */
import {
  DEMO_FLOW_NOW,
  DEMO_FLOW_SEED,
  DEMO_OAUTH_CONFIG,
  issueIdToken,
  secretsFromSeed,
  validateIdToken,
  type IdTokenFailureReason,
} from '../../domain/access/doors/oauth.ts';
import { base64UrlToBytes } from '../../domain/access/doors/encoding.ts';
import { issueInputFor, tamperJwtSignature, type IdTokenBreak, type IdTokenSetup } from './id-token-breaks.ts';
import { decodeJwtPart } from './jwt-decode.ts';

/** A token and what the client's validation said about it. */
export interface IdTokenView {
  token: string;
  header: string | null;
  payload: string | null;
  signature: string;
  result: { ok: true } | { ok: false; reason: IdTokenFailureReason; message: string };
}

/** The demo login: the bank's identity provider, the HR portal, the flow's nonce and HS256 secret. */
export function demoSetup(): { setup: IdTokenSetup; secret: Uint8Array } {
  const secrets = secretsFromSeed(DEMO_FLOW_SEED);
  const secret = base64UrlToBytes(secrets.idTokenSecret) ?? new TextEncoder().encode(secrets.idTokenSecret);
  return {
    setup: {
      issuer: DEMO_OAUTH_CONFIG.issuer,
      audience: DEMO_OAUTH_CONFIG.clientId,
      subject: DEMO_OAUTH_CONFIG.subject,
      nonce: secrets.nonce,
      now: DEMO_FLOW_NOW,
    },
    secret,
  };
}

/** Issues a token broken as asked and validates it as the client would. */
export async function issueAndValidate(brk: IdTokenBreak): Promise<IdTokenView> {
  const { setup, secret } = demoSetup();
  const key = { alg: 'HS256' as const, secret };
  const { tamperSignature, ...input } = issueInputFor(setup, brk);
  const issued = await issueIdToken(input, key);
  const token = tamperSignature ? tamperJwtSignature(issued) : issued;
  const checked = await validateIdToken(
    token,
    { issuer: setup.issuer, audience: setup.audience, nonce: setup.nonce, now: setup.now },
    key,
  );
  const [header, payload, signature] = token.split('.');
  return {
    token,
    header: decodeJwtPart(header),
    payload: decodeJwtPart(payload),
    signature: signature ?? '',
    result: checked.ok ? { ok: true } : { ok: false, reason: checked.reason, message: checked.message },
  };
}
