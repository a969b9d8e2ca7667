import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_1, LESSON_2, ALL_LESSONS, quizReady } from './fixtures';

test('on a phone the lesson menu is at the top of the page and leads to any lesson', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON_1);
  const menu = page.locator('.phone-menu');
  const box = await menu.locator('summary').boundingBox();
  expect(box && box.y + box.height).toBeLessThan(844);
  await menu.locator('summary').press('Enter');
  await expect(menu.getByRole('navigation', { name: 'Course menu' })).toBeVisible();
  await expect(menu.getByRole('navigation', { name: 'On this page (menu)' }).getByRole('link')).not.toHaveCount(0);
  await menu.getByRole('link', { name: 'Running containers with Docker' }).click();
  await expect(page).toHaveURL(/learn\/containers\/running-containers\/$/);
  // On a desktop the sidebar is beside the lesson and the phone menu is not shown.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.locator('.phone-menu')).toBeHidden();
});

test('"Start the course" becomes "Continue" with the first lesson not yet complete', async ({ page }) => {
  await page.goto('');
  const link = page.locator('#continue-course');
  await expect(link).toHaveText('Start the course');
  await page.goto(LESSON_1);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.goto('');
  await expect(link).toHaveText(/^Continue: /);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${LESSON_2}$`));
});

test('the last lesson leads to the end-of-course page, which shows results lesson by lesson', async ({ page }) => {
  await page.goto(LESSON_1);
  await quizReady(page);
  const q = page.locator('#q-data-requirements-three-vs');
  for (const l of [/Volume:/, /Velocity:/, /Variety:/]) await q.getByLabel(l).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.getByRole('status')).toContainText('Correct.');
  await page.goto(ALL_LESSONS[ALL_LESSONS.length - 1] ?? '');
  await page.getByRole('link', { name: /End of the course/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('End of the course');
  const row = page.getByRole('row', { name: /Business requirements for cloud data/ });
  await expect(row.locator('[data-lesson-score]')).toHaveText(/^1 of \d+ right \(1 answered\)$/);
  await expect(row.locator('[data-lesson-done]')).toHaveText('Not yet');
  await page.goto('progress/');
  await expect(
    page.getByRole('row', { name: /Business requirements for cloud data/ }).locator('[data-lesson-score]'),
  ).toHaveText(/^1 of \d+ right/);
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
