/**
 * How many instances of an application fit in a host's memory, as virtual machines (each with
 * its own guest operating system) or as containers (sharing the host kernel). Memory only: the
 * lesson's simplification, counting whole instances.
 */
import { argumentError, requireNumber } from '../shared/errors';
import { floorOf, minusFloorZero, plus, ratioOf, times, toNumber } from '../shared/exact';

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
