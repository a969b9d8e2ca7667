/**
 * Numbers that lesson prose quotes but a domain module owns, looked up by key at build time by
 * src/components/DomainValue.astro. Every entry asks the domain and formats with the domain's
 * own formatter, so a lesson cannot drift from the widgets, quizzes and tests that use the same
 * module. tests/content/domain-values.test.ts fails when a lesson types one of these values.
 */
import {
  AWS_INTERNET_EGRESS,
  costWithStrategies,
  egressCost,
  flatRate,
  formatBilledGB,
  formatGB,
  formatMoney,
  formatPrice,
  NOTES_RATE,
  NOTES_SCENARIOS,
  notesScenario,
  PROVIDER_PRESETS,
  requestTrafficGB,
  scenarioGB,
  toBilledUnits,
  yearlyCost,
  type BilledUnitId,
  type NotesScenarioId,
  type PriceSchedule,
  type SchedulePreset,
  type StrategyCost,
  type Strategies,
} from './domain/egress/index';
import {
  FARGATE,
  fargateMonthlyCost,
  LAMBDA,
  lambdaMonthlyCost,
  type FargateUsage,
  type LambdaUsage,
} from './domain/serverless/index';
import {
  EC2_TASK_LIMITS,
  instanceType,
  INSTANCE_TYPES,
  tasksPerEc2Instance,
  type Ec2FitOptions,
  type Ec2TaskShape,
} from './domain/ecs/index';
import { formatCount } from './domain/shared/format';

/** What a key may need besides its name: a worked example or preset id, a tier index. */
export interface DomainValueParams {
  readonly id?: string;
  readonly tier?: number;
  readonly gb?: number;
  readonly part?: string;
}

/** Parts of a strategy example a lesson quotes; 'extra' is what a strategy costs beyond its saving. */
const STRATEGY_PARTS = {
  total: (c: StrategyCost) => c.total,
  saving: (c: StrategyCost) => c.saving,
  yearlySaving: (c: StrategyCost) => yearlyCost({ total: c.saving, currency: c.currency }),
  extra: (c: StrategyCost) => -c.saving,
  yearlyExtra: (c: StrategyCost) => yearlyCost({ total: -c.saving, currency: c.currency }),
  cdn: (c: StrategyCost) => c.cdn.total,
  egress: (c: StrategyCost) => c.egress.total,
  originFall: (c: StrategyCost) => c.withoutStrategies - c.egress.total,
} as const;
type StrategyPart = keyof typeof STRATEGY_PARTS;

/** The Fargate examples lessons price (USD, the domain's illustrative FARGATE prices). */
const FARGATE_EXAMPLES: Readonly<Record<string, FargateUsage>> = {
  'two-small-tasks': { tasks: 2, vcpu: 0.5, memoryGB: 1 },
};

/** The Lambda examples lessons price, with the bill lines each quotes. */
const LAMBDA_EXAMPLES: Readonly<
  Record<string, { usage: LambdaUsage; parts: readonly ('compute' | 'requests' | 'total')[] }>
> = {
  'hr-reporting': { usage: { requests: 3_000_000, durationMs: 120, memoryMB: 512 }, parts: ['requests', 'total'] },
  'busy-api': {
    usage: { requests: 30_000_000, durationMs: 200, memoryMB: 1_024 },
    parts: ['compute', 'requests', 'total'],
  },
};

/** The strategy examples of the lesson "Cutting the egress bill", as inputs to costWithStrategies. */
const STRATEGY_EXAMPLES: Readonly<
  Record<string, { gb: number; schedule: PriceSchedule; strategies: Strategies; parts: readonly StrategyPart[] }>
> = {
  'compress-columnar': {
    gb: 10_000,
    schedule: NOTES_RATE,
    strategies: { compressionRatio: 0.4 },
    parts: ['total', 'saving', 'yearlySaving'],
  },
  'cdn-blob': {
    gb: 5_000,
    schedule: NOTES_RATE,
    strategies: { cdnOffload: 0.8, cdnSchedule: flatRate(0.04, 'GBP') },
    parts: ['total', 'saving', 'cdn', 'egress'],
  },
  'combined-columnar': {
    gb: 10_000,
    schedule: NOTES_RATE,
    strategies: { compressionRatio: 0.4, cacheHitRatio: 0.5, cdnOffload: 0.5, cdnSchedule: flatRate(0.04, 'GBP') },
    parts: ['total', 'cdn', 'egress'],
  },
  'cdn-free-allowance': {
    gb: 80,
    schedule: AWS_INTERNET_EGRESS,
    strategies: { cdnOffload: 1, cdnSchedule: flatRate(0.085, 'USD') },
    parts: ['extra', 'yearlyExtra'],
  },
  'cdn-above-tier': {
    gb: 300_000,
    schedule: AWS_INTERNET_EGRESS,
    strategies: { cdnOffload: 0.5, cdnSchedule: flatRate(0.06, 'USD') },
    parts: ['total', 'extra', 'cdn', 'egress', 'originFall'],
  },
};

/** The monthly volumes the lessons price on the provider presets, so the drift test knows their bills. */
const WORKED_PRESET_VOLUMES: readonly { id: SchedulePreset['id']; gb: number }[] = [
  { id: 'aws-internet', gb: 20_000 },
  { id: 'azure-internet', gb: 20_000 },
  { id: 'gcp-premium-internet', gb: 20_000 },
  { id: 'gcp-premium-internet', gb: 2_000 },
  { id: 'aws-internet', gb: 300_000 },
];

/** The worked examples of the lesson "Amazon ECS and its cluster options": one instance, one task shape. */
const ECS_FIT_EXAMPLES: Readonly<
  Record<
    string,
    {
      type: string;
      task: Ec2TaskShape;
      options?: Ec2FitOptions;
      parts: readonly ('tasks' | 'cpu' | 'memory' | 'eni' | 'port')[];
    }
  >
> = {
  'm5-large-awsvpc': {
    type: 'm5.large',
    task: { cpuUnits: 256, memoryMiB: 512, networkMode: 'awsvpc' },
    parts: ['tasks', 'cpu', 'memory', 'eni'],
  },
  'm5-large-awsvpc-trunking': {
    type: 'm5.large',
    task: { cpuUnits: 256, memoryMiB: 512, networkMode: 'awsvpc' },
    options: { eniTrunking: true },
    parts: ['tasks', 'eni'],
  },
  'm5-large-host-80': {
    type: 'm5.large',
    task: { cpuUnits: 256, memoryMiB: 512, networkMode: 'host', hostPorts: [80] },
    parts: ['tasks', 'port'],
  },
  'm5-large-bridge-dynamic': {
    type: 'm5.large',
    task: { cpuUnits: 256, memoryMiB: 512, networkMode: 'bridge', hostPorts: [0] },
    parts: ['tasks'],
  },
};

/** Facts of an instance type a lesson quotes. */
const INSTANCE_PARTS = {
  vcpu: (t: (typeof INSTANCE_TYPES)[number]) => t.vcpu,
  registeredMemoryMiB: (t: (typeof INSTANCE_TYPES)[number]) => t.registeredMemoryMiB,
  maxEnis: (t: (typeof INSTANCE_TYPES)[number]) => t.maxEnis,
} as const;

interface Entry {
  /** What the value is, for the error message and the README. */
  readonly describe: string;
  /** Every parameter set the key accepts, so tests can list all owned values. */
  readonly instances: () => readonly DomainValueParams[];
  readonly render: (params: DomainValueParams) => string;
}

function scenarioOf(params: DomainValueParams) {
  return notesScenario((params.id ?? '') as NotesScenarioId);
}

function monthlyOf(params: DomainValueParams) {
  const s = scenarioOf(params);
  return egressCost(scenarioGB(s.scenario), s.schedule);
}

function presetOf(params: DomainValueParams): SchedulePreset {
  const found = PROVIDER_PRESETS.find((p) => p.id === params.id);
  if (found === undefined) {
    throw new RangeError(`id must be one of ${PROVIDER_PRESETS.map((p) => p.id).join(', ')}; got ${String(params.id)}`);
  }
  return found;
}

function presetBillOf(params: DomainValueParams) {
  const preset = presetOf(params);
  if (params.gb === undefined) throw new RangeError("gb (the month's volume in GB) is required");
  return egressCost(params.gb, preset);
}

const scenarioIds = () => NOTES_SCENARIOS.map((s) => ({ id: s.id }));

/** The decimal volumes lesson 3 turns into a provider's billed unit (id = billed unit, gb = decimal GB). */
const BILLED_VOLUMES: readonly { id: BilledUnitId; gb: number }[] = [{ id: 'binary-GB', gb: 10_000 }];

const REGISTRY = {
  'egress.notesRate': {
    describe: "the notes' flat egress price per GB ('£0.07')",
    instances: () => [{}],
    render: () => formatPrice(NOTES_RATE.tiers[0]!.pricePerGB, NOTES_RATE.currency),
  },
  'egress.notes.gb': {
    describe: 'the monthly volume of a worked example (id = a NOTES_SCENARIOS id)',
    instances: scenarioIds,
    render: (params) => formatGB(scenarioGB(scenarioOf(params).scenario)),
  },
  'egress.notes.monthly': {
    describe: 'the monthly bill of a worked example (id = a NOTES_SCENARIOS id)',
    instances: scenarioIds,
    render: (params) => {
      const cost = monthlyOf(params);
      return formatMoney(cost.total, cost.currency);
    },
  },
  'egress.notes.yearly': {
    describe: 'the yearly bill of a worked example (id = a NOTES_SCENARIOS id)',
    instances: scenarioIds,
    render: (params) => {
      const cost = monthlyOf(params);
      return formatMoney(yearlyCost(cost), cost.currency);
    },
  },
  'egress.notes.daily': {
    describe: 'the daily bill of a request-driven worked example (id = key-value-requests)',
    instances: () => NOTES_SCENARIOS.filter((s) => s.scenario.kind === 'requests').map((s) => ({ id: s.id })),
    render: (params) => {
      const s = scenarioOf(params);
      if (s.scenario.kind !== 'requests') {
        throw new RangeError(`egress.notes.daily needs a request-driven example; ${s.id} is ${s.scenario.kind}`);
      }
      const cost = egressCost(requestTrafficGB(s.scenario.requestsPerDay, s.scenario.kbPerRequest, 1), s.schedule);
      return formatMoney(cost.total, cost.currency);
    },
  },
  'egress.billedVolume': {
    describe:
      'gb decimal GB in a billed unit (id = binary-GB | GiB | decimal-GB | GB-unstated), e.g. 10,000 GB -> 9,313.226 GB',
    instances: () => BILLED_VOLUMES,
    render: (params) => {
      if (params.gb === undefined) throw new RangeError('gb (a volume in decimal GB) is required');
      const unit = (params.id ?? '') as BilledUnitId;
      return formatBilledGB(toBilledUnits(params.gb, 'GB', unit), unit);
    },
  },
  'egress.tierPrice': {
    describe: 'the price per GB of one tier of a provider preset (id = preset id, tier = 0-based index)',
    instances: () => PROVIDER_PRESETS.flatMap((p) => p.tiers.map((_, tier) => ({ id: p.id, tier }))),
    render: (params) => {
      const preset = presetOf(params);
      const tier = preset.tiers[params.tier ?? -1];
      if (tier === undefined) {
        throw new RangeError(
          `tier must be a whole number from 0 to ${preset.tiers.length - 1} for ${preset.id}; got ${String(params.tier)}`,
        );
      }
      return formatPrice(tier.pricePerGB, preset.currency);
    },
  },
  'egress.presetMonthly': {
    describe: 'the monthly bill of gb GB on a provider preset (id = preset id, gb = volume in GB)',
    instances: () => WORKED_PRESET_VOLUMES,
    render: (params) => {
      const cost = presetBillOf(params);
      return formatMoney(cost.total, cost.currency);
    },
  },
  'egress.presetYearly': {
    describe: 'twelve monthly bills of gb GB on a provider preset (id = preset id, gb = volume in GB)',
    instances: () => WORKED_PRESET_VOLUMES,
    render: (params) => {
      const cost = presetBillOf(params);
      return formatMoney(yearlyCost(cost), cost.currency);
    },
  },
  'egress.strategy': {
    describe: `a figure of a strategy example (id = ${Object.keys(STRATEGY_EXAMPLES).join(' | ')}; part = ${Object.keys(STRATEGY_PARTS).join(' | ')})`,
    instances: () =>
      Object.entries(STRATEGY_EXAMPLES).flatMap(([id, example]) => example.parts.map((part) => ({ id, part }))),
    render: (params) => {
      const example = STRATEGY_EXAMPLES[params.id ?? ''];
      if (example === undefined) {
        throw new RangeError(
          `id must be one of ${Object.keys(STRATEGY_EXAMPLES).join(', ')}; got ${String(params.id)}`,
        );
      }
      const part = params.part ?? '';
      if (!Object.hasOwn(STRATEGY_PARTS, part)) {
        throw new RangeError(`part must be one of ${Object.keys(STRATEGY_PARTS).join(', ')}; got ${part}`);
      }
      const cost = costWithStrategies(example.gb, example.schedule, example.strategies);
      return formatMoney(STRATEGY_PARTS[part as StrategyPart](cost), cost.currency);
    },
  },
  'serverless.fargatePrice': {
    describe: "Fargate's illustrative price per vCPU-hour (id = vcpu) or per GB-hour (id = gb)",
    instances: () => [{ id: 'vcpu' }, { id: 'gb' }],
    render: (params) => {
      if (params.id === 'vcpu') return formatPrice(FARGATE.perVcpuHour, 'USD');
      if (params.id === 'gb') return formatPrice(FARGATE.perGBHour, 'USD');
      throw new RangeError(`id must be one of vcpu, gb; got ${String(params.id)}`);
    },
  },
  'serverless.fargate': {
    describe: `a Fargate example's cost (id = ${Object.keys(FARGATE_EXAMPLES).join(' | ')}; part = perTaskHour | total)`,
    instances: () =>
      Object.keys(FARGATE_EXAMPLES).flatMap((id) => [
        { id, part: 'perTaskHour' },
        { id, part: 'total' },
      ]),
    render: (params) => {
      const usage = FARGATE_EXAMPLES[params.id ?? ''];
      if (usage === undefined) {
        throw new RangeError(`id must be one of ${Object.keys(FARGATE_EXAMPLES).join(', ')}; got ${String(params.id)}`);
      }
      const cost = fargateMonthlyCost(usage);
      if (params.part === 'perTaskHour') return formatPrice(cost.perTaskHour, 'USD');
      if (params.part === 'total') return formatMoney(cost.total, 'USD');
      throw new RangeError(`part must be one of perTaskHour, total; got ${String(params.part)}`);
    },
  },
  'serverless.lambdaRequestPrice': {
    describe: "Lambda's illustrative price per million requests",
    instances: () => [{}],
    render: () => formatPrice(LAMBDA.perMillionRequests, 'USD'),
  },
  'serverless.lambda': {
    describe: `a Lambda example's bill line (id = ${Object.keys(LAMBDA_EXAMPLES).join(' | ')}; part = compute | requests | total)`,
    instances: () =>
      Object.entries(LAMBDA_EXAMPLES).flatMap(([id, example]) => example.parts.map((part) => ({ id, part }))),
    render: (params) => {
      const example = LAMBDA_EXAMPLES[params.id ?? ''];
      if (example === undefined) {
        throw new RangeError(`id must be one of ${Object.keys(LAMBDA_EXAMPLES).join(', ')}; got ${String(params.id)}`);
      }
      const cost = lambdaMonthlyCost(example.usage);
      const part = params.part;
      if (part !== 'compute' && part !== 'requests' && part !== 'total') {
        throw new RangeError(`part must be one of compute, requests, total; got ${String(part)}`);
      }
      return formatMoney(cost[part], 'USD');
    },
  },
  'ecs.fit': {
    describe: `a ceiling of a tasks-per-instance example (id = ${Object.keys(ECS_FIT_EXAMPLES).join(' | ')}; part = tasks | cpu | memory | eni | port)`,
    instances: () =>
      Object.entries(ECS_FIT_EXAMPLES).flatMap(([id, example]) => example.parts.map((part) => ({ id, part }))),
    render: (params) => {
      const example = ECS_FIT_EXAMPLES[params.id ?? ''];
      if (example === undefined) {
        throw new RangeError(`id must be one of ${Object.keys(ECS_FIT_EXAMPLES).join(', ')}; got ${String(params.id)}`);
      }
      const fit = tasksPerEc2Instance(example.type, example.task, example.options);
      const part = params.part ?? '';
      if (part === 'tasks') return formatCount(fit.tasks);
      if (!(EC2_TASK_LIMITS as readonly string[]).includes(part)) {
        throw new RangeError(`part must be one of tasks, ${EC2_TASK_LIMITS.join(', ')}; got ${part}`);
      }
      const ceiling = fit.perResource[part as (typeof EC2_TASK_LIMITS)[number]];
      if (ceiling === null) throw new RangeError(`${part} does not limit ${params.id ?? ''}`);
      return formatCount(ceiling);
    },
  },
  'ecs.instance': {
    describe: `a fact of an EC2 instance type (id = an INSTANCE_TYPES name; part = ${Object.keys(INSTANCE_PARTS).join(' | ')})`,
    instances: () => [
      { id: 'm5.large', part: 'vcpu' },
      { id: 'm5.large', part: 'registeredMemoryMiB' },
      { id: 'm5.large', part: 'maxEnis' },
    ],
    render: (params) => {
      const type = instanceType(params.id ?? '');
      if (type === undefined) {
        throw new RangeError(
          `id must be one of ${INSTANCE_TYPES.map((t) => t.name).join(', ')}; got ${String(params.id)}`,
        );
      }
      const part = params.part ?? '';
      if (!Object.hasOwn(INSTANCE_PARTS, part)) {
        throw new RangeError(`part must be one of ${Object.keys(INSTANCE_PARTS).join(', ')}; got ${part}`);
      }
      return formatCount(INSTANCE_PARTS[part as keyof typeof INSTANCE_PARTS](type));
    },
  },
} as const satisfies Record<string, Entry>;

/** The keys DomainValue accepts. */
export type DomainValueKey = keyof typeof REGISTRY;

/** Every key, in registry order. */
export const DOMAIN_VALUE_KEYS = Object.freeze(Object.keys(REGISTRY) as DomainValueKey[]);

/** True when `key` is a registry key. */
export function isDomainValueKey(key: unknown): key is DomainValueKey {
  return typeof key === 'string' && Object.hasOwn(REGISTRY, key);
}

/**
 * The text of `key` as the domain computes and formats it. Throws an Error naming the key and
 * listing the known ones for an unknown key, and the domain's RangeError (listing the valid ids)
 * for a bad id or tier, so the build stops at the lesson that asked.
 */
export function domainValue(key: string, params: DomainValueParams = {}): string {
  if (!isDomainValueKey(key)) {
    throw new Error(`DomainValue: unknown key "${key}". Known keys: ${DOMAIN_VALUE_KEYS.join(', ')}.`);
  }
  try {
    return REGISTRY[key].render(params);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`DomainValue "${key}" (${REGISTRY[key].describe}): ${message}`, { cause: error });
  }
}

/** What `key` is, for error messages and documentation. */
export function describeDomainValue(key: DomainValueKey): string {
  return REGISTRY[key].describe;
}

/** Every value the registry can render, with the key and params that render it. */
export function allDomainValues(): { key: DomainValueKey; params: DomainValueParams; text: string }[] {
  return DOMAIN_VALUE_KEYS.flatMap((key) =>
    REGISTRY[key].instances().map((params) => ({ key, params, text: domainValue(key, params) })),
  );
}
