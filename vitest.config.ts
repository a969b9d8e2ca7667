import { defineConfig } from 'vitest/config';

// Unit tests live beside the code (src/**/*.test.ts) and in tests/content (checks over all lessons).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/build/**/*.test.ts'],
    environment: 'node',
    reporters: ['default'],
  },
});
