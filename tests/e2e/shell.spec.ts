import AxeBuilder from '@axe-core/playwright';
import { test, expect, ALL_LESSONS, LESSON_1, LESSON_2, PAGES, settle } from './fixtures';

test('the theme toggle switches and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: /theme/i });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await page.goto(LESSON_1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(18, 22, 28)');
});

test('the theme follows the system until the learner chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('every lesson of the build is found for the scans below', () => {
  expect(ALL_LESSONS).toContain(LESSON_1);
  expect(ALL_LESSONS.length).toBeGreaterThanOrEqual(30);
});

// The named pages, then every other lesson (with its diagrams, code and quiz rendered).
for (const path of [...PAGES, ...ALL_LESSONS.filter((l) => !PAGES.includes(l))]) {
  test(`"${path || 'home'}" fits 320 px without horizontal scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await settle(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test(`"${path || 'home'}" has no serious or critical axe violation (light and dark)`, async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await settle(page);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('a lesson without JavaScript still shows its text, objectives, diagram source and quiz questions', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(LESSON_1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');
  await expect(page.getByText('Volume follows from velocity.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  await expect(page.locator('pre > code.language-mermaid')).toContainText('flowchart LR');
  await expect(page.locator('.quiz-prompt').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeHidden();
  await ctx.close();
});

test('a diagram with line breaks in its labels renders (Mermaid writes <br> the HTML way)', async ({ page }) => {
  await page.goto(LESSON_2);
  const fig = page.locator('figure.diagram', { hasText: 'From traffic to bill' }).locator('.mermaid-figure');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-state', 'rendered', { timeout: 15_000 });
  await expect(fig.locator('svg[role="img"]')).toContainText('backups or streams');
  expect(await fig.locator('svg br').count()).toBeGreaterThan(0);
});

test('Mermaid loads only on pages with a diagram, renders when scrolled to, and follows the theme', async ({
  page,
}) => {
  const mermaidRequests: string[] = [];
  page.on('request', (r) => {
    if (/mermaid|dagre|cytoscape/.test(r.url())) mermaidRequests.push(r.url());
  });
  await page.goto('search/');
  await page.goto('progress/');
  expect(mermaidRequests).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // A short window keeps the first diagram well outside the loading margin until we scroll.
  await page.setViewportSize({ width: 1280, height: 400 });
  await page.goto(LESSON_2);
  const fig = page.locator('.mermaid-figure').first();
  await expect(fig).toHaveAttribute('data-state', 'pending');
  await fig.scrollIntoViewIfNeeded();
  await expect(fig).toHaveAttribute('data-state', 'rendered', { timeout: 15_000 });
  const svg = fig.locator('svg[role="img"]');
  await expect(svg).toHaveAttribute('aria-label', /Ingress into a cloud region/);
  expect(mermaidRequests.length).toBeGreaterThan(0);
  const firstId = await svg.getAttribute('id');
  await page.getByRole('button', { name: /theme/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Re-rendered in the dark theme: a new SVG replaced the first one.
  await expect(fig.locator('svg')).not.toHaveAttribute('id', firstId ?? '');
  await expect(fig.getByText('Diagram source (text)')).toBeVisible();
});

test('search finds a lesson by a word in its body, under the base path', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search for a word or phrase').fill('deduplicating');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('#search-results');
  await expect(results.getByRole('link')).toHaveCount(1);
  await expect(results.getByRole('link').first()).toHaveText('What leaves the cloud: egress and ingress');
  await expect(results.getByRole('link').first()).toHaveAttribute(
    'href',
    /^\/course\/learn\/data-in-the-cloud\/egress-and-ingress\//,
  );
  await page.getByLabel('Search for a word or phrase').fill('zzqqxx');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#search-status')).toHaveText('No lesson mentions "zzqqxx".');
});

test('print hides navigation and keeps the lesson and its diagrams', async ({ page }) => {
  await page.goto(LESSON_2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Course' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.mermaid-figure').first()).toBeVisible();
});
