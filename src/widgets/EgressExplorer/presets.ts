/**
 * Starting scenarios for the explorer: the course notes' four worked examples (taken from the
 * domain's NOTES_SCENARIOS, so they cannot drift from the notes), provider price lists, the
 * GiB/GB pitfall and the strategy examples of the lesson "Cutting the egress bill".
 */
import { NOTES_RATE, notesScenario, type NotesScenarioId } from '../../domain/egress';
import type { ExplorerInputs } from './types';

/** Every preset id, in the order the preset buttons show them. */
export const PRESET_IDS = [
  'columnar-export',
  'key-value-requests',
  'relational-backups',
  'blob-streaming',
  'aws-tiers',
  'azure-tiers',
  'gcp-tiers',
  'tib-not-tb',
  'compressed-export',
  'cdn-streaming',
  'combined-strategies',
  'cdn-free-allowance',
  'cdn-cheap-tier',
] as const;

/** A preset's id. */
export type PresetId = (typeof PRESET_IDS)[number];

/** True when `id` names a preset. */
export function isPresetId(id: unknown): id is PresetId {
  return typeof id === 'string' && (PRESET_IDS as readonly string[]).includes(id);
}

/** No strategy, the notes' rate, and neutral values for the fields a scenario does not use. */
const BASE: ExplorerInputs = {
  kind: 'bulk-export',
  volume: 10,
  unit: 'TB',
  requestsPerDay: 1_000_000,
  kbPerRequest: 1,
  daysPerMonth: 30,
  gbPerCopy: 50,
  copiesPerMonth: 30,
  pricing: 'flat',
  flatPrice: NOTES_RATE.tiers[0]?.pricePerGB ?? 0.07,
  compressionPct: 100,
  cachePct: 0,
  cdnPct: 0,
  cdnPrice: 0.04,
};

/** The explorer inputs that reproduce one of the notes' worked examples. */
function fromNotes(id: NotesScenarioId): ExplorerInputs {
  const { scenario } = notesScenario(id);
  switch (scenario.kind) {
    case 'bulk-export':
    case 'streaming':
      // The notes speak in TB; the domain stores GB. 1 TB = 1,000 GB, and the unit picker shows TB.
      return { ...BASE, kind: scenario.kind, volume: scenario.gbPerMonth / 1_000, unit: 'TB' };
    case 'requests':
      return {
        ...BASE,
        kind: 'requests',
        requestsPerDay: scenario.requestsPerDay,
        kbPerRequest: scenario.kbPerRequest,
        daysPerMonth: scenario.daysPerMonth,
      };
    case 'scheduled-copies':
      return {
        ...BASE,
        kind: 'scheduled-copies',
        gbPerCopy: scenario.gbPerCopy,
        copiesPerMonth: scenario.copiesPerMonth,
      };
  }
}

/** Each preset's inputs. */
export const PRESETS: Readonly<Record<PresetId, ExplorerInputs>> = {
  'columnar-export': fromNotes('columnar-export'),
  'key-value-requests': fromNotes('key-value-requests'),
  'relational-backups': fromNotes('relational-backups'),
  'blob-streaming': fromNotes('blob-streaming'),
  // AWS bills GB of 2^30 bytes and Google Cloud GiB: 20,000 GiB is 20,000 of either, the round
  // volume the lessons quote; Azure's page does not define its GB, modelled as 10^9 bytes.
  'aws-tiers': { ...BASE, volume: 20_000, unit: 'GiB', pricing: 'aws-internet' },
  'azure-tiers': { ...BASE, volume: 20, pricing: 'azure-internet' },
  'gcp-tiers': { ...BASE, volume: 20_000, unit: 'GiB', pricing: 'gcp-premium-internet' },
  'tib-not-tb': { ...BASE, unit: 'TiB' },
  'compressed-export': { ...BASE, compressionPct: 40 },
  'cdn-streaming': { ...BASE, kind: 'streaming', volume: 5, cdnPct: 80, cdnPrice: 0.04 },
  'combined-strategies': { ...BASE, compressionPct: 40, cachePct: 50, cdnPct: 50, cdnPrice: 0.04 },
  'cdn-free-allowance': {
    ...BASE,
    kind: 'streaming',
    volume: 80,
    unit: 'GiB',
    pricing: 'aws-internet',
    cdnPct: 100,
    cdnPrice: 0.085,
  },
  'cdn-cheap-tier': {
    ...BASE,
    kind: 'streaming',
    volume: 300_000,
    unit: 'GiB',
    pricing: 'aws-internet',
    cdnPct: 50,
    cdnPrice: 0.06,
  },
};

/** The notes' four worked examples: the presets lesson 2 shows. */
export const NOTES_PRESETS: readonly PresetId[] = [
  'columnar-export',
  'key-value-requests',
  'relational-backups',
  'blob-streaming',
];
