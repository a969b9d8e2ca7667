/**
 * Fargate against EC2 for the same workload: N always-on tasks of one size. Fargate prices come
 * from src/domain/serverless (illustrative, read 2026-11-27); EC2 prices from instances.ts
 * (illustrative, read 2026-12-03). Money is exact (src/domain/shared/exact.ts), rounded once, to
 * the cent, half-up.
 */
import { FARGATE, HOURS_PER_MONTH } from '../serverless';
import { ceilOf, plus, ratioOf, roundHalfUp, times, toNumber, type Ratio } from '../shared/exact';
import { isFargateSize } from './fargate-sizes';
import { awsvpcTaskLimit, type InstanceType } from './instances';
import { tasksPerInstance } from './tasks-per-instance';

const decimal = (text: string): Ratio => {
  const [w = '0', f = ''] = text.split('.');
  return { num: BigInt(w + f), den: 10n ** BigInt(f.length) };
};
const cents = (r: Ratio): number => Number(roundHalfUp({ num: r.num * 100n, den: r.den })) / 100;

/** One Fargate task of `cpu` units and `memoryMiB` for one hour, exact (vCPU and GB prices). */
export function fargateHourly(cpu: number, memoryMiB: number): Ratio {
  return plus(
    times({ num: BigInt(cpu), den: 1024n }, ratioOf(FARGATE.perVcpuHour)),
    times({ num: BigInt(memoryMiB), den: 1024n }, ratioOf(FARGATE.perGBHour)),
  );
}

/** What a Fargate size costs, or why it cannot be priced. */
export type FargatePrice =
  | { readonly ok: true; readonly hourly: number; readonly monthly: number; readonly hourlyExact: string }
  | { readonly ok: false; readonly reason: string };

/**
 * Illustrative price of one task of a valid Fargate size: fargatePrice(256, 512) is
 * { hourly: 0.01, monthly: 9.01, hourlyExact: '0.0123425' } (hourly to the cent for display).
 */
export function fargatePrice(cpu: number, memoryMiB: number, tasks = 1): FargatePrice {
  if (!isFargateSize(cpu, memoryMiB))
    return { ok: false, reason: `${cpu} CPU units with ${memoryMiB} MiB is not a Fargate task size` };
  if (!Number.isInteger(tasks) || tasks < 0 || tasks > 100_000)
    return { ok: false, reason: `tasks must be a whole number from 0 to 100,000 (received ${tasks})` };
  const h = times(fargateHourly(cpu, memoryMiB), ratioOf(tasks));
  return {
    ok: true,
    hourly: cents(h),
    monthly: cents(times(h, ratioOf(HOURS_PER_MONTH))),
    hourlyExact: String(toNumber(h)),
  };
}

/** EC2 capacity for the same tasks: how many instances, and what they cost. */
export interface Ec2Option {
  readonly instance: string;
  readonly tasksPerInstance: number;
  readonly instances: number;
  readonly monthly: number;
  /** 'cpu', 'memory', 'both' or 'eni' (awsvpc tasks limited by network interfaces). */
  readonly limitedBy: string;
}

/**
 * For `tasks` tasks of `cpu`/`memoryMiB` in awsvpc mode (no ENI trunking): instances needed of
 * each type and their illustrative monthly cost, cheapest first. Types that cannot hold one task
 * are left out.
 */
export function ec2Options(cpu: number, memoryMiB: number, tasks: number, types: readonly InstanceType[]): Ec2Option[] {
  const out: Ec2Option[] = [];
  for (const type of types) {
    const fit = tasksPerInstance({
      instanceCpuUnits: type.vcpu * 1024,
      instanceMemoryMiB: type.registeredMemoryMiB,
      taskCpuUnits: cpu,
      taskMemoryMiB: memoryMiB,
    });
    const eni = awsvpcTaskLimit(type);
    const per = Math.min(fit.fit, eni);
    if (per === 0) continue;
    const instances = Number(ceilOf({ num: BigInt(tasks), den: BigInt(per) }));
    out.push({
      instance: type.name,
      tasksPerInstance: per,
      instances,
      monthly: cents(times(decimal(type.hourlyUsd), ratioOf(instances), ratioOf(HOURS_PER_MONTH))),
      limitedBy: eni < fit.fit ? 'eni' : fit.limitedBy,
    });
  }
  return out.sort((a, b) => a.monthly - b.monthly || a.instance.localeCompare(b.instance));
}
