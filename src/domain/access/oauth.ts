/**
 * The OAuth 2.0 authorization code flow with PKCE as a step-by-step state machine:
 * start → authorize-request → user-consent → redirect-with-code → token-request →
 * token-response → api-call → done. `startFlow` creates the state, `advance` performs the
 * next step (optionally with a FlowTamper to walk a failure path), `replayAuthorizationCode`
 * redeems the code a second time. Random values come from a seed via `createRng`, so the
 * same seed always produces the same walkthrough.
 */
import type { FlowState, FlowTamper, OAuthConfig, OAuthSecrets, OAuthStep } from './oauth-types.ts';
import { OAUTH_STEPS } from './oauth-types.ts';
import { createRng, randomToken } from './rng.ts';
import { createCodeVerifier, pkceChallenge } from './pkce.ts';
import {
  apiCall,
  authorizeRequest,
  redirectWithCode,
  succeed,
  tokenRequest,
  tokenResponse,
  userConsent,
} from './oauth-steps.ts';

/** The bank's HR portal signing in through the bank's identity provider. */
export const DEMO_OAUTH_CONFIG: OAuthConfig = {
  issuer: 'https://login.bank.example',
  clientId: 'hr-portal',
  redirectUri: 'https://hr-portal.bank.example/callback',
  registeredRedirectUris: ['https://hr-portal.bank.example/callback'],
  authorizationEndpoint: 'https://login.bank.example/authorize',
  consentEndpoint: 'https://login.bank.example/consent',
  tokenEndpoint: 'https://login.bank.example/token',
  apiUrl: 'https://api.bank.example/hr/employees/retail/E1001',
  scope: ['openid', 'profile', 'hr.read'],
  requiredScope: 'hr.read',
  subject: 'amelia.hr',
  accessTokenTtlSeconds: 3600,
};

/** Draws every random value of a flow from a seeded generator, in a fixed order. */
export function secretsFromSeed(seed: number): OAuthSecrets {
  const rng = createRng(seed);
  return {
    state: randomToken(rng, 16),
    nonce: randomToken(rng, 16),
    codeVerifier: createCodeVerifier(rng),
    code: randomToken(rng, 24),
    accessToken: randomToken(rng, 32),
    refreshToken: randomToken(rng, 32),
    idTokenSecret: randomToken(rng, 32),
  };
}

/** Starts a flow at instant `now`: the client generates state, nonce and the PKCE pair. */
export async function startFlow(
  config: OAuthConfig,
  seedOrSecrets: number | OAuthSecrets,
  now: Date,
): Promise<FlowState> {
  const secrets = typeof seedOrSecrets === 'number' ? secretsFromSeed(seedOrSecrets) : seedOrSecrets;
  const codeChallenge = await pkceChallenge(secrets.codeVerifier);
  const empty: FlowState = {
    config,
    now: now.toISOString(),
    secrets,
    codeChallenge,
    step: 'start',
    status: 'in-progress',
    codes: [],
    log: [],
  };
  return succeed(empty, {
    step: 'start',
    from: 'client',
    to: 'client',
    title: 'The client prepares',
    details: {
      state: secrets.state,
      nonce: secrets.nonce,
      code_verifier: secrets.codeVerifier,
      code_challenge: codeChallenge,
      code_challenge_method: 'S256',
    },
    explanation:
      'Before redirecting the user, the client generates a random state (to recognise its own callback), a nonce (to bind the ID token to this login) and a PKCE code_verifier, which it keeps secret. It will send only the challenge: BASE64URL(SHA256(code_verifier)).',
  });
}

/** The step `advance` would perform next, or null when the flow has ended. */
export function nextStep(state: FlowState): OAuthStep | null {
  if (state.status !== 'in-progress') return null;
  return OAUTH_STEPS[OAUTH_STEPS.indexOf(state.step) + 1] ?? null;
}

/** Performs the next step; a finished or failed flow is returned unchanged. */
export async function advance(state: FlowState, tamper: FlowTamper = {}): Promise<FlowState> {
  switch (nextStep(state)) {
    case 'authorize-request':
      return authorizeRequest(state, tamper);
    case 'user-consent':
      return userConsent(state, tamper);
    case 'redirect-with-code':
      return redirectWithCode(state, tamper);
    case 'token-request':
      return tokenRequest(state, tamper);
    case 'token-response':
      return tokenResponse(state);
    case 'api-call':
      return apiCall(state);
    case 'done':
      return succeed(state, {
        step: 'done',
        from: 'client',
        to: 'browser',
        title: 'Signed in',
        details: { granted_scope: (state.grantedScope ?? []).join(' ') },
        explanation:
          'The user is signed in. The client keeps the tokens server-side; the access token expires soon and the refresh token can obtain a new one without asking the user again.',
      });
    default:
      return state;
  }
}

/**
 * Sends the same authorization code to the token endpoint again (as an attacker who copied
 * it, or a buggy client would). Only meaningful after the first redemption; the server
 * refuses it as 'code-reused' and revokes the tokens it issued.
 */
export async function replayAuthorizationCode(state: FlowState): Promise<FlowState> {
  if (state.status === 'failed' || !state.codes.some((c) => c.used)) return state;
  return tokenRequest(state, {}, 'Token request replayed with the same code');
}
