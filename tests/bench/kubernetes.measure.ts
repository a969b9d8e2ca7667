// Times the simulated cluster's controllers: 100 nodes and 10 Deployments of 100 pods reconciled
// from nothing to steady state (every pod scheduled and ready), and a settled cluster caught up
// by one second. Writes JSON to $K8S_BENCH_OUT. Run by tests/bench/kubernetes.bench.mjs.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { createCluster, deploymentStatus, settle, type DeploymentState } from '../../src/domain/kubernetes';

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
const deployment = (name: string): DeploymentState => ({
  name,
  replicas: 100,
  selector: { app: name },
  template: { labels: { app: name }, containers: [{ name, image: 'nginx', ports: [80], cpuMilli: 100, memMi: 64 }] },
  maxSurge: '25%',
  maxUnavailable: '25%',
  createdMs: 0,
  labels: {},
});

it('reconciles 100 nodes and 1,000 pods', () => {
  const start = {
    ...createCluster({ nowMs: 0, nodes: 100 }),
    deployments: Array.from({ length: 10 }, (_, i) => deployment(`app${i}`)),
  };
  const runs = () => 'runs' as const;
  const times: number[] = [];
  let steady = settle(start, 5_000, runs);
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    steady = settle(start, 5_000, runs);
    times.push(performance.now() - t0);
  }
  if (!steady.deployments.every((d) => deploymentStatus(steady, d, 5_000).complete)) throw new Error('not converged');
  const tick: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    settle(steady, 6_000 + i * 1000, runs);
    tick.push(performance.now() - t0);
  }
  writeFileSync(
    process.env['K8S_BENCH_OUT'] ?? 'k8s-bench.json',
    JSON.stringify({ reconcileMs: median(times), tickMs: median(tick), node: process.version }),
  );
});
