import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_1 } from './fixtures';
import type { Page } from '@playwright/test';

const MODULE = 'handouts/data-in-the-cloud/';
const ANSWERS = 'handouts/data-in-the-cloud/answers/';

const serious = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** The lessons of the handout's module as the course menu lists them, with their links. */
async function moduleLessons(page: Page, moduleTitle: string): Promise<{ title: string; href: string }[]> {
  await page.goto(LESSON_1);
  const mod = page.getByRole('navigation', { name: 'Course' }).locator('li').filter({ hasText: moduleTitle }).first();
  const links = mod.getByRole('link');
  const out: { title: string; href: string }[] = [];
  for (let i = 0; i < (await links.count()); i++)
    out.push({ title: (await links.nth(i).innerText()).trim(), href: (await links.nth(i).getAttribute('href')) ?? '' });
  return out;
}

test('the footer links to the handouts, and the index offers every module with and without answers, under /course/', async ({
  page,
}) => {
  await page.goto(LESSON_1);
  await page.locator('.site-footer').getByRole('link', { name: "print a module's handout" }).click();
  await expect(page).toHaveURL(/\/course\/handouts\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Printable handouts');
  const modules = page.locator('.handout-index > li');
  await expect(modules).toHaveCount(6);
  await expect(page.getByRole('link', { name: 'Data in the cloud: handout', exact: true })).toHaveAttribute(
    'href',
    '/course/handouts/data-in-the-cloud/',
  );
  await expect(page.getByRole('link', { name: 'Data in the cloud: handout with answers' })).toHaveAttribute(
    'href',
    '/course/handouts/data-in-the-cloud/answers/',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await serious(page)).toEqual([]);
  }
});

test("a module's handout has every lesson of the module in order and, as exercises, the questions each lesson's quiz first shows", async ({
  page,
  browser,
}) => {
  await page.goto(MODULE);
  const title = (await page.getByRole('heading', { level: 1 }).innerText()).replace(/: handout$/, '');
  const lessons = await moduleLessons(page, title);
  expect(lessons.length).toBeGreaterThan(1);
  await page.goto(MODULE);
  const articles = page.locator('article.handout-lesson');
  await expect(articles).toHaveCount(lessons.length);
  // No JavaScript: the quiz shows what the server drew with the default seed, as the handout must.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const lessonPage = await noJs.newPage();
  for (const [i, lesson] of lessons.entries()) {
    const article = articles.nth(i);
    await expect(article.getByRole('heading', { level: 2 }).first()).toHaveText(lesson.title);
    await expect(article.getByRole('link', { name: lesson.title })).toHaveAttribute('href', lesson.href);
    await expect(article.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
    await expect(article.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await lessonPage.goto(lesson.href.replace(/^\/course\//, ''));
    const prompts = await lessonPage.locator('.quiz-prompt').allInnerTexts();
    const printed = page
      .locator('.handout-quiz')
      .filter({ has: page.getByRole('heading', { name: `Lesson ${i + 1}: ${lesson.title}` }) })
      .locator('.handout-ex-prompt');
    expect(prompts.length).toBeGreaterThan(0);
    await expect(printed).toHaveText(prompts);
  }
  // Diagrams come with their text alternative.
  await expect(page.locator('.handout-lesson figure.diagram .diagram-alt li').first()).toBeAttached();
  await noJs.close();
});

test('the answers version shows each answer and explanation; the plain one shows none', async ({ page }) => {
  await page.goto(MODULE);
  const count = await page.locator('.handout-ex').count();
  expect(count).toBeGreaterThan(5);
  await expect(page.locator('.handout-answer')).toHaveCount(0);
  await expect(page.locator('.handout-exercises')).not.toContainText('Answer:');
  await expect(page.getByRole('link', { name: 'the handout with answers' })).toHaveAttribute(
    'href',
    '/course/' + ANSWERS,
  );
  const prompts = await page.locator('.handout-ex-prompt').allInnerTexts();

  await page.goto(ANSWERS);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data in the cloud: handout with answers');
  await expect(page.locator('.handout-ex-prompt')).toHaveText(prompts);
  await expect(page.locator('.handout-answer')).toHaveCount(count);
  for (const a of await page.locator('.handout-answer').all()) {
    await expect(a).toContainText(/Answers?:\s*\S/);
    await expect(a.locator('.handout-expl')).not.toBeEmpty();
  }
  // A question the quiz computes from drawn numbers: its printed answer is the computed one.
  const volume = page.locator('.handout-ex[data-question="daily-volume"]');
  const [sensors, per, bytes] = ((await volume.locator('.handout-ex-prompt').innerText()).match(/[\d,]+/g) ?? []).map(
    (n) => Number(n.replace(/,/g, '')),
  );
  const gb = ((sensors ?? 0) * (per ?? 0) * (bytes ?? 0) * 86_400) / 1e9;
  await expect(volume.locator('.handout-answer')).toContainText(
    `Answer: ${gb.toLocaleString('en-GB', { maximumFractionDigits: 2 })} GB`,
  );
});

test('printing leaves out navigation, header, footer and every widget control, keeps results and diagrams, and starts each lesson on a new page', async ({
  page,
}) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.goto(ANSWERS);
  // Widgets hydrate as they come into view, as they would on a learner's screen.
  for (const w of await page.locator('.handout-lesson .widget:not(.quiz-wrap)').all()) await w.scrollIntoViewIfNeeded();
  await expect(page.locator('.handout-lesson .widget:not(.quiz-wrap) astro-island[ssr]')).toHaveCount(0);
  const printButton = page.getByRole('button', { name: 'Print this handout' });
  await printButton.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(page.locator('.handout details[open]')).toHaveCount(await page.locator('.handout details').count());

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.skip-link')).toBeHidden();
  for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeHidden();
  await expect(page.locator('button:visible')).toHaveCount(0);
  await expect(
    page.locator(
      'input[type=range]:visible, input[type=checkbox]:visible, input[type=radio]:visible, textarea:visible, [role=slider]:visible',
    ),
  ).toHaveCount(0);
  // A typed value stays, as plain text beside its label (no box to fill in).
  const volume = page
    .locator('.egx-wrap')
    .first()
    .getByRole('textbox', { name: /Volume per month/ });
  await expect(volume).toBeVisible();
  expect(await volume.evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('none');
  // What stays: the lessons, the egress explorer's results as a table, the diagrams (the light
  // drawing, on paper) with their text, the exercises with answers.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.egx-wrap table').first()).toBeVisible();
  await expect(page.locator('.handout-lesson figure.diagram .diagram-light img').first()).toBeVisible();
  await expect(page.locator('.handout-lesson .diagram-alt li').first()).toBeVisible();
  await expect(page.locator('.handout-answer').first()).toBeVisible();
  for (const a of await page.locator('article.handout-lesson, .handout-exercises').all())
    expect(await a.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
});

test('paper is light whatever the screen theme: a dark-theme learner prints the light palette, code and drawings', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(MODULE);
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await bg()).not.toBe('rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  expect(await bg()).toBe('rgb(255, 255, 255)');
  const img = page.locator('.handout-lesson figure.diagram img').first();
  expect(await img.evaluate((el) => getComputedStyle(el).filter)).toBe('none');
});

test('without JavaScript the handout reads in full and the Print button is not offered', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(ANSWERS);
  await expect(page.getByRole('button', { name: 'Print this handout' })).toBeHidden();
  await expect(page.getByText(/your browser's Print command/)).toBeVisible();
  await expect(page.locator('article.handout-lesson').first()).toBeVisible();
  await expect(page.locator('.handout-answer').first()).toBeVisible();
  await ctx.close();
});

test('a module handout has no serious or critical axe violation (light and dark)', async ({ page }) => {
  await page.goto(MODULE);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await serious(page)).toEqual([]);
  }
});

test('every id on a module handout is unique and every in-page reference finds its target (several lessons on one page)', async ({
  page,
}) => {
  for (const path of ['handouts/deploying/', 'handouts/access-control/answers/']) {
    await page.goto(path);
    const problems = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      const refs = [
        ...[...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)),
        ...[...document.querySelectorAll('[aria-labelledby], [aria-describedby]')].flatMap((e) =>
          `${e.getAttribute('aria-labelledby') ?? ''} ${e.getAttribute('aria-describedby') ?? ''}`.split(/\s+/),
        ),
      ];
      const missing = refs.filter((r) => r && !document.getElementById(r));
      return { dup: [...new Set(dup)], missing: [...new Set(missing)] };
    });
    expect(problems, path).toEqual({ dup: [], missing: [] });
  }
  // A heading link inside a lesson still lands on its (renamed) heading.
  await page.goto('handouts/deploying/');
  const terminals = page.getByRole('heading', { name: 'Try it in the terminal' });
  expect(await terminals.count()).toBeGreaterThan(1);
});
