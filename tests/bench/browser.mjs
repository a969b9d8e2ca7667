// The system Chromium and the flags it needs on this kind of machine (no sandbox as root, no GPU,
// no background network traffic). Shared by the benchmarks; playwright.config.ts has the same list.
import { execSync } from 'node:child_process';

export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function executablePath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
}
