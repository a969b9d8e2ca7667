/**
 * From explorer inputs to domain arguments: the price schedule, the strategies and the
 * month's volume. Every number comes from src/domain/egress.
 */
import {
  billedUnitOf,
  flatRate,
  percentToShare,
  PROVIDER_PRESETS,
  scenarioGB,
  toBilledUnits,
  toGB,
  type PriceSchedule,
  type Scenario,
  type SchedulePreset,
  type Strategies,
} from '../../domain/egress';
import type { ExplorerInputs, PricingId } from './types';

/** The provider preset with this id, or undefined for the flat rate. */
export function providerPreset(pricing: PricingId): SchedulePreset | undefined {
  return PROVIDER_PRESETS.find((p) => p.id === pricing);
}

/** The price schedule the inputs choose: a provider preset, or the flat rate in GBP. */
export function scheduleOf(inputs: Pick<ExplorerInputs, 'pricing' | 'flatPrice'>): PriceSchedule {
  return providerPreset(inputs.pricing) ?? flatRate(inputs.flatPrice, 'GBP');
}

export { capacityGB, fitsSchedule, percentToShare as ratioOf } from '../../domain/egress';

/** The domain scenario the inputs describe. */
export function scenarioOf(inputs: ExplorerInputs): Scenario {
  switch (inputs.kind) {
    case 'bulk-export':
    case 'streaming':
      return { kind: inputs.kind, gbPerMonth: toGB(inputs.volume, inputs.unit) };
    case 'requests':
      return {
        kind: 'requests',
        requestsPerDay: inputs.requestsPerDay,
        kbPerRequest: inputs.kbPerRequest,
        daysPerMonth: inputs.daysPerMonth,
      };
    case 'scheduled-copies':
      return { kind: 'scheduled-copies', gbPerCopy: inputs.gbPerCopy, copiesPerMonth: inputs.copiesPerMonth };
  }
}

/** The month's egress volume before strategies, in decimal GB (throws a RangeError if it overflows). */
export function decimalGB(inputs: ExplorerInputs): number {
  return scenarioGB(scenarioOf(inputs));
}

/**
 * The month's egress volume before strategies, in the unit the chosen price list bills in
 * (2^30-byte "GB" on AWS, GiB on Google Cloud, 10^9 bytes otherwise): what the bill prices.
 * Throws a RangeError if it overflows.
 */
export function monthlyGB(inputs: ExplorerInputs): number {
  const billed = billedUnitOf(scheduleOf(inputs));
  if (inputs.kind === 'bulk-export' || inputs.kind === 'streaming') {
    return toBilledUnits(inputs.volume, inputs.unit, billed);
  }
  return toBilledUnits(decimalGB(inputs), 'GB', billed);
}

/** Percentages as the domain's ratios; the CDN bills a flat rate in the price list's currency. */
export function strategiesOf(inputs: ExplorerInputs, schedule: PriceSchedule): Strategies {
  return {
    compressionRatio: percentToShare(inputs.compressionPct),
    consumerCacheHitRatio: percentToShare(inputs.cachePct),
    cdnOffload: percentToShare(inputs.cdnPct),
    cdnSchedule: flatRate(inputs.cdnPrice, schedule.currency),
  };
}

/** True when any strategy changes the traffic. */
export function usesStrategies(inputs: ExplorerInputs): boolean {
  return inputs.compressionPct !== 100 || inputs.cachePct !== 0 || inputs.cdnPct !== 0;
}
