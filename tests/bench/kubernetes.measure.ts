// Times the simulated cluster's controllers: 100 nodes and 10 Deployments of 100 pods reconciled
// from nothing to steady state (every pod scheduled and ready), a settled cluster caught up by one
// second, and the domain part of the cluster view's "Delete a pod" drill on the cluster view
// bench's lab (101 nodes, 20 Deployments of 50 pods): the shell running `kubectl delete pod ...`,
// the ReplicaSet replacing the pod and the scheduler placing it. Writes JSON to $K8S_BENCH_OUT.
// Run by tests/bench/kubernetes.bench.mjs.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import {
  createCluster,
  deploymentStatus,
  kubernetesOf,
  settle,
  type DeploymentState,
} from '../../src/domain/kubernetes';
import { createShell } from '../../src/domain/shell';
import { drills } from '../../src/widgets/ClusterView/ClusterView';

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
  const sh = createShell({ tools: ['kubectl'] });
  sh.run('minikube start --nodes=101');
  for (let i = 0; i < 20; i++)
    sh.run(`kubectl create deployment web${String(i).padStart(2, '0')} --image=nginx --replicas=50`);
  sh.run('sleep 60');
  sh.run('kubectl get nodes'); // the controllers catch up on the minute first
  const drill: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const command = drills(kubernetesOf(sh.world).cluster)[0]?.command;
    if (!command) throw new Error('no pod to delete');
    const t0 = performance.now();
    const r = sh.run(command);
    if (i >= 3) drill.push(performance.now() - t0);
    if (r.exitCode !== 0) throw new Error(r.stderr);
  }
  if (kubernetesOf(sh.world).cluster.pods.length !== 1000) throw new Error('the drill did not replace the pod');
  writeFileSync(
    process.env['K8S_BENCH_OUT'] ?? 'k8s-bench.json',
    JSON.stringify({ reconcileMs: median(times), tickMs: median(tick), drillMs: median(drill), node: process.version }),
  );
});
