/**
 * Types of the OAuth 2.0 authorization-code-with-PKCE walkthrough. Everything here is plain
 * data (strings, numbers, arrays, records) so a flow can be stored, sent to a worker, or
 * rendered step by step by a widget.
 */

/** Who sends or receives a message. */
export type OAuthActor = 'client' | 'browser' | 'authorization-server' | 'resource-server';

/** The steps of the flow, in order. */
export type OAuthStep =
  | 'start'
  | 'authorize-request'
  | 'user-consent'
  | 'redirect-with-code'
  | 'token-request'
  | 'token-response'
  | 'api-call'
  | 'done';

/** The steps in the order the flow visits them. */
export const OAUTH_STEPS: readonly OAuthStep[] = [
  'start',
  'authorize-request',
  'user-consent',
  'redirect-with-code',
  'token-request',
  'token-response',
  'api-call',
  'done',
];

/** Why a flow failed. */
export type OAuthFailureReason =
  'state-mismatch' | 'pkce-failed' | 'code-reused' | 'redirect-uri-mismatch' | 'scope-not-granted';

/** One sentence per failure reason, for the UI. */
export const OAUTH_FAILURE_MESSAGES: Readonly<Record<OAuthFailureReason, string>> = {
  'state-mismatch':
    'The state returned to the client is not the one it sent: the callback may be forged (CSRF), so the client refuses the code.',
  'pkce-failed':
    'The code_verifier does not hash to the code_challenge sent earlier: whoever redeems the code is not the client that started the flow.',
  'code-reused':
    'The authorization code was already redeemed: codes are single-use, so the server refuses it and revokes the tokens it issued.',
  'redirect-uri-mismatch':
    'The redirect_uri does not match the one registered (or used in the authorization request): the server will not send a code there.',
  'scope-not-granted':
    'The access token lacks the scope the API requires: the user did not grant it, so the resource server answers 403.',
};

/** An HTTP request or response as shown in the walkthrough. */
export interface HttpMessage {
  method?: 'GET' | 'POST';
  url?: string;
  /** Response status code. */
  status?: number;
  headers: Record<string, string>;
  /** Query parameters (GET, redirects) or form fields (POST). */
  params: Record<string, string>;
  /** A JSON response body. */
  body?: Record<string, string | number>;
}

/** One step of the walkthrough: who talked to whom, what was sent, what came back. */
export interface StepRecord {
  step: OAuthStep;
  from: OAuthActor;
  to: OAuthActor;
  title: string;
  explanation: string;
  request?: HttpMessage;
  response?: HttpMessage;
  /** Values worth showing that are not part of an HTTP message (generated secrets, checks made). */
  details: Record<string, string>;
  ok: boolean;
  failure?: { reason: OAuthFailureReason; message: string };
}

/** The client registration and endpoints of a demo deployment. */
export interface OAuthConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  /** The redirect URIs the authorization server has on file for this client. */
  registeredRedirectUris: string[];
  authorizationEndpoint: string;
  consentEndpoint: string;
  tokenEndpoint: string;
  apiUrl: string;
  /** Scopes the client requests. */
  scope: string[];
  /** The scope the API call needs. */
  requiredScope: string;
  /** The signed-in user. */
  subject: string;
  accessTokenTtlSeconds: number;
}

/** Random values of one flow, generated from a seed (or passed in) so runs are reproducible. */
export interface OAuthSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
  code: string;
  accessToken: string;
  refreshToken: string;
  /** The authorization server's HS256 key for ID tokens, base64url. */
  idTokenSecret: string;
}

/** An authorization code as the authorization server remembers it. */
export interface IssuedCode {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  scope: string[];
  nonce: string;
  used: boolean;
}

/** The whole flow: configuration, each party's memory, and the log of steps so far. */
export interface FlowState {
  config: OAuthConfig;
  /** The instant of the flow (ISO 8601), used for token timestamps. */
  now: string;
  secrets: OAuthSecrets;
  codeChallenge: string;
  /** The last step performed. */
  step: OAuthStep;
  status: 'in-progress' | 'done' | 'failed';
  /** The authorization request as the authorization server received it. */
  authorization?: { redirectUri: string; scope: string[]; state: string; codeChallenge: string; nonce: string };
  grantedScope?: string[];
  codes: IssuedCode[];
  /** What arrived at the client's redirect URI. */
  callback?: { code: string; state: string };
  tokens?: {
    accessToken: string;
    refreshToken: string;
    idToken: string;
    expiresIn: number;
    scope: string[];
    revoked: boolean;
  };
  log: StepRecord[];
  failure?: { step: OAuthStep; reason: OAuthFailureReason; message: string };
}

/** Deviations to inject at a step, to walk a failure path. Each applies only where noted. */
export interface FlowTamper {
  /** authorize-request and token-request: send this redirect_uri instead of the client's. */
  redirectUri?: string;
  /** user-consent: the scopes the user approves (a subset of those requested). */
  grantedScope?: string[];
  /** redirect-with-code: the state value that reaches the client's callback. */
  returnedState?: string;
  /** token-request: the code_verifier sent to the token endpoint. */
  codeVerifier?: string;
}
