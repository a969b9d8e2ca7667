// Terminal benchmarks (issue 10), in the system Chromium against the built site:
// 1. Eager JavaScript of a terminal lesson before the terminal is on screen (target: at most
//    30 KB gzip; a TutorialKit lesson ships 310 KB), and what loads once it scrolls into view.
// 2. Keystroke-to-echo latency: from the keydown (capture phase, so before xterm.js sees it) to a
//    task queued after the frame that paints the character. The floor row is the same path with
//    no framework and no terminal: a keydown handler that appends the character to a plain div,
//    timed the same way in the same page and run, so the ratio is the terminal's own cost.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PATH = 'learn/containers/running-containers/';
const TERMINAL = '[data-terminal="running-containers"]';
const EAGER_BUDGET = 30 * 1024;
const KEYS = 60;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const f1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/**
 * In the page: times every keydown until a task after the frame that paints the next DOM change of
 * `target`. A change made inside a frame's animation callbacks (xterm.js renders there) is painted
 * by that frame; a change made in the keydown task is painted by the next one. A rAF loop that
 * runs first in each frame marks "inside a frame", so both paths are timed to their own paint.
 */
function installTimer(selector) {
  const w = /** @type {any} */ (window);
  w.__lat = [];
  w.__t0 = null;
  if (!w.__frameLoop) {
    w.__frameLoop = true;
    const loop = () => {
      w.__inFrame = true;
      setTimeout(() => (w.__inFrame = false));
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  }
  document.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
  const target = document.querySelector(selector);
  new MutationObserver(() => {
    if (w.__t0 === null) return;
    const t0 = w.__t0;
    w.__t0 = null;
    const done = () => setTimeout(() => w.__lat.push(performance.now() - t0));
    if (w.__inFrame) done();
    else requestAnimationFrame(done);
  }).observe(target, { subtree: true, childList: true, characterData: true });
}

async function typeTimed(page, count) {
  for (let i = 0; i < count; i++) {
    const before = await page.evaluate(() => /** @type {any} */ (window).__lat.length);
    await page.keyboard.press('a');
    await page.waitForFunction((n) => /** @type {any} */ (window).__lat.length > n, before, { timeout: 5000 });
  }
  return page.evaluate(() => /** @type {any} */ (window).__lat.slice());
}

/** @returns {Promise<string[]>} Markdown lines for bench-results/bench.md. */
export async function run({ browser, baseUrl }) {
  const lines = ['## Terminal (Chromium)', ''];
  // 1. Eager and on-demand JavaScript.
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  const bodies = [];
  page.on('response', async (res) => {
    try {
      if (res.request().resourceType() === 'script') bodies.push({ url: res.url(), body: await res.body() });
    } catch {
      /* no body */
    }
  });
  await page.goto(`${baseUrl}${PATH}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  const gz = (list) => list.reduce((s, b) => s + gzipSync(b.body).length, 0);
  const eager = gz(bodies) + (inline ? gzipSync(inline).length : 0);
  const eagerXterm = bodies.some((b) => /xterm/i.test(b.url));
  const n = bodies.length;
  await page.locator(TERMINAL).scrollIntoViewIfNeeded();
  await page.locator(`${TERMINAL} .term-screen[data-state="ready"]`).waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const lazy = gz(bodies.slice(n));
  lines.push(
    '| terminal lesson | eager JS (gzip) | xterm.js loaded eagerly | JS loaded when the terminal is on screen (gzip) |',
    '| --- | ---: | --- | ---: |',
    `| /course/${PATH} | ${kb(eager)} | ${eagerXterm ? 'yes' : 'no'} | ${kb(lazy)} |`,
    '',
    `Target: eager JS of a terminal lesson <= ${kb(EAGER_BUDGET)} gzip: ${eager <= EAGER_BUDGET && !eagerXterm ? 'met' : 'NOT met'}.`,
    '',
  );

  // 2. Keystroke to echo, terminal and floor, in the same page.
  await page.locator(`${TERMINAL} .xterm`).click();
  await page.evaluate(installTimer, `${TERMINAL} .xterm-rows`);
  await typeTimed(page, 5); // warm-up
  const term = (await typeTimed(page, KEYS + 5)).slice(5);
  await page.keyboard.press('Control+c');
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.id = 'floor-box';
    const input = document.createElement('button');
    input.id = 'floor-input';
    input.textContent = 'floor';
    input.addEventListener('keydown', (e) => {
      box.textContent += e.key;
    });
    document.body.append(input, box);
  });
  await page.evaluate(installTimer, '#floor-box');
  await page.focus('#floor-input');
  await typeTimed(page, 5);
  const floor = (await typeTimed(page, KEYS + 5)).slice(5);
  await page.close();
  const med = quantile(term, 0.5);
  const fmed = quantile(floor, 0.5);
  lines.push(
    `Keystroke to echo, ${KEYS} keys (from keydown to a task after the frame that shows the character):`,
    '',
    '| path | median | p95 | ratio to floor (median) |',
    '| --- | ---: | ---: | ---: |',
    `| terminal (xterm.js + line editor + redraw) | ${f1(med)} ms | ${f1(quantile(term, 0.95))} ms | ${f1(med / fmed)} |`,
    `| floor: keydown appends to a plain div | ${f1(fmed)} ms | ${f1(quantile(floor, 0.95))} ms | 1.0 |`,
  );
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('@playwright/test');
  const { serve } = await import('../serve.mjs');
  const { executablePath, ARGS } = await import('./browser.mjs');
  const server = await serve({ base: '/course/', port: 4324, root: 'dist' });
  const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
  console.log((await run({ browser, baseUrl: 'http://127.0.0.1:4324/course/' })).join('\n'));
  await browser.close();
  server.close();
}
