/** A month of AWS Fargate tasks that run all the time. */
import { requireNumber, requireWhole } from '../shared/errors';
import { plus, ratioOf, times, toNumber } from '../shared/exact';
import { MAX_HOURS, MAX_PRICE, MAX_TASK_MEMORY_GB, MAX_TASK_VCPU, MAX_TASKS } from './limits';
import { centsToDollars, toCents } from './money';
import { FARGATE, HOURS_PER_MONTH, type FargatePrices } from './prices';

/** Tasks of one size running for a number of hours. */
export interface FargateUsage {
  /** Tasks running at once: a whole number. */
  readonly tasks: number;
  /** vCPU configured per task, such as 0.25 or 2 (billed as configured, not as used). */
  readonly vcpu: number;
  /** Memory configured per task, in GB, such as 0.5 or 4. */
  readonly memoryGB: number;
  /** Hours each task runs; default 730, the conventional month. */
  readonly hours?: number;
}

/** A Fargate bill in USD. */
export interface FargateCost {
  /** One task for one hour: vcpu × vCPU-hour price + memoryGB × GB-hour price, unrounded. */
  readonly perTaskHour: number;
  /** tasks × hours × perTaskHour, rounded once, half-up, to the cent. */
  readonly total: number;
}

/**
 * The bill for `tasks` Fargate tasks of one size running `hours` hours (default 730):
 * fargateMonthlyCost({ tasks: 2, vcpu: 1, memoryGB: 2 }) has perTaskHour 0.04937 and total
 * $72.08 (2 × 730 × $0.04937 = $72.0802).
 *
 * Exact: inputs are read as the decimals they print as and multiplied as whole numbers (BigInt);
 * `perTaskHour` is the exact decimal as a number, and `total` is rounded once, half-up, to the
 * cent. Throws a RangeError naming the argument for a non-whole or negative `tasks`, a `vcpu`
 * outside 0 to 16, a `memoryGB` outside 0 to 120, `hours` outside 0 to 744, or a bad price.
 * (It does not check that the vCPU and memory pair is a size Fargate offers.)
 */
export function fargateMonthlyCost(usage: FargateUsage, prices: FargatePrices = FARGATE): FargateCost {
  const tasks = requireWhole('tasks', usage.tasks, 0, MAX_TASKS);
  const vcpu = requireNumber('vcpu', usage.vcpu, 0, MAX_TASK_VCPU);
  const memoryGB = requireNumber('memoryGB', usage.memoryGB, 0, MAX_TASK_MEMORY_GB);
  const hours = requireNumber('hours', usage.hours ?? HOURS_PER_MONTH, 0, MAX_HOURS);
  requireNumber('prices.perVcpuHour', prices.perVcpuHour, 0, MAX_PRICE);
  requireNumber('prices.perGBHour', prices.perGBHour, 0, MAX_PRICE);

  const perTaskHour = plus(
    times(ratioOf(vcpu), ratioOf(prices.perVcpuHour)),
    times(ratioOf(memoryGB), ratioOf(prices.perGBHour)),
  );
  const totalCents = toCents(times(ratioOf(tasks), ratioOf(hours), perTaskHour));
  return { perTaskHour: toNumber(perTaskHour), total: centsToDollars(totalCents) };
}
