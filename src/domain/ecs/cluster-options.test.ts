import { describe, expect, it } from 'vitest';
import { replay } from '../shared/simulation';
import { compareCosts, createEcsState, ecsStep, fargatePrice, recommendCapacity, type EcsInput } from './index';

describe('cluster options: Fargate, EC2, external (ECS Anywhere)', () => {
  it('recommends the launch type a learner should pick, with the reason', () => {
    expect(recommendCapacity({ onPremises: true }).launchType).toBe('EXTERNAL');
    expect(recommendCapacity({ gpu: true }).launchType).toBe('EC2');
    expect(recommendCapacity({ gpu: true, noServers: true }).reason).toMatch(/no GPUs/);
    expect(recommendCapacity({ hostControl: true }).launchType).toBe('EC2');
    expect(recommendCapacity({ noServers: true }).launchType).toBe('FARGATE');
    expect(recommendCapacity({}).launchType).toBe('FARGATE');
  });

  it('runs EXTERNAL tasks only on external instances, and EC2 tasks only on EC2 instances', () => {
    const def = {
      family: 'edge',
      requiresCompatibilities: ['EXTERNAL'],
      containerDefinitions: [{ name: 'edge', image: 'edge:1', cpu: 256, memory: 256 }],
    };
    const inputs: EcsInput[] = [
      { type: 'create-cluster', name: 'hybrid' },
      { type: 'add-instance', cluster: 'hybrid', instanceType: 'm5.large' },
      { type: 'register-task-definition', definition: def },
      {
        type: 'create-service',
        cluster: 'hybrid',
        name: 'edge',
        taskDefinition: 'edge',
        desiredCount: 1,
        launchType: 'EXTERNAL',
      },
    ];
    const a = replay(ecsStep, createEcsState(3), inputs);
    expect(a.state.tasks).toHaveLength(0); // only an EC2 instance so far
    const b = replay(ecsStep, a.state, [
      { type: 'add-instance', cluster: 'hybrid', instanceType: 't3.medium', external: true },
    ]);
    const ext = b.state.clusters['hybrid']!.instances.find((i) => i.external)!;
    expect(b.state.tasks.map((t) => t.instanceId)).toEqual([ext.id]);
  });
});

describe('compareCosts (illustrative prices from src/domain/serverless)', () => {
  it('prices Fargate from the serverless module and finds the cheapest EC2 type', () => {
    const c = compareCosts(256, 512, 10);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.fargateMonthly).toBe((fargatePrice(256, 512, 10) as { monthly: number }).monthly);
    expect(c.ec2).not.toBeNull();
    expect(c.cheaper).toBe(c.fargateMonthly < c.ec2!.monthly ? 'FARGATE' : 'EC2');
  });

  it('refuses a size Fargate does not offer, saying which, and never throws on garbage', () => {
    expect(compareCosts(256, 4096, 1)).toEqual({
      ok: false,
      reason: '256 CPU units with 4096 MiB is not a Fargate task size',
    });
    for (const bad of [NaN, -1, Infinity, 1.5]) expect(compareCosts(bad, bad, bad).ok).toBe(false);
    expect(compareCosts(256, 512, -3).ok).toBe(false);
  });
});
