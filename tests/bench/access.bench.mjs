// IAM decisions per second: `evaluate` (full trace) and `decide` (same effect, reason and
// deciding statement, no trace) from src/domain/access on 100 policies of 10 statements
// with conditions. The measurement runs in its own process (the domain's imports carry .ts
// extensions, so Node's type stripping runs it as is):
//   node --experimental-strip-types tests/bench/access-worker.mts [seconds-per-case]
// Target: at least 100,000 decisions per second (judged on the last case: `decide`, all 100 policies). Run alone with `node tests/bench/access.bench.mjs`;
// `npm run bench` imports run() and appends the table to bench-results/bench.md.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';

const TARGET = 100_000;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs the worker and returns its JSON report. */
export function measure(seconds = 2) {
  const out = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', 'tests/bench/access-worker.mts', String(seconds)],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  if (out.status !== 0) throw new Error(`access-worker failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop() ?? '{}');
}

/** @returns {Promise<string[]>} Markdown lines: a heading, a table and the verdict. */
export async function run() {
  const report = measure();
  const fmt = (n) => Math.round(n).toLocaleString('en-GB');
  const lines = [
    `## Access control: IAM decisions per second (${report.policies} policies × ${report.statementsPerPolicy} statements with conditions, Node ${report.node})`,
    '',
    '| case (function measured) | statements per decision | decisions | seconds | decisions per second | decisions per CPU second | statements per second | target ≥ 100,000 decisions/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...report.cases.map(
      (c) =>
        `| ${c.name} | ${fmt(c.statementsPerDecision)} | ${fmt(c.decisions)} | ${c.seconds.toFixed(2)} | ${fmt(c.perSecond)} | ${fmt(c.perCpuSecond)} | ${fmt(c.perSecond * c.statementsPerDecision)} | ${c.perSecond >= TARGET ? 'met' : 'NOT met'} |`,
    ),
    '',
    `Outcomes (${report.cases.at(-1)?.name}): ${Object.entries(report.cases.at(-1)?.outcomes ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    `Target: at least ${fmt(TARGET)} decisions per second against the 100 policies (measured with ${report.cases.at(-1)?.name.split(' ')[0]}): ${report.cases.at(-1)?.perSecond >= TARGET ? 'met' : 'NOT met'}.`,
  ];
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log((await run()).join('\n'));
}
