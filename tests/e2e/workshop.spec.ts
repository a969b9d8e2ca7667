import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_1, LESSON_2, quizReady } from './fixtures';

const serious = async (page: import('@playwright/test').Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );

test('the workshop page shows a code large with its join link as a QR code, and refuses a bad code', async ({
  page,
}) => {
  await page.goto('workshop/');
  const code = page.getByLabel('Workshop code');
  await code.fill('no spaces allowed!');
  await page.getByRole('button', { name: 'Show it to the class' }).click();
  await expect(page.locator('#workshop-code-error')).toHaveText(
    /^This code cannot be used: a workshop code has 3 to 32/,
  );
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#workshop-show')).toBeHidden();

  await code.fill('Cloud-2026-A');
  await page.getByLabel('Page the class opens').selectOption({ label: 'Business requirements for cloud data' });
  await page.getByRole('button', { name: 'Show it to the class' }).click();
  await expect(code).not.toHaveAttribute('aria-invalid');
  const shown = page.locator('#workshop-show');
  await expect(shown.locator('[data-code]')).toHaveText('cloud-2026-a');
  await expect(shown.getByRole('img', { name: 'QR code of the join link for workshop cloud-2026-a' })).toBeVisible();
  const link = shown.locator('[data-link]');
  await expect(link).toHaveAttribute('href', new RegExp(`/course/${LESSON_1}\\?workshop=cloud-2026-a$`));
  // The page keeps itself in its address: a reload shows the same code and page.
  await expect(page).toHaveURL(/\?show=cloud-2026-a&start=/);
  await page.reload();
  await expect(page.locator('#workshop-show [data-code]')).toHaveText('cloud-2026-a');
  await expect(page.getByLabel('Page the class opens')).toHaveValue(new RegExp(`${LESSON_1}$`));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await serious(page)).toEqual([]);
  }
});

test('a learner who joins sees the code on every page, is asked before leaving the class’s numbers, and can leave', async ({
  page,
}) => {
  await page.goto(`${LESSON_1}?workshop=cloud-2026-a`);
  const bar = page.getByRole('complementary', { name: 'Workshop' });
  await expect(bar).toContainText('Workshop code cloud-2026-a: your quiz numbers match your class.');
  await quizReady(page);
  const q = page.locator('#q-data-requirements-daily-volume');
  await expect(page.locator('.quiz-workshop').first()).toContainText('cloud-2026-a');
  const prompt = await q.locator('.quiz-prompt').innerText();
  // Declining keeps the class's numbers.
  page.once('dialog', (d) => {
    expect(d.message()).toContain('differ from the rest of the class (workshop code "cloud-2026-a")');
    void d.dismiss();
  });
  await q.getByRole('button', { name: 'New variant' }).click();
  await expect(q.locator('.quiz-prompt')).toHaveText(prompt);

  await page.goto(LESSON_2);
  await expect(bar).toBeVisible();
  expect(await serious(page)).toEqual([]);
  await bar.getByRole('button', { name: 'Leave the workshop' }).click();
  await expect(bar).toBeHidden();
  await expect(page.locator('#notices')).toContainText('You left the workshop');
  await page.goto(LESSON_1);
  await quizReady(page);
  await expect(page.locator('.quiz-workshop')).toHaveCount(0);
  await expect(bar).toBeHidden();
});

test('a widget’s scenario can be shown as a QR code of its link', async ({ page }) => {
  await page.goto(LESSON_2);
  const w = page.locator('section.egx').first();
  await w.scrollIntoViewIfNeeded();
  await expect(w).toHaveAttribute('data-ready', 'true');
  const toggle = w.getByRole('button', { name: 'Show as QR code' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(w.getByRole('img', { name: 'QR code of the link to this scenario' })).toBeVisible();
  await expect(w.locator('.copy-link-qr-url')).toContainText(`/course/${LESSON_2}`);
  expect(await serious(page)).toEqual([]);
  await toggle.click();
  await expect(w.getByRole('img', { name: 'QR code of the link to this scenario' })).toHaveCount(0);
});
