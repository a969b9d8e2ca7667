// Vitest config for the orchestration benchmark only (tests/bench/orchestration.bench.mjs spawns it):
// runs orchestration.measure.ts, timing src/domain/mesos and src/domain/automation as written.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/orchestration.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['dot'],
  },
});
