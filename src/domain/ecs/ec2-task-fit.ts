/**
 * How many tasks of one shape fit on one EC2 container instance once the network mode is counted:
 * CPU and memory (tasks-per-instance.ts), elastic network interfaces in `awsvpc` mode, and fixed
 * host ports in `host` and `bridge` mode. The answer is the smallest of the four ceilings, and each
 * ceiling is reported so a learner sees which one binds.
 *
 * Rules, with their sources (read 2026-12-04):
 * - CPU: 1 vCPU = 1,024 CPU units; memory: the memory the instance registers with ECS
 *   (INSTANCE_TYPES.registeredMemoryMiB, illustrative). See tasks-per-instance.ts.
 * - awsvpc, no trunking: each task takes its own ENI and the instance's primary ENI counts against
 *   the type's limit, so at most ENIs - 1 tasks ("a c5.large ... may have up to three ENIs ...
 *   you can typically only run two such tasks"). Amazon ECS Developer Guide, "Elastic network
 *   interface trunking", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-instance-eni.html
 *   (read 2026-12-04 from AWS's own source of that guide, awsdocs/amazon-ecs-developer-guide,
 *   doc_source/container-instance-eni.md, last revised 2023-04-18; the docs search corpus held no
 *   copy of the live page). Also task-networking.html: an awsvpc task "is allocated its own
 *   elastic network interface (ENI)".
 * - awsvpc with ENI trunking (the `awsvpcTrunking` account setting, Linux ECS-optimized AMI,
 *   instances launched after opting in): the per-type task limits of the table "Supported Amazon
 *   EC2 instance types" in the same page
 *   (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/eni-trunking-supported-instance-types.html),
 *   copied for our types into TRUNKED_AWSVPC_TASK_LIMITS (instances.ts). Types missing from that
 *   table (all t3 types) get no trunk: their limit stays ENIs - 1.
 * - host: "A container in a task definition that uses this mode must specify a specific hostPort
 *   number. A port number on a host can't be used by multiple tasks. As a result, you can't run
 *   multiple tasks of the same task definition on a single Amazon EC2 instance." Amazon ECS
 *   Developer Guide, "Amazon ECS task networking options for the EC2 launch type",
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html (read 2026-12-04).
 *   So a host-mode task with any port runs once per instance; dynamic ports (0) are refused.
 * - bridge: a static port mapping "only allows a single container to be mapped to port 80", so one
 *   task per host; with a dynamic mapping (hostPort omitted or 0) the container gets a port from
 *   the ephemeral range and the port no longer caps the count. Amazon ECS Developer Guide, "Use
 *   Docker's virtual network for Amazon ECS Linux tasks",
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/networking-networkmode-bridge.html,
 *   and the PortMapping.hostPort reference ("omit the hostPort (or set it to 0)") (read 2026-12-04).
 */
import { argumentError, requireWhole } from '../shared/errors';
import { awsvpcTaskLimit, instanceType, INSTANCE_TYPES, trunkedAwsvpcTaskLimit, type InstanceType } from './instances';
import { CPU_UNITS_PER_VCPU, MAX_CPU_UNITS, MAX_MEMORY_MIB, tasksPerInstance } from './tasks-per-instance';

/** The network modes of tasks on EC2 Linux instances. */
export type Ec2NetworkMode = 'awsvpc' | 'bridge' | 'host';

/** The ECS network modes, in the order a learner meets them. */
export const EC2_NETWORK_MODES: readonly Ec2NetworkMode[] = Object.freeze(['awsvpc', 'bridge', 'host']);

/** Highest TCP/UDP port number. */
export const MAX_PORT = 65_535;

/** One task's shape as the scheduler sees it. */
export interface Ec2TaskShape {
  /** CPU units the task reserves (1 vCPU = 1,024): a whole number >= 1. */
  readonly cpuUnits: number;
  /** Memory the task reserves, in MiB: a whole number >= 1. */
  readonly memoryMiB: number;
  readonly networkMode: Ec2NetworkMode;
  /**
   * Host ports of the task's port mappings. 0 means a dynamic port (bridge only); awsvpc tasks
   * have their own ENI, so their ports never collide and are ignored.
   */
  readonly hostPorts?: readonly number[];
}

/** Account and instance settings that change the ceilings. */
export interface Ec2FitOptions {
  /** The `awsvpcTrunking` account setting is enabled (instances launched after opting in). */
  readonly eniTrunking?: boolean;
}

/** A resource that can cap tasks per instance. */
export type Ec2TaskLimit = 'cpu' | 'memory' | 'eni' | 'port';

/** The order limits are named in when several bind equally. */
export const EC2_TASK_LIMITS: readonly Ec2TaskLimit[] = Object.freeze(['cpu', 'memory', 'eni', 'port']);

/** What ENI trunking does on this instance type. */
export type EniTrunking = 'off' | 'on' | 'unsupported';

/** Tasks per instance, with every ceiling. */
export interface Ec2TaskFit {
  readonly instance: string;
  /** Tasks that fit: the smallest ceiling. */
  readonly tasks: number;
  /** The ceiling that binds (the first of cpu, memory, eni, port when several are equal). */
  readonly limitedBy: Ec2TaskLimit;
  /** Every ceiling equal to `tasks`, in the order of EC2_TASK_LIMITS. */
  readonly binding: readonly Ec2TaskLimit[];
  /** Each ceiling alone; null where the resource does not cap this network mode. */
  readonly perResource: {
    readonly cpu: number;
    readonly memory: number;
    readonly eni: number | null;
    readonly port: number | null;
  };
  /** 'on' only for awsvpc tasks on a type in AWS's trunking table with trunking enabled. */
  readonly eniTrunking: EniTrunking;
}

const isMode = (value: unknown): value is Ec2NetworkMode =>
  typeof value === 'string' && (EC2_NETWORK_MODES as readonly string[]).includes(value);

function resolveType(type: InstanceType | string): InstanceType {
  if (typeof type === 'string') {
    const found = instanceType(type);
    if (found === undefined)
      throw argumentError('type', `one of ${INSTANCE_TYPES.map((i) => i.name).join(', ')}`, type);
    return found;
  }
  if (typeof type !== 'object' || type === null || typeof (type as { name?: unknown }).name !== 'string')
    throw argumentError('type', 'an instance type or its name', type);
  requireWhole('type.vcpu', type.vcpu, 1, MAX_CPU_UNITS / CPU_UNITS_PER_VCPU);
  requireWhole('type.registeredMemoryMiB', type.registeredMemoryMiB, 0, MAX_MEMORY_MIB);
  requireWhole('type.maxEnis', type.maxEnis, 1, 1_000);
  return type;
}

function checkPorts(mode: Ec2NetworkMode, ports: unknown): readonly number[] {
  if (ports === undefined) return [];
  if (!Array.isArray(ports)) throw argumentError('task.hostPorts', 'an array of port numbers', ports);
  const seen = new Set<number>();
  ports.forEach((p: unknown, i) => {
    const min = mode === 'host' ? 1 : 0;
    if (mode === 'host' && p === 0)
      throw argumentError(`task.hostPorts[${i}]`, 'a fixed port from 1 to 65,535 (host mode has no dynamic ports)', p);
    const port = requireWhole(`task.hostPorts[${i}]`, p, min, MAX_PORT);
    if (port !== 0 && seen.has(port))
      throw argumentError(`task.hostPorts[${i}]`, 'a port the task does not already use', port);
    seen.add(port);
  });
  return ports as number[];
}

/**
 * Tasks of `task` that fit on one instance of `type` (an InstanceType or its name):
 * tasksPerEc2Instance('m5.large', { cpuUnits: 256, memoryMiB: 512, networkMode: 'awsvpc' }) is
 * { tasks: 2, limitedBy: 'eni', perResource: { cpu: 8, memory: 15, eni: 2, port: null }, ... };
 * with { eniTrunking: true } the ENI ceiling is 10 and CPU binds at 8. A host-mode task with
 * hostPorts [80] fits once. Bad input throws a RangeError naming the field, never NaN.
 */
export function tasksPerEc2Instance(
  type: InstanceType | string,
  task: Ec2TaskShape,
  options: Ec2FitOptions = {},
): Ec2TaskFit {
  const inst = resolveType(type);
  if (typeof task !== 'object' || task === null) throw argumentError('task', 'a task shape', task);
  if (!isMode(task.networkMode))
    throw argumentError('task.networkMode', `one of ${EC2_NETWORK_MODES.join(', ')}`, task.networkMode);
  const cpuUnits = requireWhole('task.cpuUnits', task.cpuUnits, 1, MAX_CPU_UNITS);
  const memoryMiB = requireWhole('task.memoryMiB', task.memoryMiB, 1, MAX_MEMORY_MIB);
  const ports = checkPorts(task.networkMode, task.hostPorts);
  if (typeof options !== 'object' || options === null) throw argumentError('options', 'an options object', options);
  const trunkingWanted = options.eniTrunking ?? false;
  if (typeof trunkingWanted !== 'boolean') throw argumentError('options.eniTrunking', 'true or false', trunkingWanted);

  const fit = tasksPerInstance({
    instanceCpuUnits: inst.vcpu * CPU_UNITS_PER_VCPU,
    instanceMemoryMiB: inst.registeredMemoryMiB,
    taskCpuUnits: cpuUnits,
    taskMemoryMiB: memoryMiB,
  });

  let eni: number | null = null;
  let eniTrunking: EniTrunking = 'off';
  if (task.networkMode === 'awsvpc') {
    const trunked = trunkedAwsvpcTaskLimit(inst);
    if (trunkingWanted && trunked !== null) {
      eni = trunked;
      eniTrunking = 'on';
    } else {
      eni = awsvpcTaskLimit(inst);
      eniTrunking = trunkingWanted ? 'unsupported' : 'off';
    }
  }
  // A fixed host port can be bound by one task per instance (host and bridge modes).
  const port = task.networkMode !== 'awsvpc' && ports.some((p) => p !== 0) ? 1 : null;

  const perResource = { cpu: fit.byCpu, memory: fit.byMemory, eni, port };
  const tasks = Math.min(...EC2_TASK_LIMITS.map((k) => perResource[k] ?? Number.POSITIVE_INFINITY));
  const binding = EC2_TASK_LIMITS.filter((k) => perResource[k] === tasks);
  return { instance: inst.name, tasks, limitedBy: binding[0] ?? 'cpu', binding, perResource, eniTrunking };
}
