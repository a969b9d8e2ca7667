/**
 * Which ECS capacity fits a workload, and what Fargate vs EC2 costs for it.
 *
 * Capacity options: Amazon ECS Developer Guide, "Amazon ECS launch types and capacity providers"
 * (capacity-launch-type-comparison.html) and the RunTask/CreateService `launchType` parameter:
 * FARGATE (AWS runs the servers), EC2 (your instances in the cluster), EXTERNAL (ECS Anywhere:
 * your own on-premises servers or VMs registered to the cluster). Fargate offers no GPUs and at
 * most 16 vCPU / 120 GiB per task (AWS Batch best practices, "Choose the right compute
 * environment resource"). Read 2026-12-03. Prices are illustrative (see cost.ts).
 */
import { ec2Options, fargatePrice, type Ec2Option } from './cost';
import { INSTANCE_TYPES } from './instances';
import type { LaunchType } from './task-definition';

/** What a team needs from its capacity. */
export interface CapacityNeeds {
  /** The containers must run in the team's own data centre (data, latency or compliance). */
  readonly onPremises?: boolean;
  /** The tasks need GPUs. */
  readonly gpu?: boolean;
  /** The team wants to patch and scale no servers. */
  readonly noServers?: boolean;
  /** The team needs a particular instance type, AMI or host access (e.g. privileged mode). */
  readonly hostControl?: boolean;
}

/** A launch type with the reason it fits. */
export interface CapacityAdvice {
  readonly launchType: LaunchType;
  readonly reason: string;
}

/**
 * The launch type that fits `needs`: on-premises -> EXTERNAL; GPUs or host control -> EC2
 * (Fargate has neither); otherwise FARGATE (no servers to run). Conflicting needs get EC2 with
 * the conflict named, e.g. GPUs with no servers.
 */
export function recommendCapacity(needs: CapacityNeeds): CapacityAdvice {
  if (needs.onPremises === true)
    return {
      launchType: 'EXTERNAL',
      reason: 'Only external instances (ECS Anywhere) run tasks on servers in your own data centre.',
    };
  if (needs.gpu === true)
    return {
      launchType: 'EC2',
      reason:
        needs.noServers === true
          ? 'Fargate offers no GPUs, so GPU tasks need EC2 instances even though you would rather run no servers.'
          : 'Fargate offers no GPUs; EC2 instances with GPUs can run these tasks.',
    };
  if (needs.hostControl === true)
    return { launchType: 'EC2', reason: 'Only EC2 lets you choose the instance type, the AMI and host access.' };
  return { launchType: 'FARGATE', reason: 'Fargate runs the tasks with no instances for you to patch or scale.' };
}

/** Fargate vs the cheapest EC2 type for `tasks` always-on tasks of one Fargate size. */
export type CostComparison =
  | {
      readonly ok: true;
      readonly fargateMonthly: number;
      /** Cheapest EC2 choice, or null when no listed type holds one task. */
      readonly ec2: Ec2Option | null;
      readonly cheaper: 'FARGATE' | 'EC2' | 'same';
    }
  | { readonly ok: false; readonly reason: string };

/**
 * compareCosts(256, 512, 10): Fargate $90.10 a month against the cheapest EC2 instances (awsvpc,
 * ENI-limited) from INSTANCE_TYPES. Illustrative prices; never throws.
 */
export function compareCosts(cpu: number, memoryMiB: number, tasks: number): CostComparison {
  const f = fargatePrice(cpu, memoryMiB, tasks);
  if (!f.ok) return f;
  const ec2 = ec2Options(cpu, memoryMiB, tasks, INSTANCE_TYPES)[0] ?? null;
  const cheaper = ec2 === null || f.monthly < ec2.monthly ? 'FARGATE' : f.monthly === ec2.monthly ? 'same' : 'EC2';
  return { ok: true, fargateMonthly: f.monthly, ec2, cheaper };
}
