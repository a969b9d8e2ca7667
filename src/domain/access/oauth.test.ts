import { describe, expect, it } from 'vitest';
import { DEMO_OAUTH_CONFIG, advance, nextStep, replayAuthorizationCode, secretsFromSeed, startFlow } from './oauth.ts';
import { DEMO_FLOW_NOW, DEMO_FLOW_SEED, OAUTH_SCENARIOS, runScenario } from './oauth-scenarios.ts';
import { OAUTH_FAILURE_MESSAGES, OAUTH_STEPS, type FlowState, type FlowTamper } from './oauth-types.ts';
import { pkceChallenge } from './pkce.ts';
import { validateIdToken } from './oidc.ts';
import { base64UrlToBytes } from './encoding.ts';

/** Advances to the end, applying `tampers[step]` when that step is next. */
async function run(tampers: Partial<Record<string, FlowTamper>> = {}): Promise<FlowState> {
  let state = await startFlow(DEMO_OAUTH_CONFIG, DEMO_FLOW_SEED, DEMO_FLOW_NOW);
  while (state.status === 'in-progress') state = await advance(state, tampers[nextStep(state) ?? ''] ?? {});
  return state;
}

describe('happy path', () => {
  it('visits every step in order and ends signed in', async () => {
    const state = await run();
    expect(state.status).toBe('done');
    expect(state.log.map((r) => r.step)).toEqual([...OAUTH_STEPS]);
    expect(state.log.every((r) => r.ok)).toBe(true);
    expect(state.log.map((r) => `${r.from}→${r.to}`)).toEqual([
      'client→client',
      'browser→authorization-server',
      'browser→authorization-server',
      'browser→client',
      'client→authorization-server',
      'authorization-server→client',
      'client→resource-server',
      'client→browser',
    ]);
  });

  it('builds the authorization request with PKCE S256', async () => {
    const state = await run();
    const request = state.log[1]?.request;
    expect(request?.method).toBe('GET');
    expect(request?.params).toEqual({
      response_type: 'code',
      client_id: 'hr-portal',
      redirect_uri: 'https://hr-portal.bank.example/callback',
      scope: 'openid profile hr.read',
      state: state.secrets.state,
      nonce: state.secrets.nonce,
      code_challenge: await pkceChallenge(state.secrets.codeVerifier),
      code_challenge_method: 'S256',
    });
    expect(
      request?.url?.startsWith(
        'https://login.bank.example/authorize?response_type=code&client_id=hr-portal&redirect_uri=https%3A%2F%2Fhr-portal.bank.example%2Fcallback&scope=openid+profile+hr.read&state=',
      ),
    ).toBe(true);
  });

  it('exchanges the code with the verifier and returns the three tokens', async () => {
    const state = await run();
    expect(state.log[4]?.request?.params).toEqual({
      grant_type: 'authorization_code',
      code: state.secrets.code,
      redirect_uri: 'https://hr-portal.bank.example/callback',
      client_id: 'hr-portal',
      code_verifier: state.secrets.codeVerifier,
    });
    const body = state.log[5]?.response?.body;
    expect(body).toMatchObject({
      access_token: state.secrets.accessToken,
      token_type: 'Bearer',
      expires_in: 3600,
      refresh_token: state.secrets.refreshToken,
      scope: 'openid profile hr.read',
    });
    const secret = base64UrlToBytes(state.secrets.idTokenSecret) ?? new Uint8Array();
    const check = await validateIdToken(
      String(body?.['id_token']),
      { issuer: 'https://login.bank.example', audience: 'hr-portal', nonce: state.secrets.nonce, now: DEMO_FLOW_NOW },
      { alg: 'HS256', secret },
    );
    expect(check.ok).toBe(true);
    expect(state.log[5]?.details).toEqual({ id_token_check: 'valid' });
    expect(state.log[6]?.request?.headers).toEqual({ Authorization: `Bearer ${state.secrets.accessToken}` });
    expect(state.log[6]?.response?.status).toBe(200);
  });

  it('is deterministic for a seed, serialisable, and different for another seed', async () => {
    const a = await run();
    expect(await run()).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(secretsFromSeed(DEMO_FLOW_SEED)).toEqual(a.secrets);
    expect(secretsFromSeed(1).state).not.toBe(a.secrets.state);
    expect(a.secrets.codeVerifier).toHaveLength(43);
  });

  it('does nothing once finished', async () => {
    const done = await run();
    expect(nextStep(done)).toBeNull();
    expect(await advance(done)).toBe(done);
  });
});

describe('failure paths', () => {
  it('state mismatch (CSRF): the client refuses the callback', async () => {
    const state = await run({ 'redirect-with-code': { returnedState: 'forged' } });
    expect(state.failure).toEqual({
      step: 'redirect-with-code',
      reason: 'state-mismatch',
      message: OAUTH_FAILURE_MESSAGES['state-mismatch'],
    });
    expect(state.tokens).toBeUndefined();
    expect(state.codes[0]?.used).toBe(false);
  });

  it('wrong code_verifier: PKCE fails at the token endpoint', async () => {
    const state = await run({ 'token-request': { codeVerifier: 'x'.repeat(43) } });
    expect(state.failure?.reason).toBe('pkce-failed');
    expect(state.log.at(-1)?.response).toMatchObject({
      status: 400,
      body: { error: 'invalid_grant', error_description: 'PKCE verification failed' },
    });
    expect(state.tokens).toBeUndefined();
  });

  it('a verifier RFC 7636 forbids is a PKCE failure, not an exception', async () => {
    expect((await run({ 'token-request': { codeVerifier: 'short' } })).failure?.reason).toBe('pkce-failed');
  });

  it('code reused: the second redemption fails and the tokens are revoked', async () => {
    const first = await run();
    const replayed = await replayAuthorizationCode(first);
    expect(replayed.failure?.reason).toBe('code-reused');
    expect(replayed.tokens?.revoked).toBe(true);
    expect(replayed.log.at(-1)?.title).toBe('Token request replayed with the same code');
    expect(await replayAuthorizationCode(replayed)).toBe(replayed);
  });

  it('redirect_uri mismatch at the authorization endpoint: no redirect at all', async () => {
    const state = await run({ 'authorize-request': { redirectUri: 'https://evil.example/callback' } });
    expect(state.failure?.step).toBe('authorize-request');
    expect(state.failure?.reason).toBe('redirect-uri-mismatch');
    expect(state.codes).toEqual([]);
  });

  it('redirect_uri mismatch at the token endpoint', async () => {
    const state = await run({ 'token-request': { redirectUri: 'https://hr-portal.bank.example/other' } });
    expect(state.failure).toMatchObject({ step: 'token-request', reason: 'redirect-uri-mismatch' });
  });

  it('scope not granted: the resource server answers 403 insufficient_scope', async () => {
    const state = await run({ 'user-consent': { grantedScope: ['openid', 'profile'] } });
    expect(state.failure).toMatchObject({ step: 'api-call', reason: 'scope-not-granted' });
    expect(state.log.at(-1)?.response).toEqual({
      status: 403,
      headers: { 'WWW-Authenticate': 'Bearer error="insufficient_scope", scope="hr.read"' },
      params: {},
    });
    expect(state.tokens?.scope).toEqual(['openid', 'profile']);
  });
});

describe('preset scenarios', () => {
  it.each(OAUTH_SCENARIOS.map((s) => [s.id, s] as const))('%s ends as expected', async (id, scenario) => {
    const state = await runScenario(id);
    expect(state.status).toBe(scenario.expected.status);
    expect(state.failure?.step).toBe(scenario.expected.failedAt);
    expect(state.failure?.reason).toBe(scenario.expected.reason);
  });

  it('starts from injected secrets too', async () => {
    const secrets = { ...secretsFromSeed(3), state: 'fixed-state' };
    const state = await startFlow(DEMO_OAUTH_CONFIG, secrets, DEMO_FLOW_NOW);
    expect(state.log[0]?.details['state']).toBe('fixed-state');
  });
});
