// Lighthouse (mobile, its default config with simulated throttling) on a text lesson and the home
// page, in the system Chromium. Target: 100 for performance, accessibility, best practices, SEO.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { readdirSync } from 'node:fs';
import { executablePath, ARGS } from './browser.mjs';

const SAMPLE = [
  ['text lesson', 'learn/access-control/choosing-a-method/'],
  ['home', ''],
  // Issue 9: the heaviest lessons, with several widgets each.
  ['case study (5 playgrounds)', 'learn/access-control/case-study/'],
  ['ABAC (3 IAM playgrounds)', 'learn/access-control/abac/'],
  ['OAuth and OIDC', 'learn/access-control/oauth-and-oidc/'],
  ['keys and SAS (3 playgrounds)', 'learn/access-control/keys-and-sas/'],
  ['egress explorer', 'learn/data-in-the-cloud/egress-and-ingress/'],
  ['CQRS visualisers', 'learn/cqrs/synchronisation/'],
  ['Kubernetes terminal', 'learn/deploying/kubernetes-deployment-and-service/'],
];
// `LIGHTHOUSE_ALL=1 npm run bench`: every lesson of the build and every other page (a long run:
// about 15 s a page), for the "100 on every lesson"; otherwise the sample above.
const PAGES = process.env.LIGHTHOUSE_ALL
  ? readdirSync('dist', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.html') && !f.startsWith('_') && !f.includes('/_'))
      .map((f) => f.replace(/index\.html$/, '').replace(/\\/g, '/'))
      .sort()
      .map((path) => [path || 'home', path])
  : SAMPLE;
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
    '| page | performance | accessibility | best practices | SEO | TBT ms | DOM elements | failed audits |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
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
      const tbt = Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
      const dom = lhr.audits['dom-size']?.numericValue ?? NaN;
      lines.push(`| ${label} | ${scores.join(' | ')} | ${tbt} | ${dom} | ${failed.join(', ') || 'none'} |`);
    }
  } finally {
    await chrome.kill();
  }
  lines.push('', `Target: 100 in every category: ${allPerfect ? 'met' : 'NOT met'}.`);
  return lines;
}
