import {
  awsvpcTaskLimit,
  INSTANCE_TYPES,
  tasksPerEc2Instance,
  tasksPerInstance,
  trunkedAwsvpcTaskLimit,
  vcpuToCpuUnits,
  type Ec2TaskFit,
  type Ec2TaskLimit,
  type Ec2TaskShape,
  type InstanceType,
  type TaskLimit,
} from '../../domain/ecs';
import type { Rng } from '../seed';
import type { QuizBank } from '../types';
import { ecsPracticeQuestions } from './orch-practice';
import { formatCount, formatDecimal } from '../../domain/shared/format';

/** How the explanation names the resource that runs out first. */
function limitText(limit: TaskLimit): string {
  switch (limit) {
    case 'cpu':
      return 'CPU';
    case 'memory':
      return 'memory';
    case 'both':
      return 'CPU and memory equally';
  }
}

/** "1 task", "2 tasks". */
const tasksText = (n: number): string => `${formatCount(n)} ${n === 1 ? 'task' : 'tasks'}`;

/** How the explanation names a ceiling of tasksPerEc2Instance. */
const NETWORK_LIMIT_TEXT: Record<Ec2TaskLimit, string> = {
  cpu: 'CPU',
  memory: 'memory',
  eni: 'network interfaces (ENIs)',
  port: 'the fixed host port',
};

/** How a task's network is set up, as the question describes it. */
type PortSetup = 'awsvpc' | 'host' | 'bridge-fixed' | 'bridge-dynamic';

/** One drawn scenario of the question "tasks-per-instance-network". */
export interface NetworkFitScenario {
  readonly type: InstanceType;
  readonly task: Ec2TaskShape;
  readonly setup: PortSetup;
  readonly eniTrunking: boolean;
}

/**
 * Draws an instance type from INSTANCE_TYPES, a task that fits it at least once by CPU and memory,
 * a network set-up (awsvpc more often, since that is where ENIs bind) and, for awsvpc, whether ENI
 * trunking is on.
 */
export function drawNetworkFit(rng: Rng): NetworkFitScenario {
  const type = rng.pick(INSTANCE_TYPES);
  const cpuUnits = rng.pick([256, 512, 1024, 2048].filter((c) => c <= type.vcpu * 1024));
  const memoryMiB = rng.pick([512, 1024, 2048, 4096].filter((m) => m <= type.registeredMemoryMiB));
  const setup = rng.pick<PortSetup>(['awsvpc', 'awsvpc', 'awsvpc', 'host', 'bridge-fixed', 'bridge-dynamic']);
  const eniTrunking = setup === 'awsvpc' && rng.int(0, 1) === 1;
  const task: Ec2TaskShape =
    setup === 'awsvpc'
      ? { cpuUnits, memoryMiB, networkMode: 'awsvpc', hostPorts: [80] }
      : setup === 'host'
        ? { cpuUnits, memoryMiB, networkMode: 'host', hostPorts: [80] }
        : { cpuUnits, memoryMiB, networkMode: 'bridge', hostPorts: [setup === 'bridge-fixed' ? 8080 : 0] };
  return { type, task, setup, eniTrunking };
}

const SETUP_TEXT: Record<PortSetup, string> = {
  awsvpc: 'uses the awsvpc network mode, its container listening on port 80',
  host: 'uses the host network mode, its container listening on host port 80',
  'bridge-fixed': 'uses the bridge network mode, mapping host port 8080 to container port 80',
  'bridge-dynamic': 'uses the bridge network mode with a dynamic host port (hostPort 0) for container port 80',
};

function trunkingText(s: NetworkFitScenario): string {
  if (s.setup !== 'awsvpc') return '';
  if (!s.eniTrunking) return ' ENI trunking is not enabled.';
  const trunked = trunkedAwsvpcTaskLimit(s.type);
  return trunked === null
    ? ` ENI trunking (the awsvpcTrunking setting) is enabled, but ${s.type.name} is not in AWS's list of instance types that support it.`
    : ` ENI trunking (the awsvpcTrunking setting) is enabled, and AWS's table allows ${formatCount(trunked)} awsvpc tasks on one instance of this type with trunking.`;
}

/** Each ceiling as the explanation shows it, ending with the one that binds. */
function fitExplanation(s: NetworkFitScenario, r: Ec2TaskFit): string {
  const cpu = formatCount(s.type.vcpu * 1024);
  const parts = [
    `By CPU: ${cpu} ÷ ${formatCount(s.task.cpuUnits)} → ${formatCount(r.perResource.cpu)}.`,
    `By memory: ${formatCount(s.type.registeredMemoryMiB)} ÷ ${formatCount(s.task.memoryMiB)} → ${formatCount(r.perResource.memory)}.`,
  ];
  if (r.perResource.eni !== null) {
    parts.push(
      r.eniTrunking === 'on'
        ? `By ENIs: with trunking, AWS's limit for ${s.type.name} → ${formatCount(r.perResource.eni)}.`
        : `By ENIs: each awsvpc task takes one and the primary ENI is the instance's, so ${formatCount(s.type.maxEnis)} − 1 → ${formatCount(awsvpcTaskLimit(s.type))}${r.eniTrunking === 'unsupported' ? ` (${s.type.name} does not support trunking, so the setting changes nothing)` : ''}.`,
    );
  } else parts.push('ENIs: no limit (only awsvpc tasks take their own ENI).');
  if (r.perResource.port !== null)
    parts.push('Port: a fixed host port can be bound by only one task on an instance → 1.');
  else if (s.setup === 'bridge-dynamic') parts.push('Port: no limit, since each task gets its own dynamic host port.');
  else if (s.setup === 'awsvpc') parts.push('Port: no limit, since each awsvpc task listens on its own ENI.');
  const limit = r.binding.map((k) => NETWORK_LIMIT_TEXT[k]).join(' and ');
  parts.push(`The smallest wins: ${tasksText(r.tasks)}, limited by ${limit}${r.binding.length > 1 ? ' equally' : ''}.`);
  return parts.join(' ');
}

/** Instances: vCPUs and the memory ECS can use on them (illustrative). */
const INSTANCES = [
  { vcpu: 2, memoryMiB: 3_584 },
  { vcpu: 2, memoryMiB: 7_680 },
  { vcpu: 4, memoryMiB: 15_360 },
  { vcpu: 4, memoryMiB: 7_168 },
  { vcpu: 8, memoryMiB: 31_232 },
] as const;

/** Workloads and the capacity option the lesson recommends. */
const WORKLOADS = [
  {
    text: 'A new web API; the team has no time to patch servers and traffic varies during the day.',
    answer: 'fargate',
    why: 'No instances to manage and per-task billing: start with Fargate unless there is a reason not to.',
  },
  {
    text: 'Model training jobs that need GPUs, and a team happy to manage its own instances and AMIs.',
    answer: 'ec2',
    why: 'Fargate has no GPUs; EC2 capacity gives any instance type, managed by the team.',
  },
  {
    text: 'Containers that must run in the bank’s own data centre, because the data may not leave it, managed with the same tools as its AWS services.',
    answer: 'external',
    why: 'ECS Anywhere runs tasks on your own servers while the ECS control plane stays in AWS.',
  },
  {
    text: 'GPU inference that needs EC2 instance types, but the team does not want to patch or replace instances itself.',
    answer: 'managed',
    why: 'ECS Managed Instances gives EC2 instance types, including GPUs, with AWS launching, patching and replacing the instances.',
  },
] as const;

/** Quiz of the lesson "Amazon ECS and its cluster options". */
export const bank: QuizBank = {
  id: 'orch-ecs',
  title: 'Check your understanding',
  questions: [
    {
      id: 'tasks-per-instance',
      parameterised: true,
      build(rng) {
        const inst = rng.pick(INSTANCES);
        const taskCpu = rng.pick([256, 512, 1024]);
        const taskMemory = rng.pick([512, 1024, 2048]);
        const cpuUnits = vcpuToCpuUnits(inst.vcpu);
        const r = tasksPerInstance({
          instanceCpuUnits: cpuUnits,
          instanceMemoryMiB: inst.memoryMiB,
          taskCpuUnits: taskCpu,
          taskMemoryMiB: taskMemory,
        });
        const limit = limitText(r.limitedBy);
        return {
          kind: 'numeric',
          id: 'tasks-per-instance',
          prompt: `An EC2 container instance has ${inst.vcpu} vCPUs and ${formatDecimal(inst.memoryMiB, 3)} MiB of memory that ECS can use. Each task needs ${taskCpu} CPU units and ${formatDecimal(taskMemory, 3)} MiB, and uses the bridge network mode with a dynamic host port, so neither network interfaces nor ports limit it. How many tasks fit on the instance? (1 vCPU = 1,024 CPU units.)`,
          answer: r.fit,
          answerText: `${r.fit} tasks`,
          units: ['tasks', 'task'],
          tolerance: { abs: 0 },
          explanation: `By CPU: ${formatDecimal(cpuUnits, 3)} ÷ ${taskCpu} → ${r.byCpu}. By memory: ${formatDecimal(inst.memoryMiB, 3)} ÷ ${formatDecimal(taskMemory, 3)} → ${r.byMemory}. The smaller wins: ${r.fit} tasks, limited by ${limit}.`,
        };
      },
    },
    {
      id: 'tasks-per-instance-network',
      parameterised: true,
      build(rng) {
        const s = drawNetworkFit(rng);
        const r = tasksPerEc2Instance(s.type, s.task, { eniTrunking: s.eniTrunking });
        return {
          kind: 'numeric',
          id: 'tasks-per-instance-network',
          prompt: `One ${s.type.name} container instance has ${s.type.vcpu} vCPUs, ${formatCount(s.type.registeredMemoryMiB)} MiB of memory that ECS can use, and can attach ${s.type.maxEnis} network interfaces (ENIs), its primary one included. Each task reserves ${formatCount(s.task.cpuUnits)} CPU units and ${formatCount(s.task.memoryMiB)} MiB and ${SETUP_TEXT[s.setup]}.${trunkingText(s)} How many of these tasks can run on one instance? (1 vCPU = 1,024 CPU units.)`,
          answer: r.tasks,
          answerText: tasksText(r.tasks),
          units: ['tasks', 'task'],
          tolerance: { abs: 0 },
          explanation: fitExplanation(s, r),
        };
      },
    },
    {
      id: 'choose-capacity',
      parameterised: true,
      build(rng) {
        const w = rng.pick(WORKLOADS);
        return {
          kind: 'single',
          id: 'choose-capacity',
          prompt: `"${w.text}" Which ECS capacity option fits?`,
          choices: [
            { id: 'fargate', label: 'Fargate' },
            { id: 'ec2', label: 'EC2 instances you manage' },
            { id: 'managed', label: 'ECS Managed Instances' },
            { id: 'external', label: 'External (ECS Anywhere)' },
          ],
          answer: w.answer,
          explanation: w.why,
        };
      },
    },
    {
      id: 'task-vs-service',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'task-vs-service',
        prompt: 'What is the difference between an ECS task and an ECS service?',
        choices: [
          {
            id: 'right',
            label:
              'A task is one running copy of a task definition; a service keeps a stated number of tasks running and replaces any that stop',
          },
          { id: 'reverse', label: 'A service is one container; a task is a group of services' },
          { id: 'same', label: 'They are two names for the same thing' },
          { id: 'billing', label: 'Tasks run on Fargate, services on EC2' },
        ],
        answer: 'right',
        explanation:
          'Run a task for a one-off or batch job; create a service for anything that must keep running, such as a web API behind a load balancer.',
      }),
    },
    {
      id: 'table-fixes',
      parameterised: false,
      build: () => ({
        kind: 'multiple',
        id: 'table-fixes',
        prompt:
          'A yes/no table says Fargate has no Spot capacity, is not configurable, and that with EC2 you run the ECS control plane yourself. Which statements correct it? Choose all that apply.',
        choices: [
          { id: 'fargate-spot', label: 'Spot capacity is available on Fargate too (Fargate Spot), not only on EC2' },
          {
            id: 'fargate-config',
            label:
              'Fargate tasks are configurable (CPU, memory, storage, architecture), but give no host access or GPUs',
          },
          { id: 'control-plane', label: 'Even with EC2 or External capacity, AWS runs the ECS control plane' },
          { id: 'fargate-any', label: 'Fargate supports GPUs and privileged containers' },
        ],
        answer: ['fargate-spot', 'fargate-config', 'control-plane'],
        explanation:
          "The table's yes/no columns hide these nuances. Fargate's limits are about host access (no GPUs, no privileged containers), not about configuration.",
      }),
    },
    {
      id: 'pay-for',
      parameterised: false,
      build: () => ({
        kind: 'single',
        id: 'pay-for',
        prompt: 'A Fargate task is given 2 vCPU and 4 GB but uses 0.2 vCPU and 600 MB. What are you billed for?',
        choices: [
          { id: 'configured', label: '2 vCPU and 4 GB, per second while the task runs' },
          { id: 'used', label: '0.2 vCPU and 600 MB' },
          { id: 'requests', label: 'Only the requests it served' },
          { id: 'nothing', label: 'Nothing while CPU use is under 10%' },
        ],
        answer: 'configured',
        explanation:
          'Fargate bills the size you configure, not what the task uses. Right-size task definitions from real metrics.',
      }),
    },
    // Graded by the simulators (issue 12).
    ...ecsPracticeQuestions,
  ],
};
