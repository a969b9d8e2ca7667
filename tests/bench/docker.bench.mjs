// Simulated Docker engine benchmarks, in Node (a spawned Vitest run of docker.measure.ts, so the
// TypeScript domain is timed as written): `docker ps` with 500 containers in the engine (target
// under 50 ms, issue 10), `docker run` into that engine, and `docker compose up -d` of 50
// services in a dependency chain. Medians of 15 runs after a warm-up.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PS_BUDGET_MS = 50;
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'docker-bench-'));
  const out = join(dir, 'docker.json');
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/docker-vitest.config.mjs'], {
      cwd: ROOT,
      env: { ...process.env, DOCKER_BENCH_OUT: out },
      encoding: 'utf8',
    });
    if (run.status !== 0) return { error: (run.stderr || run.stdout || 'vitest failed').slice(-400) };
    return JSON.parse(readFileSync(out, 'utf8'));
  } catch (e) {
    return { error: String(e) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** @returns {Promise<string[]>} Markdown lines for bench-results/bench.md. */
export async function run() {
  const r = measure();
  if (r.error) return ['## Docker engine', '', `Could not measure: ${r.error}`];
  return [
    '## Docker engine (simulated, Node)',
    '',
    '| command | median |',
    '| --- | ---: |',
    `| docker ps, 500 running containers | ${f1(r.psMs)} ms |`,
    `| docker ps -a, 500 containers | ${f1(r.psAllMs)} ms |`,
    `| docker run -d -p into that engine | ${f1(r.runMs)} ms |`,
    `| docker compose up -d, 50 services in a chain | ${f1(r.composeUpMs)} ms |`,
    `| filling the engine: 500 docker run -d (total) | ${f1(r.fillMs)} ms |`,
    '',
    `Target: docker ps with 500 containers under ${PS_BUDGET_MS} ms: ${r.psMs < PS_BUDGET_MS ? 'met' : 'NOT met'} (Node ${r.node}).`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await run()).join('\n'));
