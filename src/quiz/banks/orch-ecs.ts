import { tasksPerInstance, vcpuToCpuUnits, type TaskLimit } from '../../domain/ecs';
import type { QuizBank } from '../types';
import { ecsPracticeQuestions } from './orch-practice';
import { formatDecimal } from '../../domain/shared/format';

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
          prompt: `An EC2 container instance has ${inst.vcpu} vCPUs and ${formatDecimal(inst.memoryMiB, 3)} MiB of memory that ECS can use. Each task needs ${taskCpu} CPU units and ${formatDecimal(taskMemory, 3)} MiB. How many tasks fit on the instance? (1 vCPU = 1,024 CPU units.)`,
          answer: r.fit,
          answerText: `${r.fit} tasks`,
          units: ['tasks', 'task'],
          tolerance: { abs: 0 },
          explanation: `By CPU: ${formatDecimal(cpuUnits, 3)} ÷ ${taskCpu} → ${r.byCpu}. By memory: ${formatDecimal(inst.memoryMiB, 3)} ÷ ${formatDecimal(taskMemory, 3)} → ${r.byMemory}. The smaller wins: ${r.fit} tasks, limited by ${limit}.`,
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
