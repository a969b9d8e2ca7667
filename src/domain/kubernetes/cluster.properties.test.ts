import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCluster, deploymentStatus, settle, type ClusterState, type DeploymentState } from './cluster';

const runs = () => 'runs' as const;
const deployment = (name: string, replicas: number, cpuMilli: number, image = 'nginx'): DeploymentState => ({
  name,
  replicas,
  selector: { app: name },
  template: { labels: { app: name }, containers: [{ name, image, ports: [80], cpuMilli, memMi: 64 }] },
  maxSurge: '25%',
  maxUnavailable: '25%',
  createdMs: 0,
  labels: {},
});
const withDeployments = (c: ClusterState, ds: DeploymentState[]): ClusterState => ({ ...c, deployments: ds });

describe('cluster properties (fast-check)', () => {
  it('the scheduler never puts more requested CPU on a node than it has', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ replicas: fc.integer({ min: 0, max: 12 }), cpu: fc.integer({ min: 50, max: 2500 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 1, max: 5 }),
        (specs, nodes) => {
          const start = createCluster({ nowMs: 0, nodes });
          const c = settle(
            withDeployments(
              start,
              specs.map((s, i) => deployment(`d${i}`, s.replicas, s.cpu)),
            ),
            30_000,
            runs,
          );
          return c.nodes.every(
            (n) =>
              c.pods
                .filter((p) => p.node === n.name)
                .reduce((sum, p) => sum + (p.template.containers[0]?.cpuMilli ?? 0), 0) <= n.cpuMilli,
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a Deployment converges to its replica count whenever capacity allows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 4 }), (replicas, nodes) => {
        const start = createCluster({ nowMs: 0, nodes });
        const d = deployment('web', replicas, 100);
        const c = settle(withDeployments(start, [d]), 60_000, runs);
        const s = deploymentStatus(c, d, 60_000);
        const capacity = nodes * 20; // 2000m per node, 100m per pod
        return replicas <= capacity ? s.complete && s.ready === replicas : s.ready === capacity;
      }),
      { numRuns: 60 },
    );
  });

  it('the same seed and inputs give the same pods (names, nodes, IPs)', () => {
    const make = (seed: number) =>
      settle(withDeployments(createCluster({ nowMs: 0, seed }), [deployment('web', 5, 100)]), 20_000, runs).pods.map(
        (p) => [p.name, p.node, p.ip],
      );
    expect(make(7)).toEqual(make(7));
    expect(make(7)).not.toEqual(make(8));
  });

  it('reconciles 100 nodes and 1,000 pods to steady state', () => {
    const start = createCluster({ nowMs: 0, nodes: 100 });
    const ds = Array.from({ length: 10 }, (_, i) => deployment(`app${i}`, 100, 100));
    const c = settle(withDeployments(start, ds), 10_000, runs);
    expect(c.pods.filter((p) => p.node !== undefined)).toHaveLength(1000);
    expect(ds.every((d) => deploymentStatus(c, d, 10_000).complete)).toBe(true);
  });
});
