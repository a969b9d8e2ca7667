// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import preact from '@astrojs/preact';
import { codeLabel } from './src/utils/shiki-code-label.mjs';
import { buildTimeDiagrams } from './src/build/diagrams.ts';
import { glossaryLinks } from './src/build/glossary-links.ts';
import { tableRowHeaders } from './src/build/table-headers.ts';

/**
 * `site` and `base` come from the environment so one build works on localhost, under GitHub
 * Pages' `/<repo>/` and under any other sub-path. The base is normalised to end with `/`
 * (STACK-NOTES: `BASE_PATH=/course` otherwise gives a BASE_URL without the slash).
 */
const rawBase = process.env.BASE_PATH ?? '/';
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  output: 'static',
  integrations: [buildTimeDiagrams(), mdx(), preact()],
  markdown: {
    // Astro's default processor (Sätteri) plus two hast plugins: the first use of each glossary
    // term in a lesson links to /glossary/ (issue 13; src/build/glossary-links.ts), and comparison
    // tables get row headers (src/build/table-headers.ts). Sätteri is Astro's own dependency (and
    // @astrojs/mdx's peer), already installed with astro.
    processor: satteri({ hastPlugins: [glossaryLinks(base), tableRowHeaders] }),
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid', 'math'] },
    shikiConfig: {
      // The 'default' GitHub themes: the older github-light/github-dark colour comments and some
      // tokens below 4.5:1 (axe fails them), these pass in both themes.
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      transformers: [codeLabel()],
    },
  },
  build: { inlineStylesheets: 'auto' },
  vite: {
    resolve: { noExternal: ['@xterm/xterm', '@xterm/addon-fit'] },
  },
});
