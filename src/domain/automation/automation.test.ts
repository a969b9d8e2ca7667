import { describe, expect, it } from 'vitest';
import { badInputs } from '../../../tests/support/bad-inputs';
import { apply, createCloud, drift, formatPlan, parseConfig, plan, planIsEmpty, UNKNOWN, type Config } from './index';

const BASE = `
resources:
  network.main:
    properties: { cidr: 10.0.0.0/16, name: main }
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
const cfg = (text: string): Config => {
  const r = parseConfig(text);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.config;
};
const actions = (text: string, cloud = createCloud(5)) =>
  plan(cfg(text), cloud).steps.map((s) => `${s.action} ${s.address}`);

describe('automation: plan and apply', () => {
  it('plans three creates in dependency order, ids known after apply', () => {
    const p = plan(cfg(BASE), createCloud(5));
    expect(p.steps.map((s) => `${s.action} ${s.address}`)).toEqual([
      'create network.main',
      'create subnet.web',
      'create instance.app',
    ]);
    expect(p.steps[1]!.after['network_id']).toBe(UNKNOWN);
    expect(formatPlan(p)).toMatch(/Plan: 3 to add, 0 to change, 0 to destroy\.$/);
  });

  it('applies, and a second plan is empty (idempotence)', () => {
    const { cloud, log } = apply(cfg(BASE), createCloud(5));
    expect(log).toHaveLength(3);
    expect(cloud.resources['subnet.web']!.properties['network_id']).toBe(cloud.resources['network.main']!.id);
    const again = plan(cfg(BASE), cloud);
    expect(planIsEmpty(again)).toBe(true);
    expect(formatPlan(again)).toBe('No changes. Your infrastructure matches the configuration.');
    expect(apply(cfg(BASE), cloud).cloud).toEqual(cloud);
  });

  it('updates in place, or replaces when the property forces it (and dependents follow)', () => {
    const { cloud } = apply(cfg(BASE), createCloud(5));
    expect(actions(BASE.replace('t3.small', 't3.medium'), cloud)).toEqual([
      'no-op network.main',
      'no-op subnet.web',
      'update instance.app',
    ]);
    const p = plan(cfg(BASE.replace('10.0.1.0/24', '10.0.2.0/24')), cloud);
    expect(p.steps.map((s) => `${s.action} ${s.address}`)).toEqual([
      'no-op network.main',
      'replace subnet.web',
      'replace instance.app',
    ]);
    expect(formatPlan(p)).toContain('~ cidr = "10.0.1.0/24" -> "10.0.2.0/24" # forces replacement');
    expect(p.summary).toEqual({ add: 2, change: 0, destroy: 2 });
  });

  it('deletes what left the file, dependents first', () => {
    const { cloud } = apply(cfg(BASE), createCloud(5));
    expect(actions('resources: {}', cloud)).toEqual([
      'delete instance.app',
      'delete subnet.web',
      'delete network.main',
    ]);
    expect(apply(cfg('resources: {}'), cloud).cloud.resources).toEqual({});
  });

  it('shows drift: a change made outside the tool is planned back, a deleted resource re-created', () => {
    const { cloud } = apply(cfg(BASE), createCloud(5));
    const d = drift(cloud, 'instance.app', { size: 'm5.large' });
    if (!d.ok) throw new Error('drift');
    const p = plan(cfg(BASE), d.cloud);
    expect(formatPlan(p)).toContain('~ size = "m5.large" -> "t3.small"');
    expect(planIsEmpty(plan(cfg(BASE), apply(cfg(BASE), d.cloud).cloud))).toBe(true);
    const gone = drift(cloud, 'instance.app', null);
    expect(gone.ok && actions(BASE, gone.cloud).at(-1)).toBe('create instance.app');
    expect(drift(cloud, 'bucket.x', {})).toEqual({
      ok: false,
      error: { path: 'bucket.x', message: 'No resource bucket.x exists in the cloud to change.' },
    });
  });
});

describe('automation: configuration errors name the resource', () => {
  it('finds a cycle', () => {
    const r = parseConfig(`
resources:
  subnet.a: { properties: { cidr: '\${subnet.b.cidr}' } }
  subnet.b: { depends_on: [subnet.a] }
`);
    expect(r).toEqual({
      ok: false,
      errors: [{ path: 'resources.subnet.a', message: 'Dependency cycle: subnet.a -> subnet.b -> subnet.a.' }],
    });
  });

  it('finds a missing reference, an unknown type and a bad address', () => {
    const r = parseConfig(`
resources:
  subnet.web: { properties: { network_id: '\${network.mian.id}' }, depends_on: [bucket.logs] }
  vm.x: {}
  Bad: {}
`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(
      expect.arrayContaining([
        {
          path: 'resources.subnet.web.depends_on[0]',
          message: 'Resource subnet.web refers to bucket.logs, which is not declared.',
        },
        {
          path: 'resources.subnet.web.properties',
          message: 'Resource subnet.web refers to network.mian, which is not declared.',
        },
        expect.objectContaining({ path: 'resources.vm.x', message: expect.stringMatching(/unknown type 'vm'/) }),
        expect.objectContaining({ path: 'resources.Bad' }),
      ]),
    );
  });

  it('refuses bad YAML with a line number and never throws on bad input', () => {
    const r = parseConfig('resources:\n  a.b: [\n');
    expect(!r.ok && r.errors[0]!.message).toMatch(/^YAML syntax error/);
    for (const bad of badInputs('yaml')) {
      const out = parseConfig(bad as string);
      if (!out.ok) for (const e of out.errors) expect(e.message.length).toBeGreaterThan(5);
    }
    expect(parseConfig(42 as unknown as string).ok).toBe(false);
  });
});
