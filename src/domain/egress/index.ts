/**
 * Cloud data egress costs: the public door of src/domain/egress. Widgets, quizzes and tests
 * import from here only; the other files are internals that may change.
 *
 * toGB converts exactly to decimal GB (1 GB = 10^9 bytes); a price list names the unit it bills in
 * (`billedUnit`: AWS's "GB" and Google's GiB are 2^30 bytes) and toBilledUnits converts a volume
 * into it. Money is exact to the minor unit.
 */
export { toGB, bytesPerUnit, isUnit, UNITS, type Unit } from './units';
export {
  BILLED_UNITS,
  BILLED_UNIT_IDS,
  billedUnit,
  billedUnitOf,
  isBilledUnitId,
  toBilledUnits,
  type BilledUnit,
  type BilledUnitId,
} from './billed-unit';
export { MAX_GB_PER_MONTH, MAX_PRICE_PER_GB } from './limits';
export { flatRate, minorDigits, scheduleCapacityGB, type PriceSchedule, type PriceTier } from './schedule';
export { egressCost, egressCostOf, yearlyCost, type EgressCost, type CostLine } from './cost';
export { costCurve, type CurvePoint } from './curve';
export {
  AWS_INTERNET_EGRESS,
  AZURE_INTERNET_EGRESS,
  GCP_PREMIUM_INTERNET_EGRESS,
  PROVIDER_PRESETS,
  type SchedulePreset,
} from './presets';
export { requestTrafficGB, scenarioGB, SCENARIO_KINDS, type Scenario, type ScenarioKind } from './scenarios';
export {
  NOTES_RATE,
  NOTES_SCENARIOS,
  notesScenario,
  type NotesScenario,
  type NotesScenarioId,
} from './notes-scenarios';
export {
  applyStrategies,
  cacheStrategies,
  CACHE_PLACEMENTS,
  type CachePlacement,
  type Strategies,
  type StrategyVolumes,
} from './strategies';
export {
  costCurveWithStrategies,
  costWithStrategies,
  type StrategyCost,
  type StrategyCostLine,
  type StrategyCurvePoint,
} from './strategy-cost';
export { formatMoney, formatGB, formatBilledGB } from './format';
export { formatNumber, formatPrice, type NumberFormat } from './format-number';
export { parseAmount, parseVolume, MAX_INPUT, PARSE_MESSAGES, type ParseResult } from './parse-amount';
export { capacityGB, chartRangeGB, fitsSchedule, percentToShare } from './explorer';
