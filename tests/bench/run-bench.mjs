// `npm run bench`: builds the site under /course/, loads each page type in the system Chromium
// and writes a table of eagerly loaded JavaScript (raw and gzip, external and inline together),
// total transfer, and the build time. Targets: a text lesson loads at most 8 KB gzip of JS, and
// Mermaid/widget code is not loaded before it is needed. Results: bench-results/bench.md.
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serve } from '../serve.mjs';
import { executablePath, ARGS } from './browser.mjs';

const BASE = '/course/';
const PORT = 4323;
const PAGES = [
  ['home', ''],
  ['text lesson', 'learn/access-control/choosing-a-method/'],
  ['lesson with widgets', 'learn/data-in-the-cloud/business-requirements/'],
];
const JS_BUDGET_TEXT_LESSON = 8 * 1024;

const t0 = performance.now();
const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, BASE_PATH: '/course' } });
if (build.status !== 0) process.exit(1);
const buildSeconds = (performance.now() - t0) / 1000;

const server = await serve({ base: BASE, port: PORT });
const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
const rows = [];
for (const [label, path] of PAGES) {
  // Lighthouse's mobile viewport: what loads before the learner scrolls is what counts as eager.
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const bodies = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      bodies.push({ url: res.url(), type: res.request().resourceType(), body });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(`http://127.0.0.1:${PORT}${BASE}${path}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  const js = [...bodies].filter((b) => b.type === 'script' || /\.m?js($|\?)/.test(b.url));
  const jsRaw = js.reduce((s, b) => s + b.body.length, 0) + Buffer.byteLength(inline);
  const jsGzip = js.reduce((s, b) => s + gzipSync(b.body).length, 0) + (inline ? gzipSync(inline).length : 0);
  const total = bodies.reduce((s, b) => s + b.body.length, 0);
  const totalGzip = bodies.reduce((s, b) => s + gzipSync(b.body).length, 0);
  const heavy = js.filter((b) => /mermaid|cytoscape|dagre|xterm|katex/.test(b.url)).map((b) => b.url.split('/').pop());
  // Then scroll through the page: what loads now is on-demand code (islands, Mermaid).
  for (let y = 0; y < 20_000; y += 600) await page.evaluate((top) => scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const allJs = bodies.filter((b) => b.type === 'script' || /\.m?js($|\?)/.test(b.url));
  const lazyGzip =
    allJs.reduce((s2, b) => s2 + gzipSync(b.body).length, 0) + (inline ? gzipSync(inline).length : 0) - jsGzip;
  rows.push({ label, path, jsRaw, jsGzip, total, totalGzip, files: js.length, heavy, lazyGzip });
  await page.close();
}
// Subject benchmarks: every tests/bench/*.bench.mjs exports `run({ browser, baseUrl })` and
// returns Markdown lines (a heading and a table) for the report.
const extra = [];
// `BENCH_ONLY=cluster-view,egress npm run bench` runs only the benches whose file names contain one
// of the words (the page-weight table above is always measured).
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
for (const file of readdirSync('tests/bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((w) => f.includes(w)))
  .sort()) {
  const mod = await import(`./${file}`);
  extra.push('', ...(await mod.run({ browser, baseUrl: `http://127.0.0.1:${PORT}${BASE}` })));
}
await browser.close();
server.close();

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const textLesson = rows.find((r) => r.label === 'text lesson');
const lines = [
  `# Benchmark (${new Date().toISOString()})`,
  '',
  `Build time (astro build + pagefind): ${buildSeconds.toFixed(1)} s`,
  '',
  '| page type | path | eager JS files | eager JS raw | eager JS gzip | total transfer raw | total transfer gzip | heavy libraries loaded eagerly | JS loaded on demand after scrolling (gzip) |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.label} | /course/${r.path} | ${r.files} | ${kb(r.jsRaw)} | ${kb(r.jsGzip)} | ${kb(r.total)} | ${kb(r.totalGzip)} | ${r.heavy.join(', ') || 'none'} | ${kb(r.lazyGzip)} |`,
  ),
  '',
  `Target: text lesson eager JS <= ${kb(JS_BUDGET_TEXT_LESSON)} gzip: ${textLesson && textLesson.jsGzip <= JS_BUDGET_TEXT_LESSON ? 'met' : 'NOT met'}.`,
  `Target: no heavy library (Mermaid, xterm) loaded before it is needed: ${rows.every((r) => r.heavy.length === 0) ? 'met' : 'NOT met'}.`,
  ...extra,
];
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.md', `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
