/**
 * The public door of the access-control domain: IAM policy evaluation with traces, RBAC and
 * the bank HR case study, shared keys, Shared Access Signatures, OAuth 2.0 with PKCE and
 * OpenID Connect ID tokens. Import from here, not from the individual files.
 */

// IAM policies
export type {
  AccessRequest,
  ConditionScalar,
  ConditionTrace,
  Decision,
  DecidingStatement,
  MatchResult,
  Policy,
  Statement,
  TraceEntry,
} from './types.ts';
export { evaluate, VARIABLES_VERSION } from './policy-eval.ts';
export { decide, type Verdict } from './policy-compile.ts';
export { parsePolicy } from './policy-parse.ts';
export { PolicyError, type PolicyErrorDetails } from './policy-error.ts';
export { explainDecision, isTraceEntry, traceEntries } from './trace.ts';
export { OPERATOR_NAMES, lookupOperator, type OperatorFamily, type OperatorSpec } from './condition-operators.ts';
export { wildcardMatch } from './wildcard.ts';
export {
  cidrContains,
  ipInRange,
  parseCidr,
  parseIp,
  parseIpRange,
  type Cidr,
  type IpRange,
  type ParsedIp,
} from './ip.ts';

// RBAC and the bank HR case study
export { effectivePolicies, evaluateForUser, type NamedPolicy, type Role, type User } from './rbac.ts';
export {
  CORPORATE_NETWORKS,
  bankAbacConditions,
  bankContext,
  bankGuardrails,
  bankRoles,
  bankUser,
  bankUsers,
  hrManagerPolicy,
  payrollPolicy,
  recruiterPolicy,
  type BankSession,
} from './bank-policies.ts';
export { BANK_DEMO_NOW, bankRequestPreset, bankRequestPresets, type BankRequestPreset } from './bank-presets.ts';
export { AUDITOR_DEMO_KEY, auditorSasParams, auditorSasPresets, type AuditorSasPreset } from './bank-auditor.ts';

// Shared keys and Shared Access Signatures
export {
  SHARED_KEY_BYTES,
  canonicalRequest,
  createKeyPair,
  revoke,
  rotate,
  sign,
  verify,
  type KeyName,
  type KeyPairState,
  type KeyVerifyFailure,
  type KeyVerifyResult,
  type RandomBytes,
  type RetiredKey,
  type SharedKey,
} from './shared-keys.ts';
export {
  SAS_FAILURE_MESSAGES,
  createSas,
  sasFailureMessage,
  sasResourceType,
  verifySas,
  type SasFailureReason,
} from './sas.ts';
export {
  SAS_PERMISSION_ORDER,
  SAS_VERSION,
  formatSasTime,
  normalizePermissions,
  parseSas,
  sasStringToSign,
  type SasFields,
} from './sas-format.ts';

// OAuth 2.0 + PKCE and OpenID Connect
export { CODE_VERIFIER_PATTERN, createCodeVerifier, isValidCodeVerifier, pkceChallenge } from './pkce.ts';
export { DEMO_OAUTH_CONFIG, advance, nextStep, replayAuthorizationCode, secretsFromSeed, startFlow } from './oauth.ts';
export {
  DEMO_FLOW_NOW,
  DEMO_FLOW_SEED,
  OAUTH_SCENARIOS,
  runScenario,
  type OAuthScenario,
  type OAuthScenarioId,
} from './oauth-scenarios.ts';
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
} from './oauth-types.ts';
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
} from './oidc.ts';

// Randomness and encodings (deterministic generator for demos; secure bytes kept separate)
export { createRng, randomToken, secureRandomBytes, type Rng } from './rng.ts';
export { base64ToBytes, base64UrlToBytes, bytesToBase64, bytesToBase64Url } from './encoding.ts';
