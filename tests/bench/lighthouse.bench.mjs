// Lighthouse (mobile, its default config with simulated throttling) on a text lesson and the home
// page, in the system Chromium. Target: 100 for performance, accessibility, best practices, SEO.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { executablePath, ARGS } from './browser.mjs';

const PAGES = [
  ['text lesson', 'learn/access-control/choosing-a-method/'],
  ['home', ''],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** @param {{ baseUrl: string }} ctx */
export async function run({ baseUrl }) {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath(),
    chromeFlags: ['--headless=new', ...ARGS],
  });
  const lines = [
    '## Lighthouse (mobile)',
    '',
    '| page | performance | accessibility | best practices | SEO | failed audits |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  let allPerfect = true;
  try {
    for (const [label, path] of PAGES) {
      const result = await lighthouse(`${baseUrl}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const lhr = result?.lhr;
      if (!lhr) continue;
      const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
      if (scores.some((s) => s < 100)) allPerfect = false;
      const failed = Object.values(lhr.audits)
        .filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            a.scoreDisplayMode !== 'informative' &&
            a.scoreDisplayMode !== 'notApplicable' &&
            a.scoreDisplayMode !== 'manual',
        )
        .map((a) => a.id)
        .slice(0, 8);
      lines.push(`| ${label} | ${scores.join(' | ')} | ${failed.join(', ') || 'none'} |`);
    }
  } finally {
    await chrome.kill();
  }
  lines.push('', `Target: 100 in every category: ${allPerfect ? 'met' : 'NOT met'}.`);
  return lines;
}
