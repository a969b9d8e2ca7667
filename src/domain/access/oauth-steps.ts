/**
 * The individual steps of the authorization-code-with-PKCE flow. Each takes the flow state,
 * plays the parties' parts (client, browser, authorization server, resource server), and
 * returns a new state with one more StepRecord in its log. Checks follow RFC 6749 §4.1 and
 * RFC 7636 §4.6; a failed check ends the flow with its reason.
 */
import type { FlowState, FlowTamper, HttpMessage, OAuthFailureReason, StepRecord } from './oauth-types.ts';
import { OAUTH_FAILURE_MESSAGES } from './oauth-types.ts';
import { isValidCodeVerifier, pkceChallenge } from './pkce.ts';
import { base64UrlToBytes, utf8 } from './encoding.ts';
import { constantTimeEqual } from './hmac.ts';
import { issueIdToken, validateIdToken } from './oidc.ts';

type Outcome = Omit<StepRecord, 'ok' | 'failure'>;

function withUrl(base: string, params: Record<string, string>): string {
  return `${base}?${new URLSearchParams(params).toString()}`;
}

function json(
  status: number,
  body: Record<string, string | number>,
  headers: Record<string, string> = {},
): HttpMessage {
  return {
    status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers },
    params: {},
    body,
  };
}

/** Appends a successful step. */
export function succeed(state: FlowState, record: Outcome, patch: Partial<FlowState> = {}): FlowState {
  const done = record.step === 'done';
  return {
    ...state,
    ...patch,
    step: record.step,
    status: done ? 'done' : 'in-progress',
    log: [...state.log, { ...record, ok: true }],
  };
}

/** Appends a failed step and ends the flow. */
export function failWith(
  state: FlowState,
  record: Outcome,
  reason: OAuthFailureReason,
  patch: Partial<FlowState> = {},
): FlowState {
  const message = OAUTH_FAILURE_MESSAGES[reason];
  return {
    ...state,
    ...patch,
    step: record.step,
    status: 'failed',
    failure: { step: record.step, reason, message },
    log: [...state.log, { ...record, ok: false, failure: { reason, message } }],
  };
}

/** Client → browser → authorization server: GET /authorize with PKCE challenge, state and nonce. */
export function authorizeRequest(state: FlowState, tamper: FlowTamper): FlowState {
  const { config, secrets } = state;
  const redirectUri = tamper.redirectUri ?? config.redirectUri;
  const params = {
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri,
    scope: config.scope.join(' '),
    state: secrets.state,
    nonce: secrets.nonce,
    code_challenge: state.codeChallenge,
    code_challenge_method: 'S256',
  };
  const request: HttpMessage = {
    method: 'GET',
    url: withUrl(config.authorizationEndpoint, params),
    headers: {},
    params,
  };
  const base = {
    step: 'authorize-request',
    from: 'browser',
    to: 'authorization-server',
    title: 'Authorization request',
    request,
    details: {},
  } as const;
  if (!config.registeredRedirectUris.includes(redirectUri)) {
    const response = json(400, {
      error: 'invalid_request',
      error_description: 'redirect_uri is not registered for this client',
    });
    const explanation = `The server compares redirect_uri with the URIs registered for ${config.clientId} and finds no exact match, so it shows an error instead of redirecting: sending a code to an unknown address would hand it to an attacker.`;
    return failWith(state, { ...base, response, explanation }, 'redirect-uri-mismatch');
  }
  const response: HttpMessage = {
    status: 200,
    headers: { 'Content-Type': 'text/html' },
    params: {},
    body: { page: 'login and consent', client: config.clientId, scope: params.scope },
  };
  const explanation =
    'The client redirects the browser to the authorization server with its client_id, an exact registered redirect_uri, the scopes it wants, a random state (against CSRF), a nonce (for the ID token) and the PKCE code_challenge. The server checks the client and redirect_uri, then shows the login and consent page.';
  const authorization = {
    redirectUri,
    scope: [...config.scope],
    state: secrets.state,
    codeChallenge: state.codeChallenge,
    nonce: secrets.nonce,
  };
  return succeed(state, { ...base, response, explanation }, { authorization });
}

/** Browser → authorization server: the user signs in and approves scopes; the server issues a code. */
export function userConsent(state: FlowState, tamper: FlowTamper): FlowState {
  const auth = state.authorization;
  if (!auth) return state;
  const granted = auth.scope.filter((s) => (tamper.grantedScope ?? auth.scope).includes(s));
  const params = { client_id: state.config.clientId, scope: granted.join(' '), decision: 'approve' };
  const callback = withUrl(auth.redirectUri, { code: state.secrets.code, state: auth.state });
  const code = {
    code: state.secrets.code,
    clientId: state.config.clientId,
    redirectUri: auth.redirectUri,
    codeChallenge: auth.codeChallenge,
    scope: granted,
    nonce: auth.nonce,
    used: false,
  };
  const explanation = `The user signs in and approves ${granted.length === auth.scope.length ? 'all requested scopes' : `only: ${granted.join(' ') || 'nothing'}`}. The server stores a short-lived, single-use code bound to the client, the redirect_uri, the code_challenge and the granted scopes, and redirects the browser back to the client.`;
  return succeed(
    state,
    {
      step: 'user-consent',
      from: 'browser',
      to: 'authorization-server',
      title: 'User login and consent',
      request: {
        method: 'POST',
        url: state.config.consentEndpoint,
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        params,
      },
      response: { status: 302, headers: { Location: callback }, params: { code: code.code, state: auth.state } },
      details: { granted_scope: granted.join(' ') },
      explanation,
    },
    { grantedScope: granted, codes: [...state.codes, code] },
  );
}

/** Browser → client: GET redirect_uri?code&state; the client checks that state is the one it sent. */
export function redirectWithCode(state: FlowState, tamper: FlowTamper): FlowState {
  const auth = state.authorization;
  if (!auth) return state;
  const returned = tamper.returnedState ?? auth.state;
  const params = { code: state.secrets.code, state: returned };
  const request: HttpMessage = { method: 'GET', url: withUrl(auth.redirectUri, params), headers: {}, params };
  const base = {
    step: 'redirect-with-code',
    from: 'browser',
    to: 'client',
    title: 'Redirect back with the code',
    request,
    details: { expected_state: state.secrets.state },
  } as const;
  if (!constantTimeEqual(utf8(returned), utf8(state.secrets.state))) {
    const explanation =
      "The state in the callback differs from the one the client stored for this browser session. An attacker may be trying to make the victim log in with the attacker's code (CSRF), so the client drops the code.";
    return failWith(
      state,
      { ...base, response: { status: 400, headers: {}, params: { error: 'state mismatch' } }, explanation },
      'state-mismatch',
    );
  }
  const explanation =
    'The browser follows the redirect to the client. The client checks that state matches the value it stored before starting, then keeps the code for the back-channel exchange.';
  return succeed(
    state,
    { ...base, response: { status: 200, headers: { 'Content-Type': 'text/html' }, params: {} }, explanation },
    { callback: { code: params.code, state: returned } },
  );
}

/** Client → authorization server (back channel): POST /token with code, redirect_uri and code_verifier. */
export async function tokenRequest(state: FlowState, tamper: FlowTamper, title = 'Token request'): Promise<FlowState> {
  const { config } = state;
  const code = state.callback?.code ?? state.secrets.code;
  const verifier = tamper.codeVerifier ?? state.secrets.codeVerifier;
  const params = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: tamper.redirectUri ?? state.authorization?.redirectUri ?? config.redirectUri,
    client_id: config.clientId,
    code_verifier: verifier,
  };
  const request: HttpMessage = {
    method: 'POST',
    url: config.tokenEndpoint,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    params,
  };
  const base = { step: 'token-request', from: 'client', to: 'authorization-server', title, request } as const;
  const stored = state.codes.find((c) => c.code === code);
  const refuse = (
    reason: OAuthFailureReason,
    description: string,
    explanation: string,
    patch: Partial<FlowState> = {},
  ): FlowState =>
    failWith(
      state,
      {
        ...base,
        response: json(400, { error: 'invalid_grant', error_description: description }),
        details: {},
        explanation,
      },
      reason,
      patch,
    );
  if (!stored || stored.used) {
    const tokens = state.tokens ? { ...state.tokens, revoked: true } : undefined;
    return refuse(
      'code-reused',
      'authorization code already used',
      "The server finds that this code has already been redeemed. Codes are single-use (RFC 6749 §4.1.2): the server refuses it and revokes the tokens issued for it, in case the first redemption was the attacker's.",
      tokens ? { tokens } : {},
    );
  }
  if (params.redirect_uri !== stored.redirectUri) {
    return refuse(
      'redirect-uri-mismatch',
      'redirect_uri does not match the authorization request',
      'The redirect_uri must be identical to the one in the authorization request (RFC 6749 §4.1.3); it is not, so the code is refused.',
    );
  }
  const challenge = isValidCodeVerifier(verifier) ? await pkceChallenge(verifier) : '';
  const details = {
    expected_code_challenge: stored.codeChallenge,
    computed_code_challenge: challenge || '(invalid verifier)',
  };
  if (!constantTimeEqual(utf8(challenge), utf8(stored.codeChallenge))) {
    return refuse(
      'pkce-failed',
      'PKCE verification failed',
      'The server hashes the code_verifier with SHA-256 and compares it with the stored code_challenge. They differ: whoever sends this request did not start the flow (e.g. an attacker who intercepted the code), so no tokens are issued.',
    );
  }
  const codes = state.codes.map((c) => (c.code === code ? { ...c, used: true } : c));
  const explanation =
    'The server checks that the code is known and unused, that redirect_uri is identical, and that BASE64URL(SHA256(code_verifier)) equals the stored code_challenge. All match, so it marks the code as used.';
  return succeed(state, { ...base, details, explanation }, { codes });
}

/** Authorization server → client: access, refresh and ID tokens; the client validates the ID token. */
export async function tokenResponse(state: FlowState): Promise<FlowState> {
  const { config, secrets } = state;
  const scope = state.grantedScope ?? [];
  const now = new Date(state.now);
  const secret = base64UrlToBytes(secrets.idTokenSecret) ?? utf8(secrets.idTokenSecret);
  const idToken = await issueIdToken(
    { issuer: config.issuer, subject: config.subject, audience: config.clientId, nonce: secrets.nonce, now },
    { alg: 'HS256', secret },
  );
  const check = await validateIdToken(
    idToken,
    { issuer: config.issuer, audience: config.clientId, nonce: secrets.nonce, now },
    { alg: 'HS256', secret },
  );
  const body = {
    access_token: secrets.accessToken,
    token_type: 'Bearer',
    expires_in: config.accessTokenTtlSeconds,
    refresh_token: secrets.refreshToken,
    id_token: idToken,
    scope: scope.join(' '),
  };
  const tokens = {
    accessToken: secrets.accessToken,
    refreshToken: secrets.refreshToken,
    idToken,
    expiresIn: config.accessTokenTtlSeconds,
    scope,
    revoked: false,
  };
  const explanation = `The server answers with a Bearer access token for the API, a refresh token, and an ID token (a signed JWT about the user). The client validates the ID token's signature, iss, aud, exp, iat and nonce: ${check.ok ? 'all valid' : `failed (${check.reason})`}.`;
  return succeed(
    state,
    {
      step: 'token-response',
      from: 'authorization-server',
      to: 'client',
      title: 'Token response',
      response: json(200, body),
      details: { id_token_check: check.ok ? 'valid' : check.reason },
      explanation,
    },
    { tokens },
  );
}

/** Client → resource server: GET the API with the Bearer token; the server checks the scope. */
export function apiCall(state: FlowState): FlowState {
  const { config, tokens } = state;
  const token = tokens?.accessToken ?? '';
  const request: HttpMessage = {
    method: 'GET',
    url: config.apiUrl,
    headers: { Authorization: `Bearer ${token}` },
    params: {},
  };
  const base = {
    step: 'api-call',
    from: 'client',
    to: 'resource-server',
    title: 'API call with the access token',
    request,
    details: { required_scope: config.requiredScope },
  } as const;
  if (!tokens || tokens.revoked || !tokens.scope.includes(config.requiredScope)) {
    const response: HttpMessage = {
      status: 403,
      headers: { 'WWW-Authenticate': `Bearer error="insufficient_scope", scope="${config.requiredScope}"` },
      params: {},
    };
    const explanation = `The resource server checks the token's scope and does not find ${config.requiredScope}; it answers 403 insufficient_scope (RFC 6750 §3.1).`;
    return failWith(state, { ...base, response, explanation }, 'scope-not-granted');
  }
  const response = json(200, { employeeId: 'E1001', name: 'Dana Weber', department: 'retail' });
  return succeed(state, {
    ...base,
    response,
    explanation: `The resource server validates the Bearer token and finds the scope ${config.requiredScope}, so it returns the data.`,
  });
}
