/**
 * Questions graded by the simulators of issue 12, added to the lessons' existing banks: valid
 * Fargate sizes and what ECS does when a task stops (src/domain/ecs), DRF allocations
 * (src/domain/mesos), and what a plan does after an edit (src/domain/automation).
 */
import { apply, createCloud, parseConfig, plan, type Action } from '../../domain/automation';
import {
  createEcsState,
  ecsStep,
  FARGATE_SIZES,
  findService,
  isFargateSize,
  serviceCounts,
  TASK_START_MS,
} from '../../domain/ecs';
import { drfAllocate } from '../../domain/mesos';
import type { Rng } from '../seed';
import type { QuestionTemplate } from '../types';
import { formatDecimal } from '../../domain/shared/format';

const vcpu = (u: number) => `${formatDecimal(u / 1024, 3)} vCPU`;
const gb = (m: number) => `${formatDecimal(m / 1024, 3)} GB`;

function shuffle<T>(rng: Rng, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/** One valid Fargate pair among three the table refuses. */
const fargateValid: QuestionTemplate = {
  id: 'fargate-valid-size',
  parameterised: true,
  build(rng) {
    const size = rng.pick(FARGATE_SIZES.slice(0, 5));
    const good = { cpu: size.cpu, memory: rng.pick(size.memory) };
    const bad: { cpu: number; memory: number }[] = [];
    const tries = [
      { cpu: size.cpu, memory: (size.memory.at(-1) ?? 0) + 1024 },
      { cpu: size.cpu, memory: Math.max(256, (size.memory[0] ?? 1024) - 512) },
      { cpu: 256, memory: 4096 },
      { cpu: 4096, memory: 4096 },
      { cpu: 1024, memory: 1024 },
      { cpu: 512, memory: 512 },
      { cpu: 2048, memory: 2048 },
    ];
    for (const t of shuffle(rng, tries))
      if (
        !isFargateSize(t.cpu, t.memory) &&
        bad.length < 3 &&
        !bad.some((b) => b.cpu === t.cpu && b.memory === t.memory)
      )
        bad.push(t);
    const choices = shuffle(rng, [good, ...bad]).map((p) => ({
      id: `${p.cpu}-${p.memory}`,
      label: `${vcpu(p.cpu)} with ${gb(p.memory)}`,
    }));
    const range = `${gb(size.memory[0]!)} to ${gb(size.memory.at(-1)!)}`;
    return {
      kind: 'single',
      id: 'fargate-valid-size',
      prompt: `Your task needs about ${vcpu(size.cpu)}. Which of these task sizes will Fargate accept?`,
      choices,
      answer: `${good.cpu}-${good.memory}`,
      explanation: `Fargate offers fixed CPU/memory pairs: with ${vcpu(size.cpu)} the memory can be ${range}. The other pairs are outside the table for their CPU, so registering them fails.`,
    };
  },
};

/** Runs a Fargate service of `desired` tasks, stops one, and counts what runs afterwards. */
function afterStop(desired: number): { running: number; stopped: number } {
  let s = createEcsState(3);
  const inputs = [
    { type: 'create-cluster', name: 'demo' },
    {
      type: 'register-task-definition',
      definition: {
        family: 'web',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'web', image: 'nginx', portMappings: [{ containerPort: 80 }] }],
      },
    },
    {
      type: 'create-service',
      cluster: 'demo',
      name: 'web',
      taskDefinition: 'web',
      desiredCount: desired,
      launchType: 'FARGATE',
      subnets: ['subnet-1'],
    },
    { type: 'tick', ms: TASK_START_MS },
  ] as const;
  for (const i of inputs) s = ecsStep(s, i).state;
  s = ecsStep(s, { type: 'fail-task', task: s.tasks[0]!.id }).state;
  s = ecsStep(s, { type: 'tick', ms: TASK_START_MS }).state;
  const svc = findService(s, 'demo', 'web')!;
  return { running: serviceCounts(s, svc).running, stopped: s.tasks.filter((t) => t.lastStatus === 'STOPPED').length };
}

const taskStops: QuestionTemplate = {
  id: 'service-task-stops',
  parameterised: true,
  build(rng) {
    const desired = rng.int(2, 6);
    const r = afterStop(desired);
    return {
      kind: 'numeric',
      id: 'service-task-stops',
      prompt: `An ECS service has a desired count of ${desired} and all ${desired} tasks are running. One task's essential container exits and the task stops. A minute later, how many tasks of the service are running?`,
      answer: r.running,
      answerText: `${r.running} tasks`,
      units: ['tasks', 'task'],
      tolerance: { abs: 0 },
      explanation: `The service scheduler keeps the desired count: it sees ${desired - 1} running against ${desired} desired and starts a replacement task, so ${r.running} run again (the stopped one stays listed as STOPPED for a while).`,
    };
  },
};

const drf: QuestionTemplate = {
  id: 'drf-allocation',
  parameterised: true,
  build(rng) {
    const cpus = rng.pick([9, 12, 18]);
    const mem = rng.pick([18, 24, 36]);
    const a = { cpus: rng.pick([1, 2]), mem: rng.pick([3, 4, 6]) };
    const b = { cpus: rng.pick([3, 4]), mem: rng.pick([1, 2]) };
    const got = drfAllocate({ cpus, mem }, [
      { id: 'A', demand: a },
      { id: 'B', demand: b },
    ]);
    const n = got['A'] ?? 0;
    return {
      kind: 'numeric',
      id: 'drf-allocation',
      prompt: `A Mesos cluster has ${cpus} CPUs and ${mem} GB. Framework A's tasks need ${a.cpus} CPU and ${a.mem} GB each; framework B's need ${b.cpus} CPUs and ${b.mem} GB. Offers follow Dominant Resource Fairness (the framework with the lowest dominant share launches the next task; ties go to A) until no task fits. How many tasks does A run?`,
      answer: n,
      answerText: `${n} tasks`,
      units: ['tasks', 'task'],
      tolerance: { abs: 0 },
      explanation: `Step by step, the framework with the lower dominant share (its largest fraction of CPUs or memory) launches one task: A's dominant resource is memory, B's is CPU. When no further task fits, A has ${n} tasks and B has ${got['B'] ?? 0}. The offer stepper in the lesson shows each step.`,
    };
  },
};

const BASE = `resources:
  network.main:
    properties: { cidr: 10.0.0.0/16 }
  subnet.web:
    properties:
      network_id: \${network.main.id}
      cidr: 10.0.1.0/24
  instance.app:
    properties:
      subnet_id: \${subnet.web.id}
      image: ami-1
      size: t3.small
`;
const EDITS = [
  {
    text: 'change the instance size from t3.small to t3.medium',
    edit: (t: string) => t.replace('t3.small', 't3.medium'),
    target: 'instance.app',
  },
  {
    text: "change the instance's image from ami-1 to ami-2",
    edit: (t: string) => t.replace('ami-1', 'ami-2'),
    target: 'instance.app',
  },
  {
    text: "change the subnet's cidr to 10.0.2.0/24",
    edit: (t: string) => t.replace('10.0.1.0/24', '10.0.2.0/24'),
    target: 'instance.app',
  },
  {
    text: 'delete the three lines of instance.app',
    edit: (t: string) => t.slice(0, t.indexOf('  instance.app:')),
    target: 'instance.app',
  },
  { text: 'change nothing and plan again', edit: (t: string) => t, target: 'instance.app' },
];
const ACTION_LABEL: Record<Action, string> = {
  create: 'Create it',
  update: 'Update it in place',
  replace: 'Destroy it and create a new one (replace)',
  delete: 'Destroy it',
  'no-op': 'Nothing',
};

const planAfterEdit: QuestionTemplate = {
  id: 'plan-after-edit',
  parameterised: true,
  build(rng) {
    const e = rng.pick(EDITS);
    const base = parseConfig(BASE);
    const next = parseConfig(e.edit(BASE));
    if (!base.ok || !next.ok) throw new Error('plan-after-edit: the question’s file is invalid');
    const cloud = apply(base.config, createCloud(1)).cloud;
    const step = plan(next.config, cloud).steps.find((s) => s.address === e.target)!;
    const why: Record<Action, string> = {
      create: 'it does not exist yet.',
      update: 'the size can change on a running instance, so it is updated in place.',
      replace: step.changes.some((c) => c.property === 'image')
        ? 'the image cannot change on an existing instance, so it is destroyed and created again.'
        : "the subnet must be replaced (its cidr cannot change), so its id changes, and the instance's subnet_id forces a replacement too.",
      delete: 'it is no longer in the file, so the tool destroys it.',
      'no-op': 'the file and the real resources already match: a second plan is empty (idempotence).',
    };
    return {
      kind: 'single',
      id: 'plan-after-edit',
      prompt: `A network, a subnet in it and an instance in the subnet have been applied. You ${e.text}. What will the next plan do to instance.app?`,
      choices: (['no-op', 'create', 'update', 'replace', 'delete'] as Action[]).map((a) => ({
        id: a,
        label: ACTION_LABEL[a],
      })),
      answer: step.action,
      explanation: `${ACTION_LABEL[step.action]}: ${why[step.action]}`,
    };
  },
};

/** Added to the bank of the ECS lesson. */
export const ecsPracticeQuestions: QuestionTemplate[] = [fargateValid, taskStops];
/** Added to the bank of the Mesos lesson. */
export const mesosPracticeQuestions: QuestionTemplate[] = [drf];
/** Added to the bank of the automation lesson. */
export const automationPracticeQuestions: QuestionTemplate[] = [planAfterEdit];
