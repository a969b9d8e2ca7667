import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';

/** Paths (relative to the base) of every page the course builds; the first lessons are named. */
export const LESSON_1 = 'learn/data-in-the-cloud/business-requirements/';
export const LESSON_2 = 'learn/data-in-the-cloud/egress-and-ingress/';
export const PAGES = [
  '',
  LESSON_1,
  LESSON_2,
  'search/',
  'progress/',
  'finish/',
  'agenda/',
  'workshop/',
  'glossary/',
  'journal/',
  '404.html',
];

/**
 * Every test fails if the page logs a console error or throws: a learner would meet a broken
 * widget. (A 404 page's own "Failed to load resource" for a test that visits a missing page is
 * allowed by passing allowNotFound.)
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(String(e)));
      await use(errors);
      expect(errors.filter((e) => !e.includes('404 (Not Found)'))).toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Waits until every island on the page has hydrated (Astro removes the `ssr` attribute). */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** Waits until the quiz has loaded its bank (its buttons are enabled then). */
export async function quizReady(page: Page): Promise<void> {
  await page.locator('.quiz').scrollIntoViewIfNeeded();
  await hydrated(page);
  await expect(page.locator('.quiz[data-ready="true"]')).toHaveCount(1);
}

/**
 * Brings the page to its final state: every island scrolled to (client:visible only hydrates what
 * comes near the viewport) and hydrated, every diagram rendered.
 */
export async function settle(page: Page): Promise<void> {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) await islands.nth(i).scrollIntoViewIfNeeded();
  const figs = page.locator('.mermaid-figure');
  for (let i = 0; i < (await figs.count()); i++) {
    await figs.nth(i).scrollIntoViewIfNeeded();
    await expect(figs.nth(i)).toHaveAttribute('data-state', 'rendered', { timeout: 15_000 });
  }
  if ((await page.locator('.quiz').count()) > 0) await quizReady(page);
  await hydrated(page);
}

/**
 * Every lesson page of the build under test (E2E_DIST, as playwright.config.ts), as paths
 * relative to the base: each gets an axe scan, so a lesson added later is checked too.
 */
export const ALL_LESSONS: string[] = (() => {
  const dist = process.env['E2E_DIST'] ?? 'dist';
  const learn = join(dist, 'learn');
  if (!existsSync(learn)) return [];
  return readdirSync(learn, { withFileTypes: true })
    .filter((m) => m.isDirectory())
    .flatMap((m) =>
      readdirSync(join(learn, m.name), { withFileTypes: true })
        .filter((l) => l.isDirectory() && existsSync(join(learn, m.name, l.name, 'index.html')))
        .map((l) => `learn/${m.name}/${l.name}/`),
    )
    .sort();
})();
