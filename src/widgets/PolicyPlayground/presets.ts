/**
 * The modes of the playground and the preset ids each accepts. The ids come from the domain
 * (bank request presets, role-only bank presets and IAM grammar presets, auditor SAS presets,
 * OAuth scenarios): the widget never keeps a list of its own, so a preset added to the domain is
 * usable at once.
 */
import { OAUTH_SCENARIOS } from '../../domain/access/doors/oauth.ts';
import { auditorSasPresets } from '../../domain/access/doors/bank.ts';
import { iamGrammarPresets } from '../../domain/access/doors/iam.ts';
import { iamPresets } from './iam-catalog.ts';

/** The three faces of the playground. */
export type PlaygroundMode = 'iam' | 'sas' | 'oauth';

/** Every mode, in the order the lessons introduce them. */
export const MODES: readonly PlaygroundMode[] = ['iam', 'sas', 'oauth'];

/** True when `value` names a mode. */
export function isMode(value: unknown): value is PlaygroundMode {
  return typeof value === 'string' && (MODES as readonly string[]).includes(value);
}

/**
 * The preset ids a mode accepts, in the domain's (teaching) order. IAM accepts the bank's
 * presets, the role-only ones (the RBAC lesson) and the grammar examples (iam-catalog.ts).
 */
export function presetIds(mode: PlaygroundMode): string[] {
  switch (mode) {
    case 'iam':
      return iamPresets.map((p) => p.id);
    case 'sas':
      return auditorSasPresets.map((p) => p.id);
    case 'oauth':
      return OAUTH_SCENARIOS.map((s) => s.id);
  }
}

/** The preset shown when a lesson gives none: the first (the allowed or happy case). */
export function defaultPreset(mode: PlaygroundMode): string {
  return presetIds(mode)[0] as string;
}

/**
 * Checks the props of `<PolicyPlayground>` and returns the preset to show. Throws an Error
 * naming the prop, the value received and the valid values: the build fails with it.
 */
export function checkProps(mode: unknown, preset: unknown, where: string): { mode: PlaygroundMode; preset: string } {
  if (!isMode(mode)) {
    throw new Error(
      `<PolicyPlayground> in ${where}: mode is ${JSON.stringify(mode)}, expected one of ${MODES.join(', ')}.`,
    );
  }
  if (preset === undefined) return { mode, preset: defaultPreset(mode) };
  const ids = presetIds(mode);
  if (typeof preset !== 'string' || !ids.includes(preset)) {
    throw new Error(
      `<PolicyPlayground mode="${mode}"> in ${where}: preset is ${JSON.stringify(preset)}, expected one of ${ids.join(', ')}.`,
    );
  }
  return { mode, preset };
}

/**
 * The IAM grammar presets (NotAction/NotResource, `...IfExists`, ForAllValues/ForAnyValue), in
 * the domain's teaching order. Each carries its own policy, which the IAM mode loads instead of
 * a bank user's; `presetIds('iam')` lists them after the bank and role-only presets.
 */
export function grammarPresetIds(): string[] {
  return iamGrammarPresets.map((p) => p.id);
}
