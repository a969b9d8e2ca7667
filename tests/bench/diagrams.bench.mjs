// Diagrams drawn at build time (issue 16): JavaScript loaded after scrolling through a whole
// lesson with diagrams (target at most 50 KB gzip; with Mermaid in the browser it was about
// 227 KB), and HTML bytes per lesson (raw and gzip; before build-time diagrams, measured
// 2026-12-04 on this machine: median 62.9 KB raw / 14.7 KB gzip, largest 155.6 / 25.4 KB).
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const LESSON = 'learn/data-in-the-cloud/egress-and-ingress/';
const TARGET = 50 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** @returns {Promise<string[]>} Markdown lines for bench-results/bench.md. */
export async function run({ browser, baseUrl }) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const scripts = [];
  page.on('response', async (res) => {
    try {
      if (res.request().resourceType() === 'script') scripts.push({ url: res.url(), body: await res.body() });
    } catch {
      /* no body */
    }
  });
  await page.goto(`${baseUrl}${LESSON}`, { waitUntil: 'networkidle' });
  for (let y = 0; y < 40_000; y += 600) await page.evaluate((top) => scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const figures = await page.locator('figure.diagram .mermaid-svg img').count();
  await page.close();
  const js = scripts.reduce((s, b) => s + gzipSync(b.body).length, 0);
  const mermaid = scripts.some((b) => /mermaid|dagre|cytoscape/.test(b.url));
  const lessons = [];
  const root = 'dist/learn';
  for (const mod of readdirSync(root))
    for (const l of readdirSync(join(root, mod))) {
      const html = readFileSync(join(root, mod, l, 'index.html'));
      lessons.push({ raw: html.length, gz: gzipSync(html).length });
    }
  return [
    '## Diagrams drawn at build time',
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| JS after scrolling through /course/${LESSON} (${figures / 2} diagrams, each drawn in two themes), gzip | ${kb(js)} |`,
    `| Mermaid loaded on that lesson | ${mermaid ? 'yes' : 'no'} |`,
    `| lesson HTML, median raw / gzip (${lessons.length} lessons) | ${kb(median(lessons.map((x) => x.raw)))} / ${kb(median(lessons.map((x) => x.gz)))} |`,
    `| lesson HTML, largest raw / gzip | ${kb(Math.max(...lessons.map((x) => x.raw)))} / ${kb(Math.max(...lessons.map((x) => x.gz)))} |`,
    '| lesson HTML before build-time diagrams, median raw / gzip (2026-12-04) | 62.9 KB / 14.7 KB |',
    '',
    `Target: JS after scrolling a diagram lesson <= ${kb(TARGET)} gzip, no Mermaid: ${js <= TARGET && !mermaid ? 'met' : 'NOT met'}.`,
  ];
}
