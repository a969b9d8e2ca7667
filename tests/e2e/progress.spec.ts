import { test, expect, LESSON_1, quizReady } from './fixtures';

test('marking a lesson complete survives a reload and shows on the home page', async ({ page }) => {
  await page.goto(LESSON_1);
  const btn = page.getByRole('button', { name: 'Mark as complete' });
  await btn.click();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
  const sidebarItem = page
    .getByRole('navigation', { name: 'Course' })
    .locator(`[data-lesson-id="01-data-in-the-cloud/01-business-requirements"]`);
  await expect(sidebarItem).toHaveAttribute('data-done', 'true');
  await expect(sidebarItem).toContainText('(completed)');
  await page.goto('./');
  await expect(page.locator('.course-progress .progress-text')).toHaveText(/^1 of \d+ lessons complete$/);
});

test('corrupt saved progress is set aside with a notice and a fresh record starts', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('cdc:progress', '{"version": -1, "lessons": "nope"'));
  await page.goto(LESSON_1);
  await expect(page.locator('#notices')).toContainText('Your saved progress could not be read (it is not valid JSON)');
  await expect(page.locator('#notices')).toContainText('cdc:progress:backup');
  expect(await page.evaluate(() => localStorage.getItem('cdc:progress:backup'))).toBe(
    '{"version": -1, "lessons": "nope"',
  );
  // The page still works: marking complete writes a fresh, valid record.
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('cdc:progress'))) ?? 'null');
  expect(saved.version).toBe(2);
  expect(Object.keys(saved.lessons)).toEqual(['01-data-in-the-cloud/01-business-requirements']);
});

test('foreign data under the theme key does not break the page', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.setItem('cdc:theme', '<img src=x onerror=alert(1)>'));
  await page.reload();
  await expect(page.locator('#notices')).toContainText('Your saved theme could not be read');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('an old version-1 record is migrated, not lost', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() =>
    localStorage.setItem(
      'cdc:progress',
      JSON.stringify({ version: 1, completed: ['01-data-in-the-cloud/01-business-requirements'] }),
    ),
  );
  await page.goto(LESSON_1);
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
  await expect(page.locator('#notices')).toContainText('upgraded');
});

test('export, then import into a fresh browser, restores progress; a bad file is refused', async ({
  page,
  browser,
}) => {
  await page.goto(LESSON_1);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.goto('progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress (JSON)' }).click();
  const file = await (await download).path();

  const other = await browser.newContext();
  const p2 = await other.newPage();
  await p2.goto('progress/');
  await p2
    .getByLabel('Progress file (JSON)')
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"other"}') });
  await expect(p2.locator('#import-message')).toContainText('Import refused: the file was not exported by this course');
  await expect(p2.locator('.progress-text')).toHaveText(/^0 of/);
  await p2.getByLabel('Progress file (JSON)').setInputFiles(file);
  await expect(p2.locator('#import-message')).toHaveText('Imported: 1 completed lesson.');
  await expect(p2.locator('.progress-text')).toHaveText(/^1 of/);
  await other.close();
});

test('reset asks for confirmation and empties progress', async ({ page }) => {
  await page.goto(LESSON_1);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.goto('progress/');
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.locator('.progress-text')).toHaveText(/^1 of/);
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset all progress' }).click();
  await expect(page.locator('.progress-text')).toHaveText(/^0 of/);
  await expect(page.locator('#reset-message')).toHaveText('Your progress was reset.');
});

test('progress saved in another tab shows up without a reload', async ({ page, context }) => {
  await page.goto(LESSON_1);
  const other = await context.newPage();
  await other.goto(LESSON_1);
  await other.getByRole('button', { name: 'Mark as complete' }).click();
  const item = page
    .getByRole('navigation', { name: 'Course' })
    .locator('[data-lesson-id="01-data-in-the-cloud/01-business-requirements"]');
  await expect(item).toHaveAttribute('data-done', 'true');
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
});

test('a theme chosen in another tab is followed without a reload', async ({ page, context }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(LESSON_1);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: 'light' });
  await other.goto(LESSON_1);
  await other.getByRole('button', { name: /theme/i }).click();
  await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: /theme/i })).toHaveAttribute('aria-pressed', 'true');
});

test('a quiz answered in one tab updates the quiz and sidebar of another, through the shared store', async ({
  page,
  context,
}) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const other = await context.newPage();
  await other.goto(LESSON_1);
  await quizReady(other);
  const q = other.locator('#q-data-requirements-three-vs');
  for (const l of [/Volume:/, /Velocity:/, /Variety:/]) await q.getByLabel(l).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  await expect(page.locator('.quiz-score')).toContainText('Score: 1 of 5 right (1 answered).');
  await expect(page.locator('#q-data-requirements-three-vs')).toContainText('1 attempt');
  const sidebarItem = page.locator('.sidebar [data-lesson-id="01-data-in-the-cloud/01-business-requirements"]');
  await expect(sidebarItem.locator('.quiz-badge')).toHaveText('quiz 1/5');
});
