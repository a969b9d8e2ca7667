import { chromium } from '@playwright/test';
import { executablePath, ARGS } from './browser.mjs';
const pages = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
for (const p of pages) {
  const page = await browser.newPage();
  await page.goto('http://127.0.0.1:4322/course/' + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1000);
  const r = await page.evaluate(() => {
    const total = document.querySelectorAll('*').length;
    const parts = [];
    for (const el of document.querySelectorAll('astro-island, figure, .quiz, details, table, nav, aside, svg, pre')) {
      const n = el.querySelectorAll('*').length;
      if (n > 60) parts.push([el.tagName + '.' + (el.getAttribute('component-url')?.split('/').pop() ?? el.className?.baseVal ?? el.className), n]);
    }
    return { total, parts };
  });
  console.log(p, r.total);
  for (const [k, n] of r.parts) console.log('   ', n, k);
  await page.close();
}
await browser.close();
