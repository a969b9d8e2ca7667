import { defineConfig } from 'vitest/config';

// Checks over the built site in dist/ (run by `npm test` after `npm run build`).
export default defineConfig({
  test: { include: ['tests/dist/**/*.test.ts'], environment: 'node' },
});
