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
      // td-has-header is experimental in axe (off by default); Lighthouse runs it, and so do we.
      const results = await new AxeBuilder({ page })
        .options({ rules: { 'td-has-header': { enabled: true } } })
        .analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('a lesson without JavaScript still shows its text, objectives, diagrams and quiz questions', async ({
  browser,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(LESSON_1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');
  await expect(page.getByText('Volume follows from velocity.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  // Diagrams are drawn at build time: one SVG image, named by its caption.
  await expect(page.locator('figure.diagram .diagram-light img').first()).toBeVisible();
  await expect(page.locator('figure.diagram .mermaid-svg')).toHaveCount(await page.locator('figure.diagram').count());
  await expect(page.locator('pre > code.language-mermaid')).toHaveCount(0);
  await expect(page.locator('.quiz-prompt').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeHidden();
  await ctx.close();
});

test('a diagram with line breaks in its labels is drawn with them (Mermaid writes <br> the HTML way)', async ({
  page,
}) => {
  await page.goto(LESSON_2);
  const img = page.locator('figure.diagram', { hasText: 'From traffic to bill' }).locator('.diagram-light img');
  await expect(img).toHaveAttribute('alt', /traffic/i);
  const svg = decodeURIComponent((await img.getAttribute('src'))!.replace(/^data:image\/svg\+xml,/, ''));
  expect(svg).toContain('backups or streams');
  expect(svg).toMatch(/<br\s*\/?>/);
  // The browser decodes it as a picture of its natural size.
  await img.scrollIntoViewIfNeeded();
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(100);
});

test('diagrams are drawn at build time: no Mermaid on a lesson, the theme toggle swaps them, text alternative given', async ({
  page,
}) => {
  const mermaidRequests: string[] = [];
  page.on('request', (r) => {
    if (/mermaid|dagre|cytoscape/.test(r.url())) mermaidRequests.push(r.url());
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON_2);
  for (let y = 0; y < 30_000; y += 700) await page.evaluate((top) => scrollTo(0, top), y);
  await page.waitForLoadState('networkidle');
  expect(mermaidRequests).toEqual([]);
  const fig = page.locator('figure.diagram').first();
  await expect(fig.locator('.diagram-light img')).toHaveAttribute('alt', /Ingress into a cloud region/);
  await expect(fig.locator('.diagram-light')).toBeVisible();
  const filter = () => fig.locator('img').evaluate((i) => getComputedStyle(i).filter);
  expect(await filter()).toBe('none');
  // One drawing for both themes: the dark theme inverts it (light text on dark, same contrast).
  await page.getByRole('button', { name: /theme/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(fig.locator('img')).toBeVisible();
  await expect.poll(filter).toBe('invert(0.9) hue-rotate(180deg)');
  await fig.getByText('What the diagram shows (text)').click();
  await expect(fig.locator('.diagram-alt li').first()).toContainText('→');
});

test('a diagram wider than the column opens full width in a dialog, in the page’s theme, and Esc closes it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('learn/orchestration/how-kubernetes-orchestrates/');
  const fig = page.locator('figure.diagram', { hasText: 'From kubectl apply to running containers' });
  const column = await fig.boundingBox();
  const open = fig.getByRole('button', { name: 'Open the diagram full width' });
  await open.scrollIntoViewIfNeeded();
  await open.click();
  const dialog = page.getByRole('dialog', { name: /From kubectl apply to running containers/ });
  await expect(dialog).toBeVisible();
  const img = dialog.locator('img');
  await expect(img).toHaveAttribute('src', /^data:image\/svg\+xml,/);
  // The same drawing, in the dark theme's colours, at its natural width: wider than the column it
  // was squeezed into, so "kubelet on a node" is no longer cut off.
  expect(await img.evaluate((i) => (i as HTMLImageElement).src)).toBe(
    await fig.locator('.mermaid-svg img').evaluate((i) => (i as HTMLImageElement).src),
  );
  expect(await img.evaluate((i) => getComputedStyle(i).filter)).toBe('invert(0.9) hue-rotate(180deg)');
  const shown = await img.boundingBox();
  expect(shown && column && shown.width).toBeGreaterThan(column?.width ?? 0);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  // A narrow diagram has no such button.
  await page.goto(LESSON_2);
  const narrow = page.locator('figure.diagram').first();
  await expect(narrow.locator('img').first()).toHaveAttribute('width', /^([1-6]\d\d|\d\d|700)$/);
  await expect(narrow.getByRole('button', { name: 'Open the diagram full width' })).toHaveCount(0);
});

test('every diagram image decodes after the build compacts it', async ({ page }) => {
  // src/build/svg-compact.ts rounds, re-quotes and prunes each drawing: a slip there would leave a
  // broken image with its alt text only. Decode every one, on every lesson.
  for (const path of ALL_LESSONS) {
    await page.goto(path);
    const sizes = await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll<HTMLImageElement>('.mermaid-svg img')].map(async (shown) => {
          const img = new Image();
          img.src = shown.src;
          try {
            await img.decode();
            return img.naturalWidth;
          } catch {
            return 0;
          }
        }),
      ),
    );
    expect(
      sizes.filter((w) => w === 0),
      `${path}: broken diagram images`,
    ).toEqual([]);
  }
});

test('without JavaScript the full-width button is not shown (the diagram scrolls sideways instead)', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('learn/orchestration/how-kubernetes-orchestrates/');
  const fig = page.locator('figure.diagram', { hasText: 'From kubectl apply to running containers' });
  await expect(fig.locator('.diagram-light img')).toBeVisible();
  await expect(fig.locator('button.diagram-open')).toBeHidden();
  await context.close();
});

test('search indexes what the learner reads, not the diagrams’ source', async ({ page }) => {
  await page.goto('search/');
  await page.getByLabel('Search for a word or phrase').fill('flowchart');
  await page.getByRole('button', { name: 'Search' }).click();
  // Pagefind stems "flowchart" to "flow", so prose about OAuth flows may match; what must not
  // appear is Mermaid source (before: 24 lessons, with excerpts of diagram code).
  await expect(page.locator('#search-status')).toContainText('"flowchart"');
  const results = page.locator('#search-results');
  await expect(results).not.toContainText(/flowchart|-->|sequenceDiagram/);
  expect(await results.getByRole('link').count()).toBeLessThan(5);
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
  await expect(page.locator('figure.diagram .diagram-light img').first()).toBeVisible();
});
