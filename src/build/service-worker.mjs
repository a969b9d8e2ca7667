// Offline course (issue 13): after `astro build` and Pagefind, generate dist/sw.js with Workbox
// (workbox-build 7.4, the kept library), precaching every page, the widget and terminal code, the
// diagrams (inline in the pages) and the search index, under the site's base path. Run by
// `npm run build`. Only the course's own files are cached (nothing from another origin).
// Not precached: Mermaid's layout chunks and KaTeX, which no page loads eagerly (diagrams are drawn
// at build time; only the compose visualiser draws live, and it is cached the first time it runs).
import { generateSW } from 'workbox-build';

const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,svg,json,woff2,png,wasm}', 'pagefind/**/*'],
  globIgnores: [
    'sw.js',
    'workbox-*.js',
    '_astro/mermaid*.js',
    '_astro/*Diagram-*.js',
    '_astro/*diagram-*.js',
    '_astro/elk-*.js',
    '_astro/cytoscape*.js',
    '_astro/katex*.js',
    '_astro/chunk-*.js',
  ],
  swDest: 'dist/sw.js',
  modifyURLPrefix: { '': base },
  // Pages keep a widget's state in the query string (eg.*, ag.*): the page is the same file.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  navigateFallback: undefined,
  cacheId: 'cloud-data-and-containers',
  cleanupOutdatedCaches: true,
  // A new version waits until the learner chooses to reload (the page offers it), so a page is
  // never served from two versions at once.
  skipWaiting: false,
  clientsClaim: true,
  maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  // Lazily loaded code that was left out above is cached when a page first asks for it.
  runtimeCaching: [
    {
      urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith(`${base}_astro/`),
      handler: 'CacheFirst',
      options: { cacheName: 'cloud-data-and-containers-lazy', expiration: { maxEntries: 200 } },
    },
  ],
  sourcemap: false,
  mode: 'production',
});
for (const w of warnings) console.warn(`service worker: ${w}`);
console.log(`service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(2)} MB, base ${base}`);
