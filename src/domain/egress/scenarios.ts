/**
 * Traffic scenarios from the course notes, each turned into GB per month. Arithmetic is exact
 * decimal, so 1,000,000 requests x 1 KB x 30 days is 30 GB, not 29.999999999999996.
 */
import { decimalOf, multiply, decimalToNumber, type Decimal } from '../shared/exact';
import { argumentError, requireNonNegative } from '../shared/errors';

/** A way data leaves the cloud, with the quantities that set its monthly volume. */
export type Scenario =
  | { kind: 'bulk-export'; gbPerMonth: number }
  | { kind: 'requests'; requestsPerDay: number; kbPerRequest: number; daysPerMonth: number }
  | { kind: 'scheduled-copies'; gbPerCopy: number; copiesPerMonth: number }
  | { kind: 'streaming'; gbPerMonth: number };

/** The kinds of scenario, in the order the notes introduce them. */
export type ScenarioKind = Scenario['kind'];

/** Every scenario kind, for a picker. */
export const SCENARIO_KINDS: readonly ScenarioKind[] = Object.freeze([
  'bulk-export',
  'requests',
  'scheduled-copies',
  'streaming',
]);

const ONE: Decimal = { coefficient: 1n, exponent: 0 };
/** 1 KB in GB: 10^-6 (decimal units, as bills use). */
const KB_IN_GB: Decimal = { coefficient: 1n, exponent: -6 };

/** Multiplies checked, non-negative factors exactly; throws if the product overflows a double. */
function product(name: string, factors: readonly [string, number][], scale: Decimal): number {
  let exact = scale;
  for (const [factorName, value] of factors) exact = multiply(exact, decimalOf(requireNonNegative(factorName, value)));
  const result = decimalToNumber(exact);
  if (!Number.isFinite(result)) throw argumentError(name, 'small enough to represent as a number', result);
  return result;
}

/**
 * GB sent by `requestsPerDay` requests of `kbPerRequest` KB each over `days` days, in decimal
 * units (1 GB = 1,000,000 KB): requestTrafficGB(1_000_000, 1, 30) === 30.
 * Throws a RangeError naming the argument that is negative or not finite.
 */
export function requestTrafficGB(requestsPerDay: number, kbPerRequest: number, days: number): number {
  const factors: [string, number][] = [
    ['requestsPerDay', requestsPerDay],
    ['kbPerRequest', kbPerRequest],
    ['days', days],
  ];
  return product('requestTrafficGB', factors, KB_IN_GB);
}

/**
 * The monthly egress volume of a scenario, in GB. Bulk export and streaming are given per
 * month; requests are per day x size x days; scheduled copies are size x copies per month.
 * Throws a RangeError naming the field (e.g. `scenario.gbPerCopy`) that is invalid.
 */
export function scenarioGB(scenario: Scenario): number {
  // Checked first because JavaScript callers (or props from MDX) can pass any string.
  if (typeof scenario !== 'object' || scenario === null || !SCENARIO_KINDS.includes(scenario.kind)) {
    throw argumentError(
      'scenario.kind',
      `one of ${SCENARIO_KINDS.join(', ')}`,
      (scenario as { kind?: unknown } | null)?.kind,
    );
  }
  switch (scenario.kind) {
    case 'bulk-export':
    case 'streaming':
      return requireNonNegative('scenario.gbPerMonth', scenario.gbPerMonth);
    case 'requests':
      return product(
        'scenarioGB',
        [
          ['scenario.requestsPerDay', scenario.requestsPerDay],
          ['scenario.kbPerRequest', scenario.kbPerRequest],
          ['scenario.daysPerMonth', scenario.daysPerMonth],
        ],
        KB_IN_GB,
      );
    case 'scheduled-copies':
      return product(
        'scenarioGB',
        [
          ['scenario.gbPerCopy', scenario.gbPerCopy],
          ['scenario.copiesPerMonth', scenario.copiesPerMonth],
        ],
        ONE,
      );
  }
}
