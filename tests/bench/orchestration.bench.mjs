// Mesos DRF and automation plan benchmarks, in Node (a spawned Vitest run of
// orchestration.measure.ts): drfAllocate with 100 frameworks on 1,000 agents' resources (target
// under 100 ms, issue 12) and plan over 1,000 resources (target under 50 ms). Medians of 15 runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');

function measure() {
  const dir = mkdtempSync(join(tmpdir(), 'orch-bench-'));
  const out = join(dir, 'orch.json');
  try {
    const run = spawnSync('npx', ['vitest', 'run', '--config', 'tests/bench/orchestration-vitest.config.mjs'], {
      cwd: ROOT,
      env: { ...process.env, ORCH_BENCH_OUT: out },
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
  if (r.error) return ['## Mesos DRF and automation plan', '', `Could not measure: ${r.error}`];
  return [
    '## Mesos DRF and automation plan (simulated, Node)',
    '',
    '| case | median | target |',
    '| --- | ---: | --- |',
    `| drfAllocate, 100 frameworks, 1,000 agents pooled (${r.tasks} tasks placed) | ${f1(r.drfMs)} ms | under 100 ms: ${r.drfMs < 100 ? 'met' : 'NOT met'} |`,
    `| plan, 1,000 resources, nothing to change | ${f1(r.planMs)} ms | under 50 ms: ${r.planMs < 50 ? 'met' : 'NOT met'} |`,
    `| parseConfig (YAML, checks, order), 1,000 resources | ${f1(r.parseMs)} ms | – |`,
    '',
    `Node ${r.node}.`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log((await run()).join('\n'));
