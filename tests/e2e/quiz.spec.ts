import { test, expect, LESSON_1, quizReady } from './fixtures';

test('a quiz answered wrong then right: feedback, attempts, score kept after reload', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-three-vs');
  await q.getByLabel(/Vendor/).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Not quite');
  await expect(q).toContainText('1 attempt');
  await q.getByLabel(/Vendor/).uncheck();
  for (const l of [/Volume:/, /Velocity:/, /Variety:/]) await q.getByLabel(l).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  await expect(q).toContainText('2 attempts');
  await expect(page.locator('.quiz-score')).toContainText('Score: 1 of 5 right (1 answered).');
  await page.reload();
  await quizReady(page);
  await expect(page.locator('#q-data-requirements-three-vs')).toContainText('2 attempts');
  const sidebarItem = page.locator('.sidebar [data-lesson-id="01-data-in-the-cloud/01-business-requirements"]');
  await expect(sidebarItem.locator('.quiz-badge')).toHaveText('quiz 1/5');
});

test('numeric answers are forgiving, unreadable ones are explained and not counted', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-daily-volume');
  const input = q.getByLabel('Your answer');
  await input.fill('abc');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('is not a number this quiz can read');
  await expect(q).toContainText('0 attempts');
  await input.fill('<img src=x onerror=alert(1)>');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('not a number');
  await expect(q.locator('img')).toHaveCount(0);
  await input.fill('1');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Not quite');
  await q.getByRole('button', { name: 'Show answer' }).click();
  const answer = (await q.locator('.quiz-answer').innerText()).replace('Answer:', '').trim();
  expect(answer).toMatch(/^[\d,.]+ GB$/);
  // The shown answer typed back with thousands separators and the unit, or as bare digits: both right.
  await input.fill(answer);
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  await input.fill(answer.replace(/,/g, '').replace(' GB', ''));
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  await expect(q).toContainText('3 attempts');
  // New variant: a fresh variant with no attempts.
  await q.getByRole('button', { name: 'New variant' }).click();
  await expect(q).toContainText('0 attempts');
});

test('show answer is offered only after an attempt, and a reset forgets the answers', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-semi-structured-name');
  await expect(q.getByRole('button', { name: 'Show answer' })).toBeDisabled();
  await q.getByLabel('Your answer').fill('  Semi Structured ');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset this quiz' }).click();
  await expect(page.locator('.quiz-score')).toContainText('Score: 0 of 5 right (0 answered).');
});

test('questions are numbered, each with its own link', async ({ page }) => {
  await page.goto(`${LESSON_1}#q-data-requirements-daily-volume`);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-daily-volume');
  await expect(q.locator('legend')).toContainText('Question 2');
  await expect(q.getByRole('link', { name: 'Link to question 2' })).toHaveAttribute(
    'href',
    '#q-data-requirements-daily-volume',
  );
});

test('a workshop code gives two browsers the same numbers; a garbage code is ignored with a notice', async ({
  browser,
}) => {
  const prompts: string[] = [];
  for (let i = 0; i < 2; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(`${LESSON_1}?workshop=Cloud-2026-A`);
    await quizReady(page);
    await expect(page.locator('.quiz-workshop')).toContainText('cloud-2026-a');
    prompts.push(await page.locator('#q-data-requirements-daily-volume .quiz-prompt').innerText());
    // The code is remembered on later pages without the query string.
    await page.goto(LESSON_1);
    await quizReady(page);
    expect(await page.locator('#q-data-requirements-daily-volume .quiz-prompt').innerText()).toBe(prompts[i]);
    await ctx.close();
  }
  expect(prompts[0]).toBe(prompts[1]);

  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${LESSON_1}?workshop=${encodeURIComponent('<script>x</script>')}`);
  await quizReady(page);
  await expect(page.locator('#notices')).toContainText('The workshop code in the address was ignored');
  // Told once, although the shell and the quiz both read the code.
  await expect(page.locator('.notice', { hasText: 'workshop code' })).toHaveCount(1);
  await expect(page.locator('.quiz-workshop')).toHaveCount(0);
  await ctx.close();
});

test('a question can be answered with the keyboard alone, and the result is announced', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-sensitivity-first');
  // Focus the first radio of the question, move with the arrow keys, then Tab to "Check answer".
  await q.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  await expect(q.getByRole('radio').first()).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(q.getByRole('radio').nth(1)).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Tab');
  await expect(q.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  const status = q.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('Correct.');
});

test('after a reload a checked answer is shown in its box, and a typed unchecked one survives', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-daily-volume');
  await q.getByLabel('Your answer').fill('12345');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q).toContainText('1 attempt');
  const other = page.locator('#q-data-requirements-semi-structured-name').getByLabel('Your answer');
  await other.fill('still typing');
  await page.reload();
  await quizReady(page);
  await expect(page.locator('#q-data-requirements-daily-volume').getByLabel('Your answer')).toHaveValue('12345');
  await expect(page.locator('#q-data-requirements-semi-structured-name').getByLabel('Your answer')).toHaveValue(
    'still typing',
  );
});

test('a unit the question does not use gets a hint about the unit', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-daily-volume');
  await q.getByLabel('Your answer').fill('480000 MB');
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('"MB" is not the unit this question uses: give the number in GB.');
  await expect(q).toContainText('0 attempts');
});

test('without JavaScript a quiz shows its questions and says that checking needs JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(LESSON_1);
  await expect(page.locator('.quiz-needs-js')).toHaveText(
    'Checking answers needs JavaScript, which is off or still loading. The questions below can be read now.',
  );
  await expect(page.locator('.quiz-q').first()).toBeVisible();
  await ctx.close();
});
