/**
 * Ready-made walkthroughs of the OAuth flow: the happy path and one per failure reason, each
 * with the step where it is expected to stop, so a widget can offer them as presets and a
 * test can check them.
 */
import type { FlowState, FlowTamper, OAuthConfig, OAuthFailureReason, OAuthStep } from './oauth-types.ts';
import { DEMO_OAUTH_CONFIG, advance, nextStep, replayAuthorizationCode, startFlow } from './oauth.ts';

/** A scenario id: the happy path or the failure it demonstrates. */
export type OAuthScenarioId = 'happy-path' | OAuthFailureReason;

/** A preset walkthrough and the outcome it must produce. */
export interface OAuthScenario {
  id: OAuthScenarioId;
  title: string;
  description: string;
  /** Deviation injected at one step (the code-reused scenario replays the code instead). */
  tamperAt?: { step: OAuthStep; tamper: FlowTamper };
  expected: { status: 'done' | 'failed'; failedAt?: OAuthStep; reason?: OAuthFailureReason };
}

/** The instant all preset flows run at (tokens carry it as iat). */
export const DEMO_FLOW_NOW = new Date('2026-11-27T10:00:00Z');

/** The seed all preset flows draw their random values from. */
export const DEMO_FLOW_SEED = 20261127;

/** The presets, in teaching order. */
export const OAUTH_SCENARIOS: readonly OAuthScenario[] = [
  {
    id: 'happy-path',
    title: 'Everything checks out',
    description: 'The user approves all scopes; state, PKCE and redirect_uri all match; the API answers 200.',
    expected: { status: 'done' },
  },
  {
    id: 'redirect-uri-mismatch',
    title: 'Unregistered redirect_uri',
    description: 'The authorization request names https://evil.example/callback, which is not registered.',
    tamperAt: { step: 'authorize-request', tamper: { redirectUri: 'https://evil.example/callback' } },
    expected: { status: 'failed', failedAt: 'authorize-request', reason: 'redirect-uri-mismatch' },
  },
  {
    id: 'state-mismatch',
    title: 'Forged callback (CSRF)',
    description: 'The callback carries a state the client never issued.',
    tamperAt: { step: 'redirect-with-code', tamper: { returnedState: 'forged-by-attacker' } },
    expected: { status: 'failed', failedAt: 'redirect-with-code', reason: 'state-mismatch' },
  },
  {
    id: 'pkce-failed',
    title: 'Stolen code, wrong verifier',
    description: 'The token request carries a code_verifier that does not match the challenge.',
    tamperAt: { step: 'token-request', tamper: { codeVerifier: 'attacker-guess-attacker-guess-attacker-guess-0001' } },
    expected: { status: 'failed', failedAt: 'token-request', reason: 'pkce-failed' },
  },
  {
    id: 'code-reused',
    title: 'Code redeemed twice',
    description: 'After a successful exchange the same code is sent to the token endpoint again.',
    expected: { status: 'failed', failedAt: 'token-request', reason: 'code-reused' },
  },
  {
    id: 'scope-not-granted',
    title: 'Scope not granted',
    description: 'The user approves only openid and profile; the API needs hr.read.',
    tamperAt: { step: 'user-consent', tamper: { grantedScope: ['openid', 'profile'] } },
    expected: { status: 'failed', failedAt: 'api-call', reason: 'scope-not-granted' },
  },
];

/** Runs a preset to its end (done or failed) and returns the final state with its full log. */
export async function runScenario(
  id: OAuthScenarioId,
  options: { config?: OAuthConfig; seed?: number; now?: Date } = {},
): Promise<FlowState> {
  const scenario = OAUTH_SCENARIOS.find((s) => s.id === id);
  let state = await startFlow(
    options.config ?? DEMO_OAUTH_CONFIG,
    options.seed ?? DEMO_FLOW_SEED,
    options.now ?? DEMO_FLOW_NOW,
  );
  while (state.status === 'in-progress') {
    if (id === 'code-reused' && state.step === 'token-response') return replayAuthorizationCode(state);
    const tamper = scenario?.tamperAt && nextStep(state) === scenario.tamperAt.step ? scenario.tamperAt.tamper : {};
    const next = await advance(state, tamper);
    if (next === state) break;
    state = next;
  }
  return state;
}
