// Vitest config for the Docker engine benchmark only (tests/bench/docker.bench.mjs spawns it): it
// runs docker.measure.ts, which times the docker CLI of src/domain/containers in Node with its
// TypeScript transformed by Vitest (no build step, no test hook in the page).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/docker.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['dot'],
  },
});
