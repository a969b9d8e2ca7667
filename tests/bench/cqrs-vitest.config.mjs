// Vitest config for the CQRS simulate benchmark only (tests/bench/cqrs.bench.mjs spawns it): it
// runs cqrs-simulate.measure.ts, which times src/domain/cqrs in Node with its TypeScript
// transformed by Vitest, so the domain needs no build step and no global test hook.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/cqrs-simulate.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['dot'],
  },
});
