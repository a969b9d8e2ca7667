// Vitest config for the Kubernetes reconcile benchmark only (tests/bench/kubernetes.bench.mjs spawns it).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/bench/kubernetes.measure.ts'],
    environment: 'node',
    testTimeout: 120_000,
    reporters: ['dot'],
  },
});
