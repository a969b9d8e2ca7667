import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay } from '../shared/simulation';
import { catalogueImage } from './images';
import { createEngine, dockerStep, type EngineInput } from './engine';
import { parseReference } from './reference';
import type { Reference } from './reference';

const nginx = catalogueImage(parseReference('nginx') as Reference);
const hello = catalogueImage(parseReference('hello-world') as Reference);

describe('dockerStep', () => {
  it('is deterministic: the same seed and inputs give the same ids and names', () => {
    if (!nginx) throw new Error('nginx missing from the catalogue');
    const inputs: EngineInput[] = [
      { kind: 'add-image', image: nginx },
      { kind: 'create', spec: { image: 'nginx' }, start: true, nowMs: 1000 },
      { kind: 'create', spec: { image: 'nginx' }, start: true, nowMs: 2000 },
    ];
    const a = replay(dockerStep, createEngine(7), inputs).state;
    const b = replay(dockerStep, createEngine(7), inputs).state;
    const c = replay(dockerStep, createEngine(8), inputs).state;
    expect(a).toEqual(b);
    expect(a.containers.map((x) => x.id)).not.toEqual(c.containers.map((x) => x.id));
    expect(a.containers[0]?.id).toMatch(/^[a-f0-9]{64}$/);
    expect(a.containers[0]?.name).toMatch(/^[a-z]+_[a-z]+\d*$/);
  });

  it('never mutates the state it is given', () => {
    if (!nginx) throw new Error('nginx missing');
    const s0 = dockerStep(createEngine(1), { kind: 'add-image', image: nginx }).state;
    const frozen = JSON.stringify(s0);
    dockerStep(s0, { kind: 'create', spec: { image: 'nginx', name: 'web' }, start: true, nowMs: 5 });
    expect(JSON.stringify(s0)).toBe(frozen);
  });

  it('keeps names unique and host ports held by one running container, whatever the learner does', () => {
    if (!nginx || !hello) throw new Error('catalogue images missing');
    const input = fc.oneof(
      fc.record({
        kind: fc.constant('create' as const),
        name: fc.option(fc.constantFrom('web', 'api', 'db'), { nil: undefined }),
        port: fc.option(fc.constantFrom(8080, 8081), { nil: undefined }),
        image: fc.constantFrom('nginx', 'hello-world', 'ngnix'),
      }),
      fc.record({
        kind: fc.constantFrom('start' as const, 'stop' as const, 'rm' as const),
        target: fc.constantFrom('web', 'api', 'db'),
        force: fc.boolean(),
      }),
    );
    fc.assert(
      fc.property(fc.array(input, { maxLength: 30 }), (ops) => {
        let state = dockerStep(dockerStep(createEngine(3), { kind: 'add-image', image: nginx }).state, {
          kind: 'add-image',
          image: hello,
        }).state;
        let now = 0;
        for (const op of ops) {
          now += 1000;
          const step: EngineInput =
            op.kind === 'create'
              ? {
                  kind: 'create',
                  spec: {
                    image: op.image,
                    ...(op.name ? { name: op.name } : {}),
                    ports: op.port ? [{ hostIp: '0.0.0.0', hostPort: op.port, containerPort: 80, proto: 'tcp' }] : [],
                  },
                  start: true,
                  nowMs: now,
                }
              : op.kind === 'rm'
                ? { kind: 'rm', target: op.target, force: op.force, nowMs: now }
                : { kind: op.kind, target: op.target, nowMs: now };
          state = dockerStep(state, step).state;
          const names = state.containers.map((c) => c.name);
          expect(new Set(names).size).toBe(names.length);
          const held = state.containers
            .filter((c) => c.status === 'running')
            .flatMap((c) => c.ports.map((p) => p.hostPort));
          expect(new Set(held).size).toBe(held.length);
        }
      }),
      { numRuns: 150 },
    );
  });
});
