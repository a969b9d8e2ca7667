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
