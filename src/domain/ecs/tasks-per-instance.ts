/**
 * How many ECS tasks fit on one EC2 container instance: each task reserves its CPU units and
 * memory, and the instance is full when either runs out (Amazon ECS Developer Guide, task
 * placement; 1 vCPU = 1,024 CPU units).
 */
import { argumentError, requireNumber, requireWhole } from '../shared/errors';

/** CPU units in one vCPU, as ECS counts them. */
export const CPU_UNITS_PER_VCPU = 1024;
/** Most CPU units accepted: 1,024 vCPUs, more than any EC2 instance. */
export const MAX_CPU_UNITS = 1024 * CPU_UNITS_PER_VCPU;
/** Most memory accepted, in MiB: 32 TiB, more than any EC2 instance. */
export const MAX_MEMORY_MIB = 32 * 1024 * 1024;

/** What the instance offers and what one task reserves. */
export interface TasksPerInstanceInput {
  /** CPU units the instance registers with ECS (vCPUs × 1,024): a whole number. */
  readonly instanceCpuUnits: number;
  /** Memory the instance registers with ECS, in MiB: a whole number. */
  readonly instanceMemoryMiB: number;
  /** CPU units one task reserves: a whole number >= 1. */
  readonly taskCpuUnits: number;
  /** Memory one task reserves, in MiB: a whole number >= 1. */
  readonly taskMemoryMiB: number;
}

/** Which resource runs out first: a string union for an exhaustive switch. */
export type TaskLimit = 'cpu' | 'memory' | 'both';

/** How many tasks fit, and why. */
export interface TasksPerInstance {
  /** Tasks that fit if CPU were the only limit: floor(instance ÷ task CPU units). */
  readonly byCpu: number;
  /** Tasks that fit if memory were the only limit: floor(instance ÷ task MiB). */
  readonly byMemory: number;
  /** Tasks that fit: the smaller of byCpu and byMemory (never negative). */
  readonly fit: number;
  /** 'cpu' or 'memory' when that one is smaller, 'both' when they are equal. */
  readonly limitedBy: TaskLimit;
  /** What is left on the instance once `fit` tasks are placed. */
  readonly spare: { readonly cpuUnits: number; readonly memoryMiB: number };
}

/** floor(a ÷ b) for whole numbers, without a floating-point division. */
const quotient = (a: number, b: number): number => (a - (a % b)) / b;

/**
 * Tasks that fit on one instance: tasksPerInstance({ instanceCpuUnits: 2048, instanceMemoryMiB:
 * 3584, taskCpuUnits: 512, taskMemoryMiB: 1024 }) is { byCpu: 4, byMemory: 3, fit: 3,
 * limitedBy: 'memory', spare: { cpuUnits: 512, memoryMiB: 512 } }.
 * Throws a RangeError naming the argument for any value that is not a whole number in range
 * (task CPU units and memory at least 1).
 */
export function tasksPerInstance(input: TasksPerInstanceInput): TasksPerInstance {
  const cpu = requireWhole('instanceCpuUnits', input.instanceCpuUnits, 0, MAX_CPU_UNITS);
  const memory = requireWhole('instanceMemoryMiB', input.instanceMemoryMiB, 0, MAX_MEMORY_MIB);
  const taskCpu = requireWhole('taskCpuUnits', input.taskCpuUnits, 1, MAX_CPU_UNITS);
  const taskMemory = requireWhole('taskMemoryMiB', input.taskMemoryMiB, 1, MAX_MEMORY_MIB);
  const byCpu = quotient(cpu, taskCpu);
  const byMemory = quotient(memory, taskMemory);
  const fit = Math.min(byCpu, byMemory);
  const limitedBy: TaskLimit = byCpu < byMemory ? 'cpu' : byMemory < byCpu ? 'memory' : 'both';
  return {
    byCpu,
    byMemory,
    fit,
    limitedBy,
    spare: { cpuUnits: cpu - fit * taskCpu, memoryMiB: memory - fit * taskMemory },
  };
}

/**
 * CPU units for a number of vCPUs: vcpuToCpuUnits(2) === 2048, vcpuToCpuUnits(0.25) === 256.
 * Throws a RangeError naming `vcpu` for a negative or non-finite value, more than 1,024 vCPUs,
 * or a value that is not a whole number of CPU units.
 */
export function vcpuToCpuUnits(vcpu: number): number {
  requireNumber('vcpu', vcpu, 0, MAX_CPU_UNITS / CPU_UNITS_PER_VCPU);
  // × 1,024 is exact in binary floating point, so the test for a whole number is exact too.
  const units = vcpu * CPU_UNITS_PER_VCPU;
  if (!Number.isInteger(units))
    throw argumentError('vcpu', 'a whole number of CPU units (a multiple of 1/1,024 vCPU)', vcpu);
  return units;
}
