/**
 * Suggestions for the request fields (datalists): the actions named in the case study's
 * policies and presets, and the resources of its presets. Suggestions only: any text is allowed.
 */
import { bankRequestPresets, bankRoles, type Statement } from '../../domain/access/index.ts';

function listOf(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Concrete (wildcard-free) actions of the bank policies and presets, sorted. */
export function knownActions(): string[] {
  const out = new Set<string>(bankRequestPresets.map((p) => p.request.action));
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
  return [...new Set(bankRequestPresets.map((p) => p.request.resource))];
}

/** "HH:MM" for minutes after midnight. */
export function formatClock(minutes: number): string {
  const m = Math.max(0, Math.min(24 * 60 - 1, Math.round(minutes)));
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
