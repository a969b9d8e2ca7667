/**
 * EC2 instance types for the ECS simulator and the cost comparison: vCPUs, memory, the most
 * network interfaces (ENIs) the type can attach, and an illustrative On-Demand price.
 *
 * ENIs: EC2 User Guide, "Maximum IP addresses per network interface" / `aws ec2
 * describe-instance-types` NetworkInfo.MaximumNetworkInterfaces (read 2026-12-03; t3.small 3,
 * t3.xlarge 4, m5.4xlarge 8 cross-checked against a published extract of that table). With the
 * `awsvpc` network mode and no ENI trunking, each task takes one ENI and the instance keeps its
 * primary ENI, so at most (ENIs - 1) awsvpc tasks run on an instance (Amazon ECS Developer Guide,
 * "Increasing Linux container instance network interfaces").
 * Prices: Linux On-Demand, US East (N. Virginia), USD per hour, aws.amazon.com/ec2/pricing/on-demand,
 * read 2026-12-03. ILLUSTRATIVE: for exercises, not budgets.
 * Memory is what ECS can register after the OS and agent: the instance's memory less ~6% (an
 * illustrative allowance; check the registered memory of your own instances).
 */

/** One EC2 instance type as the simulator sees it. */
export interface InstanceType {
  readonly name: string;
  readonly vcpu: number;
  /** Memory of the instance in MiB. */
  readonly memoryMiB: number;
  /** Memory ECS can place tasks into, in MiB (illustrative). */
  readonly registeredMemoryMiB: number;
  /** Most ENIs the instance can attach (primary included). */
  readonly maxEnis: number;
  /** Illustrative On-Demand USD per hour, as a decimal string (exact). */
  readonly hourlyUsd: string;
}

const t = (name: string, vcpu: number, gib: number, maxEnis: number, hourlyUsd: string): InstanceType => ({
  name,
  vcpu,
  memoryMiB: gib * 1024,
  registeredMemoryMiB: Math.floor((gib * 1024 * 94) / 100),
  maxEnis,
  hourlyUsd,
});

/** The instance types the lessons use. */
export const INSTANCE_TYPES: readonly InstanceType[] = Object.freeze([
  t('t3.small', 2, 2, 3, '0.0208'),
  t('t3.medium', 2, 4, 3, '0.0416'),
  t('t3.xlarge', 4, 16, 4, '0.1664'),
  t('m5.large', 2, 8, 3, '0.096'),
  t('m5.xlarge', 4, 16, 4, '0.192'),
  t('m5.2xlarge', 8, 32, 4, '0.384'),
  t('m5.4xlarge', 16, 64, 8, '0.768'),
  t('c5.xlarge', 4, 8, 4, '0.17'),
]);

/** The instance type called `name`, or undefined. */
export function instanceType(name: string): InstanceType | undefined {
  return INSTANCE_TYPES.find((i) => i.name === name);
}

/** Most awsvpc tasks on one instance without ENI trunking: ENIs minus the primary. */
export function awsvpcTaskLimit(type: InstanceType): number {
  return Math.max(0, type.maxEnis - 1);
}

/**
 * Most awsvpc tasks per instance with ENI trunking (the `awsvpcTrunking` account setting), for the
 * types above that AWS lists. Amazon ECS Developer Guide, "Elastic network interface trunking",
 * table "Supported Amazon EC2 instance types" (task limit without / with ENI trunking: m5.large
 * 2 / 10, m5.xlarge 3 / 20, m5.2xlarge 3 / 40, m5.4xlarge 7 / 60, c5.xlarge 3 / 20),
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/eni-trunking-supported-instance-types.html,
 * read 2026-12-04 from AWS's source of the guide (awsdocs/amazon-ecs-developer-guide,
 * doc_source/container-instance-eni.md, revised 2023-04-18). No t3 type is in that table: t3
 * instances do not support ENI trunking, so they keep ENIs - 1. The "without" column matches
 * awsvpcTaskLimit for every type here (a test checks it).
 */
export const TRUNKED_AWSVPC_TASK_LIMITS: Readonly<Record<string, number>> = Object.freeze({
  'm5.large': 10,
  'm5.xlarge': 20,
  'm5.2xlarge': 40,
  'm5.4xlarge': 60,
  'c5.xlarge': 20,
});

/** Most awsvpc tasks on one instance with ENI trunking, or null when the type does not support it. */
export function trunkedAwsvpcTaskLimit(type: InstanceType): number | null {
  return Object.hasOwn(TRUNKED_AWSVPC_TASK_LIMITS, type.name) ? TRUNKED_AWSVPC_TASK_LIMITS[type.name]! : null;
}
