import {
  DEFAULT_CLOCK_SKEW_SECONDS,
  ID_TOKEN_FAILURE_MESSAGES,
  OAUTH_FAILURE_MESSAGES,
  OAUTH_SCENARIOS,
  OAUTH_STEPS,
  type IdTokenFailureReason,
} from '../../domain/access/doors/oauth.ts';
import type { QuestionTemplate, QuizBank } from '../types';
import { methodFitQuestion } from './access-methods';

const TOKENS = [
  {
    id: 'access',
    label: 'Access token',
    name: 'access token',
    role: 'is sent to the API (resource server) and carries the scopes the user granted',
  },
  {
    id: 'refresh',
    label: 'Refresh token',
    name: 'refresh token',
    role: 'is sent only to the token endpoint, to get a new access token when the old one expires',
  },
  {
    id: 'id',
    label: 'ID token',
    name: 'ID token',
    role: 'tells the client who signed in, and is never sent to an API as a credential',
  },
] as const;

/**
 * How a validating client treats a wrong value of the claim. OpenID Connect Core 1.0, section
 * 3.1.3.7 (https://openid.net/specs/openid-connect-core-1_0.html, read 2026-12-04): iss, aud and
 * exp are MUST checks; for iat (step 10) the client MAY reject tokens issued too far from the
 * current time and "the acceptable range is Client specific", so libraries differ (openid/connect
 * issue 2154 notes some allow skew on iat, some none).
 */
const REJECTION: Partial<Record<IdTokenFailureReason, string>> = {
  'issued-in-future': `OpenID Connect Core does not make every client reject a future iat: it lets a client use iat to reject tokens issued too far from its current time, and leaves the acceptable range to the client, so libraries differ (some allow minutes of clock skew, some none). The course's validator rejects an iat more than ${DEFAULT_CLOCK_SKEW_SECONDS} s in the future:`,
};

const CLAIMS: { claim: string; meaning: string; failure: IdTokenFailureReason }[] = [
  { claim: 'iss', meaning: 'which identity provider issued the token', failure: 'wrong-issuer' },
  { claim: 'aud', meaning: 'which client the token was issued for', failure: 'wrong-audience' },
  { claim: 'exp', meaning: 'when the token stops being valid', failure: 'expired' },
  { claim: 'iat', meaning: 'when the token was issued', failure: 'issued-in-future' },
  {
    claim: 'nonce',
    meaning: 'the random value the client sent in its authorization request, to bind the token to this login',
    failure: 'nonce-mismatch',
  },
];

/** At which step does a failing OAuth scenario stop? The answer is the domain scenario's own expectation. */
const failingStep: QuestionTemplate = {
  id: 'where-it-fails',
  parameterised: true,
  build(rng) {
    const scenario = rng.pick(OAUTH_SCENARIOS.filter((s) => s.expected.status === 'failed'));
    const failedAt = scenario.expected.failedAt ?? 'done';
    const reason = scenario.expected.reason;
    return {
      kind: 'single',
      id: 'where-it-fails',
      prompt: `Authorization code flow with PKCE: ${scenario.description} At which step does the flow stop?`,
      choices: OAUTH_STEPS.filter((s) => s !== 'start' && s !== 'done').map((s) => ({ id: s, label: s })),
      answer: failedAt,
      explanation: `It stops at ${failedAt}${reason ? ` (${reason}): ${OAUTH_FAILURE_MESSAGES[reason]}` : '.'}`,
    };
  },
};

/** Quiz of the lesson "OAuth 2.0 and OpenID Connect". */
export const bank: QuizBank = {
  id: 'access-oauth-and-oidc',
  title: 'Check your understanding',
  questions: [
    {
      id: 'pkce-protects',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'pkce-protects',
        prompt: 'What does PKCE (RFC 7636) protect against?',
        choices: [
          {
            id: 'code-interception',
            label:
              'An intercepted authorization code being exchanged for tokens by someone other than the client that started the flow',
          },
          { id: 'phishing', label: 'A user typing their password into a fake sign-in page' },
          { id: 'token-expiry', label: 'Access tokens that live too long' },
          { id: 'xss', label: 'Script injected into the client’s web pages' },
        ],
        answer: 'code-interception',
        explanation: `The client sends only the challenge (the SHA-256 hash of a secret verifier) at the start, and must show the verifier to redeem the code. A stolen code alone is useless. In the walkthrough: ${OAUTH_FAILURE_MESSAGES['pkce-failed']}`,
      }),
    },
    failingStep,
    {
      id: 'challenge-in-request',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'challenge-in-request',
        prompt: 'Which PKCE value travels in the authorization request, through the browser, at the start of the flow?',
        choices: [
          { id: 'challenge', label: 'code_challenge, with code_challenge_method=S256' },
          { id: 'verifier', label: 'code_verifier' },
          { id: 'both', label: 'Both code_verifier and code_challenge' },
          { id: 'client-secret', label: 'The client secret' },
        ],
        answer: 'challenge',
        explanation:
          'Only the challenge, BASE64URL(SHA-256(verifier)), goes through the browser. The verifier stays with the client until the token request, which goes directly to the token endpoint.',
      }),
    },
    {
      id: 'which-token',
      parameterised: true,
      build(rng) {
        const token = rng.pick(TOKENS);
        return {
          kind: 'single',
          id: 'which-token',
          prompt: `Which token ${token.role}?`,
          choices: TOKENS.map((t) => ({ id: t.id, label: t.label })),
          answer: token.id,
          explanation: TOKENS.map((t) => `The ${t.name} ${t.role}.`).join(' '),
        };
      },
    },
    {
      id: 'id-token-claim',
      parameterised: true,
      build(rng) {
        const c = rng.pick(CLAIMS);
        return {
          kind: 'single',
          id: 'id-token-claim',
          prompt: `Which ID token claim states ${c.meaning}?`,
          choices: CLAIMS.map((x) => ({ id: x.claim, label: x.claim })),
          answer: c.claim,
          explanation: `${c.claim}. ${REJECTION[c.failure] ?? 'A client that validates the token rejects it when this claim is wrong:'} ${ID_TOKEN_FAILURE_MESSAGES[c.failure]}`,
        };
      },
    },
    {
      id: 'authz-authn',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'authz-authn',
        prompt: 'How do OAuth 2.0 and OpenID Connect divide the work?',
        choices: [
          {
            id: 'oauth-authz',
            label:
              'OAuth 2.0 delegates authorisation (access to an API); OpenID Connect adds authentication (who signed in)',
          },
          { id: 'oauth-authn', label: 'OAuth 2.0 authenticates users; OpenID Connect authorises API calls' },
          { id: 'same', label: 'They are two names for the same protocol' },
          { id: 'oidc-saml', label: 'OpenID Connect replaces OAuth 2.0 with XML assertions' },
        ],
        answer: 'oauth-authz',
        explanation:
          'An OAuth 2.0 access token says what a client may do, not who the user is. OpenID Connect builds on the same flow and adds the ID token, a signed statement of who authenticated, when, and for which client.',
      }),
    },
    methodFitQuestion('fits-oauth', ['oauth', 'sas', 'identity-provider']),
  ],
};
