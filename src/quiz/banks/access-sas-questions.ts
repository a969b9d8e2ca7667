/**
 * Shared Access Signature questions shared by the keys-and-SAS lesson and the case study.
 * The answers come from src/domain/access: the auditor presets carry the verifySas outcome
 * that the domain's own tests check, and permission letters go through normalizePermissions.
 */
import {
  SAS_FAILURE_MESSAGES,
  SAS_PERMISSION_NAMES,
  SAS_PERMISSION_ORDER,
  formatSasTime,
  normalizePermissions,
  type SasFailureReason,
} from '../../domain/access/doors/sas.ts';
import { auditorSasParams, auditorSasPresets } from '../../domain/access/doors/bank.ts';
import type { Choice, QuestionTemplate } from '../types';

const REASON_LABELS: Record<Exclude<SasFailureReason, 'malformed'>, string> = {
  'bad-signature': 'Rejected: bad-signature',
  'not-yet-valid': 'Rejected: not-yet-valid',
  expired: 'Rejected: expired',
  'wrong-resource': 'Rejected: wrong-resource',
  permission: 'Rejected: permission',
  ip: 'Rejected: ip',
  protocol: 'Rejected: protocol',
};

const REASON_CHOICES: Choice[] = [
  { id: 'accepted', label: 'Accepted' },
  ...Object.entries(REASON_LABELS).map(([id, label]) => ({ id, label })),
];

/** The auditor's token, described in words and parameters. */
export function auditorTokenText(): string {
  const p = auditorSasParams;
  return `The auditor's SAS covers the container ${p.resource} (sr=c) with sp=${p.permissions}, st=${formatSasTime(p.start)}, se=${formatSasTime(p.expiry)}, sip=${p.ip} and spr=${p.protocol}.`;
}

/** Which verifySas outcome does the auditor's token get in a given situation? */
export function sasOutcomeQuestion(id: string): QuestionTemplate {
  return {
    id,
    parameterised: true,
    build(rng) {
      const preset = rng.pick(auditorSasPresets);
      const r = preset.request;
      const answer = preset.expected.ok ? 'accepted' : preset.expected.reason;
      const verb = SAS_PERMISSION_NAMES[r.permission] ?? r.permission;
      return {
        kind: 'single',
        id,
        prompt: `${auditorTokenText()} At ${formatSasTime(preset.now)} she uses it to ${verb} (${r.permission}) ${r.resource}, from ${r.ip ?? 'an unstated IP'} over ${r.protocol ?? 'an unstated protocol'}. What does the verification answer?`,
        choices: REASON_CHOICES,
        answer,
        explanation: preset.expected.ok
          ? 'Accepted: the signature matches, the time is between st and se, the resource is inside the container, the permission is in sp, the IP is in sip and the request uses HTTPS.'
          : `Rejected (${preset.expected.reason}): ${SAS_FAILURE_MESSAGES[preset.expected.reason]}`,
      };
    },
  };
}

/** What does a given sp allow? The letters are drawn, then put in Azure's order by the domain. */
export function permissionLettersQuestion(id: string): QuestionTemplate {
  return {
    id,
    parameterised: true,
    build(rng) {
      const drawn = [...SAS_PERMISSION_ORDER].filter(() => rng.next() < 0.4).join('');
      const sp = normalizePermissions(drawn === '' ? 'rl' : drawn) ?? 'rl';
      return {
        kind: 'multiple',
        id,
        prompt: `A Shared Access Signature carries sp=${sp}. Which operations does it allow? Choose all that apply.`,
        choices: [...SAS_PERMISSION_ORDER].map((letter) => ({
          id: SAS_PERMISSION_NAMES[letter] ?? letter,
          label: `${SAS_PERMISSION_NAMES[letter] ?? letter} (${letter})`,
        })),
        answer: [...sp].map((letter) => SAS_PERMISSION_NAMES[letter] ?? letter),
        explanation: `sp=${sp} grants ${[...sp].map((l) => `${SAS_PERMISSION_NAMES[l] ?? l} (${l})`).join(', ')} and nothing else. Azure requires the letters in the order ${SAS_PERMISSION_ORDER}.`,
      };
    },
  };
}
