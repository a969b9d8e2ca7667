import { describe, expect, it } from 'vitest';
import { OAUTH_SCENARIOS, OAUTH_STEPS } from '../../domain/access/doors/oauth.ts';
import { ID_TOKEN_BREAKS, tamperJwtSignature } from './id-token-breaks.ts';
import { decodeJwtPart } from './jwt-decode.ts';
import { issueAndValidate } from './id-token.ts';
import { runFlow } from './oauth-runner.ts';
import { readOauthParams, writeOauthParams } from './oauth-url.ts';
import { clampCursor, laneRoles, stepItems } from './oauth-view.ts';
import { paramsFor, writeSearch } from './url-common.ts';

describe('OAuth walkthrough view', () => {
  it.each(OAUTH_SCENARIOS.map((s) => [s.id, s] as const))('%s ends where the scenario says', async (id, scenario) => {
    const flow = await runFlow(id);
    expect(flow.status).toBe(scenario.expected.status);
    expect(flow.failure?.reason).toBe(scenario.expected.reason);
    const end = stepItems(flow, flow.log.length - 1, OAUTH_STEPS);
    const failed = end.filter((i) => i.state === 'failed').map((i) => i.step);
    expect(failed).toEqual(scenario.expected.failedAt ? [scenario.expected.failedAt] : []);
    // Before the end, nothing gives the failure away.
    expect(stepItems(flow, 0, OAUTH_STEPS).some((i) => i.state === 'failed' || i.state === 'unreached')).toBe(false);
  });

  it('lists unreached steps once, after a replayed code too', async () => {
    const flow = await runFlow('code-reused');
    const items = stepItems(flow, flow.log.length - 1, OAUTH_STEPS);
    expect(items.map((i) => `${i.step}:${i.state}`)).toEqual([
      'start:done',
      'authorize-request:done',
      'user-consent:done',
      'redirect-with-code:done',
      'token-request:done',
      'token-response:done',
      'token-request:failed',
      'api-call:unreached',
      'done:unreached',
    ]);
  });

  it('gives each party its role', () => {
    expect(laneRoles({ from: 'client', to: 'authorization-server' })).toEqual({
      client: 'sends',
      browser: 'idle',
      'authorization-server': 'receives',
      'resource-server': 'idle',
    });
    expect(laneRoles({ from: 'client', to: 'client' }).client).toBe('both');
  });

  it('keeps the cursor in the log and the state in the link', async () => {
    const flow = await runFlow('happy-path');
    expect(clampCursor(99, flow)).toBe(7);
    expect(clampCursor(Number.NaN, flow)).toBe(0);
    const search = writeSearch('', 'oauth', 1, writeOauthParams('pkce-failed', 3, 'expired'));
    const back = readOauthParams(paramsFor(search, 'oauth', 1) as URLSearchParams, 'happy-path', OAUTH_SCENARIOS);
    expect(back).toEqual({ scenario: 'pkce-failed', cursor: 3, idToken: 'expired', rejected: [], unknownPreset: null });
    const bad = readOauthParams(
      paramsFor('?pp.mode=oauth&pp.step=-1&pp.idt=<b>&pp.preset=x', 'oauth', 1) as URLSearchParams,
      'happy-path',
      OAUTH_SCENARIOS,
    );
    expect(bad).toEqual({
      scenario: 'happy-path',
      cursor: 0,
      idToken: null,
      rejected: ['pp.step', 'pp.idt'],
      unknownPreset: 'x',
    });
  });
});

describe('ID token section', () => {
  const expected = {
    none: undefined,
    'wrong-iss': 'wrong-issuer',
    'wrong-aud': 'wrong-audience',
    expired: 'expired',
    'iat-future': 'issued-in-future',
    'wrong-nonce': 'nonce-mismatch',
    'tampered-signature': 'bad-signature',
  } as const;
  it.each(ID_TOKEN_BREAKS.map((b) => [b] as const))('%s is judged by validateIdToken', async (brk) => {
    const view = await issueAndValidate(brk);
    const reason = expected[brk];
    expect(view.result).toEqual(reason === undefined ? { ok: true } : expect.objectContaining({ ok: false, reason }));
    expect(JSON.parse(view.header ?? 'null')).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(JSON.parse(view.payload ?? 'null')).toMatchObject({ sub: 'amelia.hr' });
  });

  it('decodes parts safely and tampers only the signature', () => {
    expect(decodeJwtPart('eyJhIjoxfQ')).toBe('{\n  "a": 1\n}');
    expect(decodeJwtPart('!!')).toBeNull();
    expect(decodeJwtPart('bm90IGpzb24')).toBeNull();
    expect(tamperJwtSignature('a.b.Axyz')).toBe('a.b.Bxyz');
    expect(tamperJwtSignature('a.b')).toBe('a.b');
  });
});
