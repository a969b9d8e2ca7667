/**
 * How many instances of an application fit in a host's memory, as virtual machines (each with
 * its own guest operating system) or as containers (sharing the host kernel). Memory only: the
 * lesson's simplification, counting whole instances.
 */
import { argumentError, requireNumber } from '../shared/errors';
import { floorOf, minusFloorZero, plus, ratioOf, times, toNumber, type Ratio } from '../shared/exact';

/** Most memory accepted, in GB: far beyond any single host. */
export const MAX_MEMORY_GB = 1_000_000;

/** Memory to share out, and what one instance needs. */
export interface FitInput {
  /** Memory available for instances, in GB (decimals allowed). */
  readonly availableGB: number;
  /** Memory one instance needs, in GB; above 0. */
  readonly perInstanceGB: number;
}

/**
 * Whole instances that fit: instancesThatFit({ availableGB: 7.5, perInstanceGB: 2.5 }) === 3
 * (exactly, where floating point gives 2.9999… for some such pairs). Inputs are read as the
 * decimals they print as. Throws a RangeError naming the argument for a negative, non-finite or
 * too large value, or a `perInstanceGB` of 0.
 */
export function instancesThatFit(input: FitInput): number {
  requireNumber('availableGB', input.availableGB, 0, MAX_MEMORY_GB);
  requireNumber('perInstanceGB', input.perInstanceGB, 0, MAX_MEMORY_GB);
  if (input.perInstanceGB === 0) throw argumentError('perInstanceGB', 'above 0', input.perInstanceGB);
  const per = ratioOf(input.perInstanceGB);
  return Number(floorOf(times(ratioOf(input.availableGB), { num: per.den, den: per.num })));
}

/** A host and one application, to compare VMs with containers. */
export interface DensityInput {
  /** The host's memory, in GB. */
  readonly hostGB: number;
  /** Memory kept for the host itself, in GB; at most hostGB. */
  readonly reservedGB: number;
  /** Memory one instance of the application needs, in GB; above 0. */
  readonly appGB: number;
  /** Extra memory a VM needs for its guest operating system, in GB. */
  readonly guestOsGB: number;
}

/** How many instances fit each way. */
export interface DensityComparison {
  /** hostGB − reservedGB. */
  readonly availableGB: number;
  /** Memory per VM: appGB + guestOsGB. */
  readonly perVmGB: number;
  /** Whole VMs that fit. */
  readonly vms: number;
  /** Whole containers that fit (the guest OS is not needed). */
  readonly containers: number;
  /** containers − vms: how many more instances fit as containers. */
  readonly extra: number;
}

/**
 * VMs against containers on one host: densityComparison({ hostGB: 64, reservedGB: 4, appGB: 1.5,
 * guestOsGB: 1 }) is { availableGB: 60, perVmGB: 2.5, vms: 24, containers: 40, extra: 16 }.
 * Exact decimal arithmetic. Throws a RangeError naming the argument for a negative or
 * non-finite value, a `reservedGB` above `hostGB` or an `appGB` of 0.
 */
export function densityComparison(input: DensityInput): DensityComparison {
  const hostGB = requireNumber('hostGB', input.hostGB, 0, MAX_MEMORY_GB);
  const reservedGB = requireNumber('reservedGB', input.reservedGB, 0, MAX_MEMORY_GB);
  if (reservedGB > hostGB) throw argumentError('reservedGB', `at most hostGB (${hostGB})`, reservedGB);
  requireNumber('appGB', input.appGB, 0, MAX_MEMORY_GB);
  requireNumber('guestOsGB', input.guestOsGB, 0, MAX_MEMORY_GB);
  if (input.appGB === 0) throw argumentError('appGB', 'above 0', input.appGB);
  const availableGB = toNumber(minusFloorZero(ratioOf(hostGB), ratioOf(reservedGB)));
  const perVmGB = toNumber(plus(ratioOf(input.appGB), ratioOf(input.guestOsGB)));
  const vms = instancesThatFit({ availableGB, perInstanceGB: perVmGB });
  const containers = instancesThatFit({ availableGB, perInstanceGB: input.appGB });
  return { availableGB, perVmGB, vms, containers, extra: containers - vms };
}

/** Most vCPUs accepted for a host: beyond any single machine sold today. */
export const MAX_VCPUS = 100_000;

/** A host and one application, CPU and memory both, with each model's overheads. */
export interface HostDensityInput {
  /** The host's vCPUs and memory (GB). */
  readonly hostVcpus: number;
  readonly hostGB: number;
  /** What the host keeps for itself (hypervisor or container runtime, OS, agents). */
  readonly reservedVcpus: number;
  readonly reservedGB: number;
  /** What one instance of the application needs. */
  readonly appVcpus: number;
  readonly appGB: number;
  /** What each VM adds for its guest operating system. */
  readonly guestOsVcpus: number;
  readonly guestOsGB: number;
  /** What each container adds (its shim process, logging, the runtime's bookkeeping). */
  readonly containerVcpus: number;
  readonly containerGB: number;
}

/** How many instances of one model fit, and which resource runs out first. */
export interface ModelFit {
  /** What one instance costs in this model: the app plus the model's overhead. */
  readonly perInstance: { readonly vcpus: number; readonly gb: number };
  readonly byCpu: number;
  readonly byMemory: number;
  /** min(byCpu, byMemory). */
  readonly fit: number;
  readonly limitedBy: 'cpu' | 'memory' | 'both';
}

export interface HostDensity {
  /** What is left for instances: host minus reserved. */
  readonly available: { readonly vcpus: number; readonly gb: number };
  readonly vms: ModelFit;
  readonly containers: ModelFit;
  /** containers.fit − vms.fit. */
  readonly extra: number;
}

function modelFit(
  avCpu: Ratio,
  avGb: Ratio,
  appCpu: number,
  appGb: number,
  addCpu: number,
  addGb: number,
  what: string,
): ModelFit {
  const cpu = plus(ratioOf(appCpu), ratioOf(addCpu));
  const gb = plus(ratioOf(appGb), ratioOf(addGb));
  if (cpu.num === 0n) throw argumentError(`appVcpus + ${what}Vcpus`, 'above 0', 0);
  if (gb.num === 0n) throw argumentError(`appGB + ${what}GB`, 'above 0', 0);
  const byCpu = Number(floorOf(times(avCpu, { num: cpu.den, den: cpu.num })));
  const byMemory = Number(floorOf(times(avGb, { num: gb.den, den: gb.num })));
  return {
    perInstance: { vcpus: toNumber(cpu), gb: toNumber(gb) },
    byCpu,
    byMemory,
    fit: Math.min(byCpu, byMemory),
    limitedBy: byCpu === byMemory ? 'both' : byCpu < byMemory ? 'cpu' : 'memory',
  };
}

/**
 * VMs against containers on one host, CPU and memory both: each model fits
 * min(available CPU / per-instance CPU, available memory / per-instance memory) whole instances.
 * hostDensity({ hostVcpus: 16, hostGB: 64, reservedVcpus: 1, reservedGB: 4, appVcpus: 0.25,
 * appGB: 1.5, guestOsVcpus: 0.25, guestOsGB: 1, containerVcpus: 0, containerGB: 0.05 }) fits 24
 * VMs (memory-bound: 60 / 2.5) and 38 containers (memory: 60 / 1.55). Exact decimals. Throws a
 * RangeError naming the argument for a negative or non-finite value, a reservation above the
 * host, or an instance that needs no CPU or no memory at all.
 */
export function hostDensity(input: HostDensityInput): HostDensity {
  const hostVcpus = requireNumber('hostVcpus', input.hostVcpus, 0, MAX_VCPUS);
  const hostGB = requireNumber('hostGB', input.hostGB, 0, MAX_MEMORY_GB);
  const reservedVcpus = requireNumber('reservedVcpus', input.reservedVcpus, 0, MAX_VCPUS);
  const reservedGB = requireNumber('reservedGB', input.reservedGB, 0, MAX_MEMORY_GB);
  if (reservedVcpus > hostVcpus)
    throw argumentError('reservedVcpus', `at most hostVcpus (${hostVcpus})`, reservedVcpus);
  if (reservedGB > hostGB) throw argumentError('reservedGB', `at most hostGB (${hostGB})`, reservedGB);
  for (const k of ['appVcpus', 'guestOsVcpus', 'containerVcpus'] as const) requireNumber(k, input[k], 0, MAX_VCPUS);
  for (const k of ['appGB', 'guestOsGB', 'containerGB'] as const) requireNumber(k, input[k], 0, MAX_MEMORY_GB);
  const avCpu = minusFloorZero(ratioOf(hostVcpus), ratioOf(reservedVcpus));
  const avGb = minusFloorZero(ratioOf(hostGB), ratioOf(reservedGB));
  const vms = modelFit(avCpu, avGb, input.appVcpus, input.appGB, input.guestOsVcpus, input.guestOsGB, 'guestOs');
  const containers = modelFit(
    avCpu,
    avGb,
    input.appVcpus,
    input.appGB,
    input.containerVcpus,
    input.containerGB,
    'container',
  );
  return {
    available: { vcpus: toNumber(avCpu), gb: toNumber(avGb) },
    vms,
    containers,
    extra: containers.fit - vms.fit,
  };
}
