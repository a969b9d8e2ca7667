// Offline course (issue 13): after `astro build` and Pagefind, generate dist/sw.js with Workbox
// (workbox-build 7.4, the kept library), precaching every page, the widget and terminal code, the
// diagrams (inline in the pages) and the search index, under the site's base path. Run by
// `npm run build`. Only the course's own files are cached (nothing from another origin).
// Not precached: Mermaid's layout chunks and KaTeX, which no page loads eagerly (diagrams are drawn
// at build time; only the compose visualiser draws live, and it is cached the first time it runs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/**
 * The build's scripts a learner can reach: every script a page names (module scripts, islands,
 * their renderers), then everything those import, statically or on demand, except through
 * Mermaid, which draws live only in the compose visualiser (its 90-odd layout and diagram chunks
 * are cached the first time they run, see runtimeCaching). Precaching only these keeps chunks no
 * page loads out of the learner's storage.
 */
function reachableScripts(dist) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  const stack = [];
  for (const page of walk(dist).filter((p) => p.endsWith('.html')))
    for (const m of readFileSync(page, 'utf8').matchAll(/_astro\/([\w.@~-]+\.js)/g)) stack.push(m[1]);
  const seen = new Set();
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file) || /^mermaid/.test(file)) continue;
    let source;
    try {
      source = readFileSync(join(dist, '_astro', file), 'utf8');
    } catch {
      continue;
    }
    seen.add(file);
    for (const m of source.matchAll(/["'`]\.\/([\w.@~-]+\.js)["'`]/g)) stack.push(m[1]);
  }
  return [...seen].sort();
}
const scripts = reachableScripts('dist');

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,css,svg,json,woff2,png,wasm}', 'pagefind/**/*'],
  globIgnores: [
    'sw.js',
    'workbox-*.js',
    // Pagefind's ready-made interfaces: the search page uses its API (pagefind.js) only.
    'pagefind/pagefind-*ui.*',
    'pagefind/pagefind-highlight.js',
    // Every page is in English (en-GB): the index for pages without a language is never loaded.
    'pagefind/wasm.unknown.pagefind',
    // Module handouts (issue 13) repeat every lesson of a module with its diagrams, 0.27-0.75 MB
    // of HTML each, about 5.4 MB in all: they are for printing while online. Their index stays
    // (no `handouts/*/**`: its `**` also matches nothing, which would take handouts/index.html).
    'handouts/*/index.html',
    'handouts/*/answers/index.html',
  ],
  // Hashed file names: the name is the revision.
  additionalManifestEntries: scripts.map((file) => ({
    url: `${base}_astro/${file}`,
    revision: null,
  })),
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
// Workbox counts the scripts added by name but not their bytes: add them.
const scriptBytes = scripts.reduce((sum, file) => sum + statSync(join('dist', '_astro', file)).size, 0);
console.log(
  `service worker: ${count} files precached, ${((size + scriptBytes) / 1024 / 1024).toFixed(2)} MB, base ${base}`,
);
