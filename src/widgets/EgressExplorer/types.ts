/**
 * The explorer's inputs, as plain serialisable values. Percentages are what the learner sees
 * (40 means 40%); view-model.ts turns them into the domain's ratios.
 */
import type { ScenarioKind, SchedulePreset, Unit } from '../../domain/egress';

/** How egress is priced: the notes' flat rate (in GBP) or one of the provider presets (USD). */
export type PricingId = 'flat' | SchedulePreset['id'];

/** The number fields, each with a slider and a text box. */
export type NumberFieldId =
  | 'volume'
  | 'requestsPerDay'
  | 'kbPerRequest'
  | 'daysPerMonth'
  | 'gbPerCopy'
  | 'copiesPerMonth'
  | 'flatPrice'
  | 'compressionPct'
  | 'cachePct'
  | 'cdnPct'
  | 'cdnPrice';

/** The choice fields (selects). */
export type ChoiceFieldId = 'kind' | 'unit' | 'pricing';

/** Any field that can carry an error message. */
export type FieldId = NumberFieldId | ChoiceFieldId;

/** A complete, valid scenario: what the explorer computes from and writes to the URL. */
export interface ExplorerInputs {
  /** How the monthly volume is made up. */
  kind: ScenarioKind;
  /** GB-per-month volume for bulk exports and streaming, in `unit`. */
  volume: number;
  /** Unit of `volume`. */
  unit: Unit;
  /** Requests per day, each sending `kbPerRequest` KB, for `daysPerMonth` days. */
  requestsPerDay: number;
  kbPerRequest: number;
  daysPerMonth: number;
  /** Size of one scheduled copy (a backup) in GB, and copies per month. */
  gbPerCopy: number;
  copiesPerMonth: number;
  /** The price list. */
  pricing: PricingId;
  /** Price per GB of the flat rate, GBP. */
  flatPrice: number;
  /** Compressed size as a % of the original, in (0, 100]; 100 = no compression. */
  compressionPct: number;
  /**
   * % of the (compressed) traffic answered by caches on the users' side (browser cache, office
   * proxy), 0 to 100: never requested from the cloud, so not egress.
   */
  cachePct: number;
  /** % of what is left that a CDN delivers, 0 to 100. */
  cdnPct: number;
  /** CDN price per GB, in the price list's currency. */
  cdnPrice: number;
}

/** The number fields that set the monthly volume for each scenario kind. */
export const VOLUME_FIELDS: Readonly<Record<ScenarioKind, readonly NumberFieldId[]>> = {
  'bulk-export': ['volume'],
  streaming: ['volume'],
  requests: ['requestsPerDay', 'kbPerRequest', 'daysPerMonth'],
  'scheduled-copies': ['gbPerCopy', 'copiesPerMonth'],
};

/** The strategy fields, in the order the domain applies them. */
export const STRATEGY_FIELDS: readonly NumberFieldId[] = ['compressionPct', 'cachePct', 'cdnPct', 'cdnPrice'];
