// @ts-check
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/pagefind/',
      '.tmp/',
      'bench-results/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain is pure: no DOM, no framework, no Astro, no browser storage (STYLE.md).
    files: ['src/domain/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['preact', 'preact/*', '@preact/*', 'astro', 'astro:*', '@astrojs/*', '@xterm/*', 'mermaid'],
              message: 'src/domain must stay pure: no framework, Astro, xterm or Mermaid imports.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'navigator',
        'location',
        // Deterministic (STYLE.md, issue 9): time comes from an injected Clock
        // (src/domain/shared/clock.ts), never from timers or the wall clock.
        { name: 'setTimeout', message: 'src/domain is deterministic: advance an injected Clock instead.' },
        { name: 'setInterval', message: 'src/domain is deterministic: advance an injected Clock instead.' },
        { name: 'requestAnimationFrame', message: 'src/domain is deterministic: no timers.' },
        { name: 'performance', message: 'src/domain is deterministic: take time from an injected Clock.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'src/domain is deterministic: draw from src/domain/shared/random.ts (createRandom, createStream).',
        },
        { object: 'Date', property: 'now', message: 'src/domain is deterministic: take time from an injected Clock.' },
        {
          object: 'performance',
          property: 'now',
          message: 'src/domain is deterministic: take time from an injected Clock.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/domain is deterministic: new Date() reads the wall clock; pass the time in.',
        },
        {
          selector: "CallExpression[callee.name='Date']",
          message: 'src/domain is deterministic: Date() reads the wall clock; pass the time in.',
        },
      ],
    },
  },
);
