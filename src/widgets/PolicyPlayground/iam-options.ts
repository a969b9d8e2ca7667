/**
 * Suggestions for the request fields (datalists): the actions named in the case study's
 * policies and in every IAM preset, and the resources of the presets. Suggestions only: any text is allowed.
 */
import type { Statement } from '../../domain/access/doors/iam.ts';
import { bankRoles } from '../../domain/access/doors/bank.ts';
import { iamPresets } from './iam-catalog.ts';

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Concrete (wildcard-free) actions of the bank policies and presets, sorted. */
export function knownActions(): string[] {
  const out = new Set<string>(iamPresets.map((p) => p.request.action));
  for (const role of bankRoles) {
    for (const named of role.policies) {
      const statements = ([] as Statement[]).concat(named.policy.Statement);
      for (const s of statements) for (const a of listOf(s.Action)) if (!a.includes('*')) out.add(a);
    }
  }
  return [...out].sort();
}

/** The resources of the bank presets, in preset order, each once. */
export function knownResources(): string[] {
  return [...new Set(iamPresets.map((p) => p.request.resource))];
}

/** "HH:MM" for minutes after midnight (the domain's, so a quiz or lesson writes times the same way). */
export { formatMinuteOfDay as formatClock } from '../../domain/access/doors/bank.ts';
