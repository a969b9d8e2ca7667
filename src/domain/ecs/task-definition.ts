/**
 * Task definitions checked as Amazon ECS checks them at RegisterTaskDefinition (and at RunTask /
 * CreateService for the launch type). Messages are the ones ECS returns, found in the AWS CLI's
 * output quoted in public issues (checked 2026-12-03): "Fargate only supports network mode
 * ‘awsvpc’." (aws/amazon-ecs-cli#1145), "When networkMode=awsvpc, the host ports and container
 * ports in port mappings must match." (aws/amazon-ecs-cli#1014), "Invalid 'cpu' setting for task."
 * (ECS developer guide, task-cpu-memory-error), "Fargate requires that 'cpu' be defined at the task
 * level.", "The sum of all container 'cpu' values cannot be greater than the value of the task
 * 'cpu'.", "Invalid setting for container '…'. At least one of 'memory' or 'memoryReservation'
 * must be specified." (klothoplatform/klotho#892). The memory twin of the cpu-sum message and the
 * "essential container" message are modelled on those. Each error carries the JSON path of the field.
 */
import { isFargateSize, fargateMemoryOptions } from './fargate-sizes';

/** Where a task runs: what ECS calls the launch type. */
export type LaunchType = 'FARGATE' | 'EC2' | 'EXTERNAL';
/** One problem: the JSON path of the field (e.g. "containerDefinitions[0].portMappings[0].hostPort"). */
export interface TaskDefinitionError {
  readonly path: string;
  readonly message: string;
  /** A plain-language way to fix it, for widgets and lessons (not part of ECS's message). */
  readonly hint?: string;
}

const NETWORK_MODES = ['bridge', 'host', 'awsvpc', 'none'] as const;
const COMPATIBILITIES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] as const;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Task CPU as CPU units: 256, "256", "0.25 vCPU" and "1 vcpu" are accepted, as ECS converts them
 * when it registers the definition; null when absent, NaN when unreadable.
 */
export function parseTaskCpu(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const t = value.trim();
  if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) : Number.NaN;
  const m = /^(\d*\.?\d+)\s*vcpu$/i.exec(t);
  if (m === null) return Number.NaN;
  const units = Number(m[1]) * 1024;
  return Number.isInteger(units) && units > 0 ? units : Number.NaN;
}

/** Task memory in MiB: 512, "512", "1GB" and "1 GB" are accepted; null when absent, NaN when unreadable. */
export function parseTaskMemory(value: unknown): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : Number.NaN;
  if (typeof value !== 'string') return Number.NaN;
  const t = value.trim();
  if (/^\d+$/.test(t)) return Number(t) > 0 ? Number(t) : Number.NaN;
  const m = /^(\d*\.?\d+)\s*gb$/i.exec(t);
  if (m === null) return Number.NaN;
  const mib = Number(m[1]) * 1024;
  return Number.isInteger(mib) && mib > 0 ? mib : Number.NaN;
}

const wholeOrNull = (v: unknown): number | null | 'bad' =>
  v === undefined || v === null ? null : typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 'bad';

/**
 * Every problem ECS would report for `def` run with `launchType`, in the order ECS checks them;
 * [] when the definition is valid. Never throws, whatever `def` is.
 */
export function validateTaskDefinition(def: unknown, launchType: LaunchType): TaskDefinitionError[] {
  const errors: TaskDefinitionError[] = [];
  const add = (path: string, message: string, hint?: string): void => {
    errors.push(hint === undefined ? { path, message } : { path, message, hint });
  };
  if (!isRecord(def)) {
    add(
      '',
      'The task definition must be a JSON object.',
      'Start from { "family": "...", "containerDefinitions": [ ... ] }.',
    );
    return errors;
  }
  const family = def['family'];
  if (family === undefined) add('family', 'Missing required parameter in input: "family"');
  else if (typeof family !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(family))
    add(
      'family',
      'Family contains invalid characters. Up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores are allowed.',
    );

  const compat = def['requiresCompatibilities'];
  let compatList: string[] = [];
  if (compat !== undefined) {
    if (!Array.isArray(compat))
      add(
        'requiresCompatibilities',
        'Invalid type for parameter requiresCompatibilities, value: ' +
          JSON.stringify(compat) +
          ", type: <class '" +
          typeof compat +
          "'>, valid types: <class 'list'>, <class 'tuple'>",
      );
    else
      compat.forEach((c, i) => {
        if (typeof c === 'string' && (COMPATIBILITIES as readonly string[]).includes(c)) compatList.push(c);
        else
          add(
            `requiresCompatibilities[${i}]`,
            `1 validation error detected: Value '${String(c)}' at 'requiresCompatibilities.${i + 1}.member' failed to satisfy constraint: Member must satisfy enum value set: [${COMPATIBILITIES.join(', ')}]`,
          );
      });
  }
  if (compat === undefined) compatList = ['EC2'];
  if (!compatList.includes(launchType) && !(launchType === 'EC2' && compat === undefined))
    add(
      'requiresCompatibilities',
      `Task definition does not support launch_type ${launchType}.`,
      `Add "${launchType}" to requiresCompatibilities so that ECS checks the definition against ${launchType}'s rules.`,
    );

  const rawMode = def['networkMode'];
  let mode: string = launchType === 'FARGATE' ? 'awsvpc' : 'bridge';
  if (rawMode !== undefined) {
    if (typeof rawMode === 'string' && (NETWORK_MODES as readonly string[]).includes(rawMode)) mode = rawMode;
    else {
      add(
        'networkMode',
        `1 validation error detected: Value '${String(rawMode)}' at 'networkMode' failed to satisfy constraint: Member must satisfy enum value set: [${NETWORK_MODES.join(', ')}]`,
      );
      mode = 'invalid';
    }
  }
  if (launchType === 'FARGATE' && rawMode !== 'awsvpc' && mode !== 'invalid')
    add(
      'networkMode',
      'Fargate only supports network mode ‘awsvpc’.',
      'Set "networkMode": "awsvpc": each task gets its own network interface.',
    );
  if (launchType === 'EXTERNAL' && mode === 'awsvpc')
    add(
      'networkMode',
      'Tasks using the EXTERNAL launch type do not support network mode awsvpc.',
      'Use bridge or host on ECS Anywhere.',
    );

  const cpu = parseTaskCpu(def['cpu']);
  const memory = parseTaskMemory(def['memory']);
  if (Number.isNaN(cpu))
    add(
      'cpu',
      "Invalid 'cpu' setting for task.",
      'Give CPU units as a string such as "256", or vCPUs such as "0.25 vCPU".',
    );
  if (Number.isNaN(memory))
    add('memory', "Invalid 'memory' setting for task.", 'Give memory in MiB as a string such as "512", or "1 GB".');
  if (launchType === 'FARGATE') {
    if (cpu === null)
      add('cpu', "Fargate requires that 'cpu' be defined at the task level.", 'Add a task-level "cpu", e.g. "256".');
    if (memory === null)
      add(
        'memory',
        "Fargate requires that 'memory' be defined at the task level.",
        'Add a task-level "memory", e.g. "512".',
      );
    if (cpu !== null && memory !== null && !Number.isNaN(cpu) && !Number.isNaN(memory) && !isFargateSize(cpu, memory)) {
      const options = fargateMemoryOptions(cpu);
      add(
        'cpu',
        "Invalid 'cpu' setting for task.",
        options.length === 0
          ? `${cpu} CPU units is not a Fargate size: use 256, 512, 1024, 2048, 4096, 8192 or 16384.`
          : `With cpu ${cpu}, Fargate allows memory ${options.join(', ')} MiB (received ${memory}).`,
      );
    }
  }

  const containers = def['containerDefinitions'];
  if (containers === undefined) {
    add('containerDefinitions', 'Missing required parameter in input: "containerDefinitions"');
    return errors;
  }
  if (!Array.isArray(containers) || containers.length === 0) {
    add('containerDefinitions', 'Container list cannot be empty.');
    return errors;
  }
  let cpuSum = 0;
  let memSum = 0;
  let anyEssential = false;
  const hostPorts = new Map<string, number>();
  containers.forEach((c, i) => {
    const at = `containerDefinitions[${i}]`;
    if (!isRecord(c)) {
      add(
        at,
        `Invalid type for parameter ${at}, value: ${JSON.stringify(c) ?? 'undefined'}, type: <class '${c === null ? 'NoneType' : typeof c}'>, valid types: <class 'dict'>`,
      );
      return;
    }
    const name = typeof c['name'] === 'string' && c['name'] !== '' ? c['name'] : null;
    if (name === null) add(`${at}.name`, `Missing required parameter in ${at}: "name"`);
    const label = name ?? String(i);
    if (typeof c['image'] !== 'string' || c['image'].trim() === '')
      add(`${at}.image`, 'Container.image should not be null or empty.');
    if (c['essential'] !== false) anyEssential = true;
    const ccpu = wholeOrNull(c['cpu']);
    const cmem = wholeOrNull(c['memory']);
    const cres = wholeOrNull(c['memoryReservation']);
    if (ccpu === 'bad') add(`${at}.cpu`, `Invalid 'cpu' setting for container '${label}'.`);
    else if (ccpu !== null) cpuSum += ccpu;
    if (cmem === 'bad') add(`${at}.memory`, `Invalid 'memory' setting for container '${label}'.`);
    else if (cmem !== null) memSum += cmem;
    if (cres === 'bad') add(`${at}.memoryReservation`, `Invalid 'memoryReservation' setting for container '${label}'.`);
    if (memory === null && cmem === null && cres === null && launchType !== 'FARGATE')
      add(
        `${at}.memory`,
        `Invalid setting for container '${label}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
      );
    const ports = c['portMappings'];
    if (ports === undefined) return;
    if (!Array.isArray(ports)) {
      add(`${at}.portMappings`, `Invalid type for parameter ${at}.portMappings: expected a list of port mappings.`);
      return;
    }
    ports.forEach((p, j) => {
      const pat = `${at}.portMappings[${j}]`;
      if (!isRecord(p)) {
        add(pat, `Invalid type for parameter ${pat}: expected an object with containerPort.`);
        return;
      }
      const cp = p['containerPort'];
      const hp = p['hostPort'];
      const proto = p['protocol'] === undefined ? 'tcp' : p['protocol'];
      if (typeof cp !== 'number' || !Number.isInteger(cp) || cp < 1 || cp > 65535) {
        add(`${pat}.containerPort`, `Invalid 'containerPort' setting for container '${label}'.`);
        return;
      }
      if (proto !== 'tcp' && proto !== 'udp') {
        add(
          `${pat}.protocol`,
          `1 validation error detected: Value '${String(proto)}' at 'containerDefinitions.${i + 1}.member.portMappings.${j + 1}.member.protocol' failed to satisfy constraint: Member must satisfy enum value set: [tcp, udp]`,
        );
        return;
      }
      if (hp !== undefined && (typeof hp !== 'number' || !Number.isInteger(hp) || hp < 0 || hp > 65535)) {
        add(`${pat}.hostPort`, `Invalid 'hostPort' setting for container '${label}'.`);
        return;
      }
      if (mode === 'awsvpc' && hp !== undefined && hp !== cp) {
        add(
          `${pat}.hostPort`,
          'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
          `Remove hostPort, or set it to ${cp}.`,
        );
        return;
      }
      const host = mode === 'awsvpc' || mode === 'host' ? cp : hp;
      if (typeof host === 'number' && host !== 0) {
        const key = `${String(proto).toUpperCase()} ${host}`;
        if (hostPorts.has(key))
          add(
            `${pat}.hostPort`,
            `${String(proto).toUpperCase()} host port '${host}' is mapped multiple times in task.`,
          );
        hostPorts.set(key, i);
      }
    });
  });
  if (!anyEssential)
    add(
      'containerDefinitions',
      'A task definition must have at least one essential container.',
      'Set "essential": true on the main container.',
    );
  if (cpu !== null && !Number.isNaN(cpu) && cpuSum > cpu)
    add(
      'containerDefinitions',
      "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
    );
  if (memory !== null && !Number.isNaN(memory) && memSum > memory)
    add(
      'containerDefinitions',
      "The sum of all container 'memory' values cannot be greater than the value of the task 'memory'.",
    );
  return errors;
}
