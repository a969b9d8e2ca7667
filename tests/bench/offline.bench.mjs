// Offline course (issue 13): what the service worker precaches on a first visit, raw and gzip
// (what the browser stores, and about what it downloads from a server that compresses). Target:
// under 5 MB. Read from the Workbox manifest in dist/sw.js.
// Then the time to an interactive lesson offline: after one visit to the home page, with the
// network off, lessons never visited are opened and timed from navigation to their quiz being
// ready (its bank loaded, its buttons live), every file coming from the worker's cache.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 5 * 1024 * 1024;

const OFFLINE_LESSONS = [
  'learn/data-in-the-cloud/tiered-prices/',
  'learn/cqrs/consistency/',
  'learn/orchestration/amazon-ecs/',
];

/** Milliseconds from navigation to an interactive quiz, per lesson, with the network off. */
async function interactiveOffline(browser, baseUrl) {
  const context = await browser.newContext({ serviceWorkers: 'allow', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
  await context.setOffline(true);
  const times = [];
  for (const path of OFFLINE_LESSONS) {
    const t0 = Date.now();
    await page.goto(`${baseUrl}${path}`);
    await page.locator('.quiz').first().scrollIntoViewIfNeeded();
    await page.locator('.quiz[data-ready="true"]').first().waitFor({ timeout: 30_000 });
    times.push({ path, ms: Date.now() - t0 });
  }
  await context.close();
  return times;
}

export async function run({ browser, baseUrl } = {}) {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  let raw = 0;
  let gzip = 0;
  let html = 0;
  for (const url of urls) {
    const file = `dist/${url.replace(/^\/[^/]+\//, '')}`;
    try {
      const body = readFileSync(file);
      raw += statSync(file).size;
      gzip += gzipSync(body).length;
      if (file.endsWith('.html')) html += body.length;
    } catch {
      /* a URL without a file (none expected) */
    }
  }
  const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
  return [
    '## Offline: the service worker precache',
    '',
    '| files | raw (stored) | gzip (downloaded) | of which pages (raw) |',
    '| ---: | ---: | ---: | ---: |',
    `| ${urls.length} | ${mb(raw)} | ${mb(gzip)} | ${mb(html)} |`,
    '',
    `Target: precache under ${mb(TARGET)}: raw ${raw <= TARGET ? 'met' : 'NOT met'}, gzip ${gzip <= TARGET ? 'met' : 'NOT met'}.`,
    ...(browser ? await interactiveRows(browser, baseUrl) : []),
  ];
}

async function interactiveRows(browser, baseUrl) {
  try {
    const times = await interactiveOffline(browser, baseUrl);
    return [
      '',
      '### Time to an interactive lesson offline (never visited before, network off)',
      '',
      '| lesson | navigation to quiz ready |',
      '| --- | ---: |',
      ...times.map((t) => `| ${t.path} | ${t.ms} ms |`),
    ];
  } catch (e) {
    return ['', `Time to an interactive lesson offline: could not measure (${String(e).slice(0, 200)}).`];
  }
}
