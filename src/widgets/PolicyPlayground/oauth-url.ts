/**
 * The OAuth mode in the link: the scenario (`pp.preset`), the step on screen (`pp.step`,
 * 1-based) and, once an ID token was issued, how it is broken (`pp.idt`).
 */
import type { OAuthScenarioId } from '../../domain/access/doors/oauth.ts';
import { isBreak, type IdTokenBreak } from './id-token-breaks.ts';
import type { ScenarioOption } from './oauth-view.ts';
import { PREFIX } from './url-common.ts';

/** What reading a link gave. */
export interface OauthUrlRead {
  scenario: OAuthScenarioId;
  /** 0-based cursor, not yet clamped to the flow's length. */
  cursor: number;
  idToken: IdTokenBreak | null;
  rejected: string[];
  unknownPreset: string | null;
}

/** Reads the OAuth state addressed to this playground; `lessonPreset` is the fallback. */
export function readOauthParams(
  params: URLSearchParams,
  lessonPreset: OAuthScenarioId,
  scenarios: readonly Pick<ScenarioOption, 'id'>[],
): OauthUrlRead {
  const rejected: string[] = [];
  const wanted = params.get(`${PREFIX}preset`);
  const known = scenarios.find((s) => s.id === wanted);
  const unknownPreset = wanted !== null && !known ? wanted.slice(0, 80) : null;
  const stepText = params.get(`${PREFIX}step`);
  let cursor = 0;
  if (stepText !== null) {
    if (/^\d{1,2}$/.test(stepText) && Number(stepText) >= 1) cursor = Number(stepText) - 1;
    else rejected.push(`${PREFIX}step`);
  }
  const idt = params.get(`${PREFIX}idt`);
  let idToken: IdTokenBreak | null = null;
  if (idt !== null) {
    if (isBreak(idt)) idToken = idt;
    else rejected.push(`${PREFIX}idt`);
  }
  return { scenario: known?.id ?? lessonPreset, cursor, idToken, rejected, unknownPreset };
}

/** The parameters of an OAuth state. */
export function writeOauthParams(
  scenario: OAuthScenarioId,
  cursor: number,
  idToken: IdTokenBreak | null,
): Record<string, string | undefined> {
  return { preset: scenario, step: String(cursor + 1), idt: idToken ?? undefined };
}
