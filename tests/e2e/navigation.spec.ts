import { test, expect, LESSON_1, LESSON_2 } from './fixtures';

test('home -> first lesson -> next lesson, with breadcrumbs and sidebar', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cloud Data & Containers');
  await expect(page.getByRole('heading', { name: /Module 1\s+Data in the cloud/ })).toBeVisible();
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(new RegExp(`/course/${LESSON_1}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Data in the cloud');
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
  const sidebar = page.getByRole('navigation', { name: 'Course' });
  await expect(sidebar.getByRole('link', { name: 'Business requirements for cloud data' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await page.getByRole('link', { name: /Next\s+What leaves the cloud/ }).click();
  await expect(page).toHaveURL(new RegExp(`/course/${LESSON_2}$`));
  await expect(page.getByRole('link', { name: /Previous\s+Business requirements/ })).toBeVisible();
});

test('the table of contents links to headings on the page', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(LESSON_1);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Three kinds of data' }).click();
  await expect(page).toHaveURL(/#three-kinds-of-data$/);
  await expect(page.getByRole('heading', { name: 'Three kinds of data' })).toBeInViewport();
});

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const res = await page.goto('learn/no-such-lesson/');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Go to the course home page' }).click();
  await expect(page).toHaveURL(/\/course\/$/);
});

test('code blocks carry a label and a working copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(LESSON_1);
  const block = page.locator('pre.astro-code[data-label="hr-event.json"]');
  await expect(block).toHaveCount(1);
  await block.scrollIntoViewIfNeeded();
  const copy = page.getByRole('button', { name: 'Copy hr-event.json to the clipboard' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('"employee.transferred"');
});
