// Times DRF (100 frameworks on 1,000 agents) and a plan over 1,000 resources, and writes the
// medians as JSON to $ORCH_BENCH_OUT. Run by tests/bench/orchestration.bench.mjs; not a unit test.
import { writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { apply, createCloud, parseConfig, plan } from '../../src/domain/automation';
import { drfAllocate } from '../../src/domain/mesos';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
function time(fn: () => void): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

it('times DRF and plan', () => {
  // 1,000 agents of 16 CPUs / 64 GB pooled; 100 frameworks with varied task shapes.
  const capacity = { cpus: 16_000, mem: 64_000 };
  const frameworks = Array.from({ length: 100 }, (_, i) => ({
    id: `f${i}`,
    demand: { cpus: 1 + (i % 4), mem: 1 + ((i * 7) % 16) },
  }));
  let tasks = 0;
  const drfMs = time(() => {
    tasks = Object.values(drfAllocate(capacity, frameworks)).reduce((a, b) => a + b, 0);
  });
  const lines = ['resources:'];
  for (let i = 0; i < 1000; i++) {
    if (i % 10 === 0) lines.push(`  network.n${i}:`, `    properties: { cidr: 10.${i % 250}.0.0/16 }`);
    else
      lines.push(
        `  subnet.s${i}:`,
        `    properties:`,
        `      network_id: \${network.n${i - (i % 10)}.id}`,
        `      cidr: 10.${i % 250}.${i % 10}.0/24`,
      );
  }
  const text = lines.join('\n');
  const parsed = parseConfig(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors[0]));
  const cloud = apply(parsed.config, createCloud(1)).cloud;
  const planMs = time(() => plan(parsed.config, cloud));
  const parseMs = time(() => parseConfig(text));
  writeFileSync(
    process.env['ORCH_BENCH_OUT'] ?? '/dev/null',
    JSON.stringify({ drfMs, tasks, planMs, parseMs, node: process.version }),
  );
});
