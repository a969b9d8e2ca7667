// Simulated Kubernetes benchmark (issue 11), in Node: reconcile a 100-node cluster with 1,000
// pods to steady state (target under 100 ms), and one second of controllers on that cluster.
// and the domain part of the cluster view's "Delete a pod" drill (the browser timing of the view is
// tests/bench/cluster-view.bench.mjs). Medians of 9 runs after a warm-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_MS = 100;
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

/** @returns {Promise<string[]>} Markdown lines for bench-results/bench.md. */
export async function run() {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-bench-'));
  const out = join(dir, 'k8s.json');
  try {
    const r = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/kubernetes-vitest.config.mjs'], {
      cwd: ROOT,
      env: { ...process.env, K8S_BENCH_OUT: out },
      encoding: 'utf8',
    });
    if (r.status !== 0)
      return ['## Kubernetes cluster', '', `Could not measure: ${(r.stderr || r.stdout).slice(-400)}`];
    const j = JSON.parse(readFileSync(out, 'utf8'));
    return [
      '## Kubernetes cluster (simulated, Node)',
      '',
      '| measure | median |',
      '| --- | ---: |',
      `| reconcile 100 nodes, 10 Deployments × 100 pods, to steady state | ${f1(j.reconcileMs)} ms |`,
      `| one second of controllers on that settled cluster | ${f1(j.tickMs)} ms |`,
      `| "Delete a pod" drill's command on 101 nodes and 1,000 pods (\`kubectl delete pod\`, the pod replaced and scheduled) | ${f1(j.drillMs)} ms |`,
      '',
      `Target: reconcile under ${TARGET_MS} ms: ${j.reconcileMs < TARGET_MS ? 'met' : 'NOT met'} (Node ${j.node}).`,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await run()).join('\n'));
