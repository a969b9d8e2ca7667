import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_2 } from './fixtures';

// Issue 13: the glossary (first use of each term in a lesson links to it, with its definition on
// hover and keyboard focus) and the reflection journal (answers kept with progress, exported as
// Markdown and with the progress file).

test('a term in a lesson is reachable by keyboard, shows its definition on focus, and Enter opens its entry', async ({
  page,
}) => {
  await page.goto(LESSON_2);
  const first = page.locator('main a.term').first();
  await expect(first).toHaveText('Data egress');
  const definition = (await first.getAttribute('data-def')) ?? '';
  expect(definition).toMatch(/^Data leaving a provider's network/);

  // Tab from the top of the page until the focus lands on a term link.
  await page.locator('body').focus();
  let onTerm = false;
  for (let i = 0; i < 80 && !onTerm; i++) {
    await page.keyboard.press('Tab');
    onTerm = await page.evaluate(() => document.activeElement?.classList.contains('term') ?? false);
  }
  expect(onTerm, 'a glossary link within 80 presses of Tab').toBe(true);
  const focused = page.locator('a.term:focus');
  await expect(focused).toHaveText('Data egress');

  // Its definition: shown beside it (the CSS tooltip) and given to screen readers as its description.
  await expect(focused).toHaveAccessibleName('Data egress');
  await expect(focused).toHaveAccessibleDescription(definition);
  const tip = await focused.evaluate((a) => {
    const s = getComputedStyle(a, '::after');
    return { display: s.display, content: s.content };
  });
  expect(tip.display).toBe('block');
  expect(tip.content).toContain(definition);
  // Esc dismisses it without moving the focus (WCAG 1.4.13); it comes back on the next focus.
  await page.keyboard.press('Escape');
  await expect(focused).toBeFocused();
  expect(await focused.evaluate((a) => getComputedStyle(a, '::after').display)).toBe('none');
  await focused.evaluate((a: HTMLElement) => a.blur());
  expect(await first.evaluate((a) => getComputedStyle(a, '::after').display)).toBe('none');

  // Enter follows the link to the glossary entry, under the base path.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/course\/glossary\/#data-egress$/);
  const entry = page.locator('dt#data-egress');
  await expect(entry).toHaveText('Data egress');
  await expect(entry).toBeInViewport();
  await expect(page.locator('dt#data-egress + dd')).toContainText(definition);
  await expect(page.locator('dt#data-egress + dd').getByRole('link')).toHaveAttribute(
    'href',
    '/course/learn/data-in-the-cloud/egress-and-ingress/',
  );
});

test('the glossary lists its terms A to Z with a jump list', async ({ page }) => {
  await page.goto('glossary/');
  const letters = page.getByRole('navigation', { name: 'Glossary letters' });
  await letters.getByRole('link', { name: 'K', exact: true }).click();
  await expect(page).toHaveURL(/#letter-K$/);
  await expect(page.locator('section:has(h2#letter-K) dt').first()).toHaveText('Kernel');
  const terms = await page.locator('dt').allTextContents();
  expect(terms.length).toBeGreaterThanOrEqual(50);
  const lower = terms.map((t) => t.trim().toLowerCase());
  expect(lower).toEqual([...lower].sort((a, b) => a.localeCompare(b, 'en-GB')));
  // Reachable from every page's footer.
  await page.goto('');
  await page.locator('footer').getByRole('link', { name: 'glossary' }).click();
  await expect(page).toHaveURL(/\/course\/glossary\/$/);
});

test('the journal keeps an answer across a reload, and exports it as Markdown and with progress', async ({ page }) => {
  await page.goto('journal/');
  const box = page.getByLabel('Your answer to question 1');
  await expect(box).toBeEditable();
  await box.fill('Nightly batch loads from three shops.\n# Not a heading');
  await page.getByLabel('Your answer to question 4').fill('One IAM role per pod.');
  await page.reload();
  await expect(page.getByLabel('Your answer to question 1')).toHaveValue(
    'Nightly batch loads from three shops.\n# Not a heading',
  );
  await expect(page.getByLabel('Your answer to question 4')).toHaveValue('One IAM role per pod.');

  const [md] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as Markdown' }).click(),
  ]);
  expect(md.suggestedFilename()).toBe('reflection-journal.md');
  const text = readFileSync((await md.path())!, 'utf8');
  expect(text).toContain('## 1. What is the workload?');
  expect(text).toContain('Nightly batch loads from three shops.\n\\# Not a heading');
  expect(text).toContain('## 4. Who may access what?');
  expect(text).toContain('One IAM role per pod.');
  await expect(page.getByRole('status').filter({ hasText: 'reflection-journal.md' })).toBeVisible();

  // The progress export carries the journal.
  await page.goto('progress/');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my progress (JSON)' }).click(),
  ]);
  const file = JSON.parse(readFileSync((await json.path())!, 'utf8'));
  expect(file.journal.answers.access.text).toBe('One IAM role per pod.');
});

test('a corrupt saved journal is set aside with a notice and the rest of progress stays', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem(
      'cdc:progress',
      JSON.stringify({
        version: 2,
        lessons: { '01-data-in-the-cloud/01-business-requirements': { completedAt: '2026-12-01T10:00:00.000Z' } },
        quizzes: {},
        seed: 5,
        journal: { answers: 'not answers' },
      }),
    );
  });
  await page.goto('journal/');
  await expect(page.locator('#notices')).toContainText('Your saved journal answers could not be read');
  await expect(page.getByLabel('Your answer to question 1')).toHaveValue('');
  const saved = await page.evaluate(() => ({
    progress: JSON.parse(localStorage.getItem('cdc:progress') ?? '{}'),
    backup: localStorage.getItem('cdc:progress:journal-backup'),
  }));
  expect(Object.keys(saved.progress.lessons)).toEqual(['01-data-in-the-cloud/01-business-requirements']);
  expect(saved.backup).toBe('{"answers":"not answers"}');
});

test('without JavaScript the journal shows its questions and says answering needs JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('journal/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
  await expect(page.getByText('Answering here needs JavaScript')).toBeVisible();
  await expect(page.locator('textarea')).toHaveCount(6);
  await expect(page.locator('textarea').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Download as Markdown' })).toBeHidden();
  await context.close();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the glossary and the journal have no serious accessibility violation (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('cdc:theme', t), theme);
    for (const path of ['glossary/', 'journal/']) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        path,
      ).toEqual([]);
    }
  });
}
