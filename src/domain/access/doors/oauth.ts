/**
 * The OAuth 2.0 + PKCE and OpenID Connect door: the authorization code flow as a replayable
 * state machine, its scenarios, ID tokens, and the seeded generator the flow draws its secrets
 * from. THE ONLY DOOR THAT BRINGS jose (via oidc.ts): import it lazily from islands.
 */
export { CODE_VERIFIER_PATTERN, createCodeVerifier, isValidCodeVerifier, pkceChallenge } from '../pkce.ts';
export { DEMO_OAUTH_CONFIG, advance, nextStep, replayAuthorizationCode, secretsFromSeed, startFlow } from '../oauth.ts';
export {
  DEMO_FLOW_NOW,
  DEMO_FLOW_SEED,
  OAUTH_SCENARIOS,
  runScenario,
  type OAuthScenario,
  type OAuthScenarioId,
} from '../oauth-scenarios.ts';
export {
  OAUTH_FAILURE_MESSAGES,
  OAUTH_STEPS,
  type FlowState,
  type FlowTamper,
  type HttpMessage,
  type IssuedCode,
  type OAuthActor,
  type OAuthConfig,
  type OAuthFailureReason,
  type OAuthSecrets,
  type OAuthStep,
  type StepRecord,
} from '../oauth-types.ts';
export {
  DEFAULT_CLOCK_SKEW_SECONDS,
  DEFAULT_ID_TOKEN_TTL_SECONDS,
  ID_TOKEN_FAILURE_MESSAGES,
  generateOidcKey,
  issueIdToken,
  validateIdToken,
  type IdTokenClaims,
  type IdTokenExpectations,
  type IdTokenFailureReason,
  type IdTokenInput,
  type IdTokenResult,
  type OidcKey,
  type OidcVerifyKey,
} from '../oidc.ts';

export { createRng, randomToken, secureRandomBytes, type Rng } from '../rng.ts';
