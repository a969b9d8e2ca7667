import { describe, expect, it } from 'vitest';
import {
  fargateMemoryOptions,
  fargatePrice,
  isFargateSize,
  nearestFargateSizes,
  ec2Options,
  INSTANCE_TYPES,
} from './index';

const GiB = 1024;
const steps = (from: number, to: number, by: number) => {
  const out: number[] = [];
  for (let g = from; g <= to; g += by) out.push(g * GiB);
  return out;
};

describe('fargateMemoryOptions: the full table (ECS developer guide, read 2026-12-03)', () => {
  it.each([
    [256, [512, 1024, 2048]],
    [512, [1024, 2048, 3072, 4096]],
    [1024, [2048, 3072, 4096, 5120, 6144, 7168, 8192]],
    [2048, steps(4, 16, 1)],
    [4096, steps(8, 30, 1)],
    [8192, steps(16, 60, 4)],
    [16384, steps(32, 120, 8)],
  ])('cpu %i', (cpu, memory) => {
    expect(fargateMemoryOptions(cpu)).toEqual(memory);
  });
  it('has 13 values at 2 vCPU, 23 at 4 vCPU, 12 at 8 vCPU and 12 at 16 vCPU', () => {
    expect([2048, 4096, 8192, 16384].map((c) => fargateMemoryOptions(c).length)).toEqual([13, 23, 12, 12]);
  });
  it('returns [] for a CPU value Fargate does not offer, or garbage', () => {
    for (const bad of [0, 128, 300, 3072, 32768, -256, Number.NaN, Infinity, 256.5])
      expect(fargateMemoryOptions(bad)).toEqual([]);
  });
  it('hands out a copy: the table cannot be changed by a caller', () => {
    fargateMemoryOptions(256).push(99);
    expect(fargateMemoryOptions(256)).toEqual([512, 1024, 2048]);
  });
});

describe('nearestFargateSizes', () => {
  it('suggests valid pairs for 0.25 vCPU with 4 GB: 0.5 vCPU with 4 GB first', () => {
    const s = nearestFargateSizes(256, 4096);
    expect(s[0]).toEqual({ cpu: 512, memory: 4096 });
    expect(s.every((p) => isFargateSize(p.cpu, p.memory))).toBe(true);
  });
  it('never fails on garbage', () => {
    expect(nearestFargateSizes(Number.NaN, Number.NaN)).toHaveLength(3);
  });
});

describe('fargatePrice (illustrative US East prices)', () => {
  it('prices 0.25 vCPU / 0.5 GB exactly: $0.0123425 an hour, $9.01 a 730-hour month', () => {
    expect(fargatePrice(256, 512)).toEqual({ ok: true, hourly: 0.01, monthly: 9.01, hourlyExact: '0.0123425' });
  });
  it('reproduces the lesson: two tasks of 0.5 vCPU and 1 GB cost $36.04 a month', () => {
    expect(fargatePrice(512, 1024, 2)).toMatchObject({ ok: true, monthly: 36.04 });
  });
  it('refuses a pair Fargate does not offer, saying which', () => {
    expect(fargatePrice(256, 4096)).toEqual({
      ok: false,
      reason: '256 CPU units with 4096 MiB is not a Fargate task size',
    });
  });
});

describe('ec2Options', () => {
  it('limits awsvpc tasks by ENIs: an m5.large (3 ENIs) holds 2 small tasks, not 7', () => {
    const m5 = ec2Options(256, 512, 10, INSTANCE_TYPES).find((o) => o.instance === 'm5.large');
    expect(m5).toMatchObject({ tasksPerInstance: 2, instances: 5, limitedBy: 'eni', monthly: 350.4 });
  });
  it('lists the cheapest first', () => {
    const o = ec2Options(1024, 2048, 4, INSTANCE_TYPES);
    expect(o.map((x) => x.monthly)).toEqual([...o.map((x) => x.monthly)].sort((a, b) => a - b));
  });
});
