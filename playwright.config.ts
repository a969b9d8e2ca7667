import { defineConfig } from '@playwright/test';
import { execSync } from 'node:child_process';

/** The system Chromium (never a downloaded browser): CHROMIUM_PATH, or `command -v chromium`. */
function chromium(): string {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
  } catch {
    throw new Error('No system Chromium found: install it with "apt-get install -y chromium" or set CHROMIUM_PATH.');
  }
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** E2E_PORT and E2E_DIST let several people test separate builds on one machine at once. */
const PORT = Number(process.env['E2E_PORT'] ?? 4322);
const DIST = process.env['E2E_DIST'] ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  // One retry (in CI and in `npm test`, which .ci/run calls without setting CI): the machines have
  // two shared cores; a test that passes only on retry is reported as flaky in the list output.
  retries: process.env['PW_JSON'] || process.env['CI'] ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: process.env['PW_JSON'] ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
  outputDir: `test-results/artifacts-${PORT}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/course/`,
    launchOptions: { executablePath: chromium(), args: CHROMIUM_ARGS },
    trace: 'off',
    // The course's service worker would serve later requests from its cache and hide them from
    // the tests that watch the network; tests/e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
  },
  webServer: {
    command: `PORT=${PORT} SERVE_ROOT=${DIST} node tests/serve.mjs`,
    url: `http://127.0.0.1:${PORT}/course/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 20_000,
  },
});
