/**
 * Prose that cannot drift: numbers a domain module owns reach lesson text only through
 * <DomainValue of="…" /> (src/content-values.ts), never typed by hand.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allDomainValues, DOMAIN_VALUE_KEYS, domainValue, type DomainValueParams } from '../../src/content-values';
import {
  costWithStrategies,
  egressCost,
  formatGB,
  formatMoney,
  formatPrice,
  NOTES_RATE,
  NOTES_SCENARIOS,
  PROVIDER_PRESETS,
  yearlyCost,
} from '../../src/domain/egress/index';
import { FARGATE, fargateMonthlyCost, LAMBDA, lambdaMonthlyCost } from '../../src/domain/serverless/index';
import { instanceType, tasksPerEc2Instance } from '../../src/domain/ecs/index';

const LESSONS = 'content/lessons';
const files = readdirSync(LESSONS, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.mdx') && !/(^|\/)_/.test(f),
);

/** A line may keep a typed number that only looks like a domain value, with a reason: {/* domain-values: why *\/} */
const EXEMPT = /\{\/\*\s*domain-values:\s*\S[^*]*\*\/\}/;

/** The lesson's lines as a reader sees their numbers: code fences blanked, DomainValue tags removed. */
function proseLines(src: string): string[] {
  let inFence = false;
  return src.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return '';
    }
    if (inFence || EXEMPT.test(line)) return '';
    return line.replace(/<DomainValue\b[^>]*\/>/g, '');
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spell = (params: DomainValueParams) => {
  const parts = [
    params.id === undefined ? '' : ` id="${params.id}"`,
    params.tier === undefined ? '' : ` tier={${params.tier}}`,
    params.gb === undefined ? '' : ` gb={${params.gb}}`,
    params.part === undefined ? '' : ` part="${params.part}"`,
  ];
  return parts.join('');
};

/** Owned text -> the key and params that render it (the first, when two render the same text). */
function ownedValues(): Map<string, { key: string; params: DomainValueParams }> {
  const owned = new Map<string, { key: string; params: DomainValueParams }>();
  for (const { key, params, text } of allDomainValues()) {
    // Volumes ('10,000 GB') are inputs a lesson states to set up an example, not computed results.
    if (!/^[£$€¥]/.test(text)) continue;
    if (!owned.has(text)) owned.set(text, { key, params });
  }
  return owned;
}

/** How to write the value instead: a tag in a lesson, a call in code. */
function replacement(style: 'mdx' | 'code', key: string, params: DomainValueParams): string {
  if (style === 'mdx') return `<DomainValue of="${key}"${spell(params)} />`;
  return `domainValue('${key}'${Object.keys(params).length === 0 ? '' : `, ${JSON.stringify(params)}`})`;
}

/** Every place `src` types a value the domain owns, as 'file:line: types text; write replacement'. */
function typedDomainValues(file: string, src: string, style: 'mdx' | 'code' = 'mdx'): string[] {
  const owned = ownedValues();
  const found: string[] = [];
  proseLines(src).forEach((line, index) => {
    for (const [text, { key, params }] of owned) {
      // '$0.07' must not match inside '$0.075' or '$0.07' inside '$10.07'.
      if (new RegExp(`(?<![\\d.,])${escape(text)}(?![\\d])`).test(line)) {
        found.push(`${file}:${index + 1}: types ${text}; write ${replacement(style, key, params)}`);
      }
    }
  });
  return found;
}

describe('lessons take domain-owned numbers from the domain', () => {
  it.each(files)('%s types no price or total the domain owns', (f) => {
    const src = readFileSync(join(LESSONS, f), 'utf8');
    expect(typedDomainValues(f, src)).toEqual([]);
  });

  it('a lesson that types the notes’ rate or a worked total is caught, with file, line and key', () => {
    const src = [
      '---',
      "title: 'x'",
      '---',
      'A flat **£0.07 per GB**, so 10 TB cost £700.00.',
      '```',
      'code may show £700.00',
      '```',
      'Computed: <DomainValue of="egress.notes.monthly" id="columnar-export" />, and $0.075 is not a tier.',
      'Next GB: $0.085 per GB on the AWS list.',
    ].join('\n');
    expect(typedDomainValues('x.mdx', src)).toEqual([
      'x.mdx:4: types £0.07; write <DomainValue of="egress.notesRate" />',
      'x.mdx:4: types £700.00; write <DomainValue of="egress.notes.monthly" id="columnar-export" />',
      'x.mdx:9: types $0.085; write <DomainValue of="egress.tierPrice" id="aws-internet" tier={1} />',
    ]);
  });

  it('a line marked with a reason may keep a look-alike number', () => {
    const src = 'A CDN at $0.085 per GB. {/* domain-values: a CDN price, not a tier price */}';
    expect(typedDomainValues('x.mdx', src)).toEqual([]);
  });
});

const BANKS = 'src/quiz/banks';
const egressBanks = readdirSync(BANKS).filter((f) => /^egress.*\.ts$/.test(f) && !f.endsWith('.test.ts'));

/** A bank's code without its comments: what can reach a prompt or an explanation. */
const codeOnly = (src: string) =>
  src
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ''))
    .replace(/\/\/.*$/gm, '');

describe('egress quiz prompts state the domain’s constants, never a typed copy', () => {
  it('there are egress banks to check', () => {
    expect(egressBanks.length).toBeGreaterThanOrEqual(3);
  });

  it.each(egressBanks)('%s types no price or total the domain owns', (f) => {
    const src = codeOnly(readFileSync(join(BANKS, f), 'utf8'));
    expect(typedDomainValues(f, src, 'code')).toEqual([]);
  });
});

describe('every DomainValue key renders what the domain formats', () => {
  it('the notes’ rate is the domain’s price, in the domain’s format', () => {
    const tier = NOTES_RATE.tiers[0]!;
    expect(domainValue('egress.notesRate')).toBe(formatPrice(tier.pricePerGB, NOTES_RATE.currency));
    expect(domainValue('egress.notesRate')).toBe('£0.07');
  });

  it.each(NOTES_SCENARIOS.map((s) => [s.id, s] as const))('worked example %s matches the figures the notes quote', (id, s) => {
    expect(domainValue('egress.notes.gb', { id })).toBe(formatGB(s.quoted.gbPerMonth));
    expect(domainValue('egress.notes.monthly', { id })).toBe(formatMoney(s.quoted.monthly, 'GBP'));
    expect(domainValue('egress.notes.yearly', { id })).toBe(formatMoney(s.quoted.yearly ?? s.quoted.monthly * 12, 'GBP'));
    if (s.quoted.daily !== undefined) {
      expect(domainValue('egress.notes.daily', { id })).toBe(formatMoney(s.quoted.daily, 'GBP'));
    }
  });

  it('the six worked totals of the notes read as the lesson shows them', () => {
    const totals = ['columnar-export', 'relational-backups', 'blob-streaming'].flatMap((id) => [
      domainValue('egress.notes.monthly', { id }),
      domainValue('egress.notes.yearly', { id }),
    ]);
    expect(totals).toEqual(['£700.00', '£8,400.00', '£105.00', '£1,260.00', '£350.00', '£4,200.00']);
  });

  it.each(PROVIDER_PRESETS.map((p) => [p.id, p] as const))('every tier price of %s', (id, preset) => {
    preset.tiers.forEach((tier, index) => {
      expect(domainValue('egress.tierPrice', { id, tier: index })).toBe(formatPrice(tier.pricePerGB, preset.currency));
    });
  });

  it('a bill on a provider preset is the domain’s tiered bill, and twelve of them a year', () => {
    for (const preset of PROVIDER_PRESETS) {
      const cost = egressCost(20_000, preset);
      expect(domainValue('egress.presetMonthly', { id: preset.id, gb: 20_000 })).toBe(formatMoney(cost.total, 'USD'));
      expect(domainValue('egress.presetYearly', { id: preset.id, gb: 20_000 })).toBe(
        formatMoney(yearlyCost(cost), 'USD'),
      );
    }
    expect(domainValue('egress.presetMonthly', { id: 'aws-internet', gb: 20_000 })).toBe('$1,741.50');
    expect(() => domainValue('egress.presetMonthly', { id: 'aws-internet' })).toThrow(/gb .* is required/);
    expect(() => domainValue('egress.presetMonthly', { id: 'aws-internet', gb: -1 })).toThrow(/gbPerMonth/);
  });

  it('a strategy example is the domain’s bill with strategies, and a bad part lists the parts', () => {
    const cost = costWithStrategies(10_000, NOTES_RATE, { compressionRatio: 0.4 });
    expect(domainValue('egress.strategy', { id: 'compress-columnar', part: 'total' })).toBe(formatMoney(cost.total, 'GBP'));
    expect(domainValue('egress.strategy', { id: 'compress-columnar', part: 'total' })).toBe('£280.00');
    expect(domainValue('egress.strategy', { id: 'cdn-above-tier', part: 'extra' })).toBe('$1,498.00');
    expect(() => domainValue('egress.strategy', { id: 'cdn-blob', part: 'sum' })).toThrow(/part must be one of total, saving/);
    expect(() => domainValue('egress.strategy', { id: 'cdn', part: 'total' })).toThrow(/compress-columnar, cdn-blob/);
  });

  it('Fargate prices and the two-small-tasks example come from the serverless domain', () => {
    expect(domainValue('serverless.fargatePrice', { id: 'vcpu' })).toBe(formatPrice(FARGATE.perVcpuHour, 'USD'));
    expect(domainValue('serverless.fargatePrice', { id: 'gb' })).toBe(formatPrice(FARGATE.perGBHour, 'USD'));
    const cost = fargateMonthlyCost({ tasks: 2, vcpu: 0.5, memoryGB: 1 });
    expect(domainValue('serverless.fargate', { id: 'two-small-tasks', part: 'total' })).toBe(formatMoney(cost.total, 'USD'));
    expect(domainValue('serverless.fargate', { id: 'two-small-tasks', part: 'perTaskHour' })).toBe('$0.024685');
    expect(() => domainValue('serverless.fargatePrice', { id: 'cpu' })).toThrow(/vcpu, gb/);
  });

  it('the Lambda examples are the serverless domain’s bills', () => {
    const busy = lambdaMonthlyCost({ requests: 30_000_000, durationMs: 200, memoryMB: 1_024 });
    expect(domainValue('serverless.lambda', { id: 'busy-api', part: 'total' })).toBe(formatMoney(busy.total, 'USD'));
    expect(domainValue('serverless.lambda', { id: 'hr-reporting', part: 'total' })).toBe('$0.40');
    expect(domainValue('serverless.lambdaRequestPrice')).toBe(formatPrice(LAMBDA.perMillionRequests, 'USD'));
    expect(() => domainValue('serverless.lambda', { id: 'busy-api', part: 'memory' })).toThrow(/compute, requests, total/);
  });

  it('the ECS tasks-per-instance examples are the ECS domain’s ceilings', () => {
    const task = { cpuUnits: 256, memoryMiB: 512, networkMode: 'awsvpc' } as const;
    const fit = tasksPerEc2Instance('m5.large', task);
    expect(['tasks', 'cpu', 'memory', 'eni'].map((part) => domainValue('ecs.fit', { id: 'm5-large-awsvpc', part }))).toEqual(
      [fit.tasks, fit.perResource.cpu, fit.perResource.memory, fit.perResource.eni].map(String),
    );
    // What the lesson tells the learner: ENIs bind at 2 before CPU (8) and memory (15).
    expect(domainValue('ecs.fit', { id: 'm5-large-awsvpc', part: 'tasks' })).toBe('2');
    expect(domainValue('ecs.fit', { id: 'm5-large-awsvpc-trunking', part: 'eni' })).toBe(
      String(tasksPerEc2Instance('m5.large', task, { eniTrunking: true }).perResource.eni),
    );
    expect(domainValue('ecs.fit', { id: 'm5-large-host-80', part: 'tasks' })).toBe('1');
    expect(domainValue('ecs.instance', { id: 'm5.large', part: 'maxEnis' })).toBe(String(instanceType('m5.large')!.maxEnis));
    expect(domainValue('ecs.instance', { id: 'm5.large', part: 'registeredMemoryMiB' })).toBe('7,700');
    expect(() => domainValue('ecs.fit', { id: 'm5-large-host-80', part: 'eni' })).toThrow(/eni does not limit/);
    expect(() => domainValue('ecs.fit', { id: 'm5', part: 'tasks' })).toThrow(/m5-large-awsvpc, m5-large-awsvpc-trunking/);
    expect(() => domainValue('ecs.instance', { id: 'm5.large', part: 'gpus' })).toThrow(/vcpu, registeredMemoryMiB, maxEnis/);
  });

  it('every key renders at least one value, none blank or NaN', () => {
    const values = allDomainValues();
    expect(new Set(values.map((v) => v.key))).toEqual(new Set(DOMAIN_VALUE_KEYS));
    for (const v of values) expect(v.text).toMatch(/^[£$€¥]?\d[\d,]*(\.\d+)?( GB)?$/);
  });

  it('an unknown key stops the build, naming the key and listing the known ones', () => {
    expect(() => domainValue('egress.notesRat')).toThrow(
      /unknown key "egress\.notesRat".*Known keys: egress\.notesRate, egress\.notes\.gb/,
    );
  });

  it('a bad id or tier stops the build with the valid choices', () => {
    expect(() => domainValue('egress.notes.monthly', { id: 'columnar' })).toThrow(/columnar-export/);
    expect(() => domainValue('egress.tierPrice', { id: 'aws-internet', tier: 4 })).toThrow(/0 to 3 for aws-internet/);
    expect(() => domainValue('egress.tierPrice', { id: 'oracle', tier: 0 })).toThrow(/aws-internet, azure-internet/);
    expect(() => domainValue('egress.notes.daily', { id: 'blob-streaming' })).toThrow(/request-driven/);
  });
});
