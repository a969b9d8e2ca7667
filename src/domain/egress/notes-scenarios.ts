/**
 * The four worked examples of the course notes ("Introduction to cloud compute types and
 * costs"), as inputs plus the figures the notes quote. Tests recompute every quoted figure with
 * this module, so a lesson, quiz or widget that starts from these presets agrees with the notes.
 */
import { argumentError } from '../shared/errors';
import { deepFreeze } from './freeze';
import type { Scenario } from './scenarios';
import { flatRate, type PriceSchedule } from './schedule';

/** Ids of the notes' worked examples. */
export type NotesScenarioId = 'columnar-export' | 'key-value-requests' | 'relational-backups' | 'blob-streaming';

/** A worked example from the notes. */
export interface NotesScenario {
  /** Stable id for props and quizzes. */
  readonly id: NotesScenarioId;
  /** Short title, as the notes' heading puts it. */
  readonly title: string;
  /** The kind of store the example is about, with the products the notes name. */
  readonly store: string;
  /** The traffic; scenarioGB(scenario) gives the monthly volume. */
  readonly scenario: Scenario;
  /** The notes' flat rate: £0.07 per GB. */
  readonly schedule: PriceSchedule;
  /** Figures the notes state, in GB and pounds: what the module must reproduce. */
  readonly quoted: {
    readonly gbPerMonth: number;
    readonly monthly: number;
    readonly yearly?: number;
    readonly daily?: number;
  };
}

/** The notes' price: £0.07 per GB, every GB, no free allowance. */
export const NOTES_RATE: PriceSchedule = deepFreeze(flatRate(0.07, 'GBP'));

/** The notes' four worked examples, in the order they appear. */
export const NOTES_SCENARIOS: readonly NotesScenario[] = deepFreeze([
  {
    id: 'columnar-export',
    title: 'Columnar storage and data egress costs',
    store: 'Columnar storage (Amazon Redshift, Google BigQuery)',
    scenario: { kind: 'bulk-export', gbPerMonth: 10_000 }, // 10 TB per month
    schedule: NOTES_RATE,
    quoted: { gbPerMonth: 10_000, monthly: 700, yearly: 8_400 },
  },
  {
    id: 'key-value-requests',
    title: 'Key-value stores and frequent data transfers',
    store: 'Key-value stores (Amazon DynamoDB, Azure Table Storage)',
    scenario: { kind: 'requests', requestsPerDay: 1_000_000, kbPerRequest: 1, daysPerMonth: 30 },
    schedule: NOTES_RATE,
    quoted: { gbPerMonth: 30, monthly: 2.1, daily: 0.07 },
  },
  {
    id: 'relational-backups',
    title: 'Relational databases and backup costs',
    store: 'Relational databases (daily backups to an on-premises site)',
    scenario: { kind: 'scheduled-copies', gbPerCopy: 50, copiesPerMonth: 30 },
    schedule: NOTES_RATE,
    quoted: { gbPerMonth: 1_500, monthly: 105, yearly: 1_260 },
  },
  {
    id: 'blob-streaming',
    title: 'Blob storage and media streaming costs',
    store: 'Blob storage (Amazon S3, Azure Blob Storage)',
    scenario: { kind: 'streaming', gbPerMonth: 5_000 }, // 5 TB per month
    schedule: NOTES_RATE,
    quoted: { gbPerMonth: 5_000, monthly: 350 },
  },
] satisfies NotesScenario[]);

/** The worked example with this id; throws a RangeError listing the valid ids otherwise. */
export function notesScenario(id: NotesScenarioId): NotesScenario {
  const found = NOTES_SCENARIOS.find((candidate) => candidate.id === id);
  if (found === undefined) throw argumentError('id', `one of ${NOTES_SCENARIOS.map((s) => s.id).join(', ')}`, id);
  return found;
}
