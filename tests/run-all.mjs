// `npm test`: every check in order, then one closing line "N passed, N failed" (vitest and
// Playwright totals; a failing type check, lint, format check or build counts as one failure each).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync, rmSync } from 'node:fs';

const env = { ...process.env, BASE_PATH: '/course', SITE_URL: 'http://127.0.0.1:4322' };
let passed = 0;
let failed = 0;

function run(label, cmd, args, extraEnv = {}) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.status !== 0) console.log(`=== ${label} FAILED (exit ${r.status})`);
  return r.status === 0;
}

/**
 * Adds a runner's JSON report to the totals. A missing report, or a runner that failed while its
 * report shows no failed test (no tests found, a crash), counts as one failure.
 */
function count(label, file, read, ok) {
  try {
    const [p, f] = read(JSON.parse(readFileSync(file, 'utf8')));
    const extra = !ok && f === 0 ? 1 : 0;
    console.log(`=== ${label}: ${p} passed, ${f + extra} failed`);
    passed += p;
    failed += f + extra;
  } catch {
    console.log(`=== ${label}: no report at ${file}`);
    failed += 1;
  }
}
const vitestCounts = (j) => [j.numPassedTests, j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0)];
const pwCounts = (j) => [j.stats.expected + (j.stats.flaky ?? 0), j.stats.unexpected];

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const gates = [
  ['type check', 'npx', ['astro', 'check']],
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  // Formatting is checked, not fixed: `npm run format` rewrites the files it names.
  ['format', 'npx', ['prettier', '--check', '.']],
];
for (const [label, cmd, args] of gates) if (!run(label, cmd, args)) failed += 1;

const unitOk = run('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/unit.json',
]);
count('unit tests', 'test-results/unit.json', vitestCounts, unitOk);

if (run('build under /course/', 'npm', ['run', 'build'])) {
  const distOk = run('built-site checks (links, pages)', 'npx', [
    'vitest',
    'run',
    '--config',
    'vitest.dist.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile=test-results/dist.json',
  ]);
  count('built-site checks', 'test-results/dist.json', vitestCounts, distOk);
  const e2eOk = run('e2e (Playwright, system Chromium)', 'npx', ['playwright', 'test'], { PW_JSON: '1' });
  count('e2e', 'test-results/e2e.json', pwCounts, e2eOk);
} else {
  failed += 1;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
