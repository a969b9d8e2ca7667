import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { badInputs } from '../support/bad-inputs';

test('the agenda plans a workshop from the lesson durations, keeps the last good plan on bad input, and shares by link', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'plan a workshop agenda' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Workshop agenda');
  const plan = page.locator('.ag-plan');
  await expect(plan.locator('tbody tr').first()).toContainText('09:00 to');
  await expect(plan.locator('tr[data-kind="lunch"]')).toHaveCount(1);

  // Only module 1, from 13:30, no lunch: four lessons and their breaks.
  for (const box of await page.getByRole('checkbox').all()) await box.uncheck();
  await page.getByRole('checkbox', { name: /^Data in the cloud/ }).check();
  await page.getByLabel('Start time').fill('13:30');
  await page.getByLabel('Lunch at (leave empty for none)').fill('');
  await expect(plan.locator('tbody tr').first()).toContainText('13:30 to');
  await expect(plan.locator('tr[data-kind="lesson"]')).toHaveCount(4);
  await expect(plan.locator('tr[data-kind="lunch"]')).toHaveCount(0);
  const summary = await page.locator('.ag-summary').innerText();
  expect(summary).toMatch(/^13:30 to \d\d:\d\d: /);

  // Careless input: a message beside the field, the last good plan stays, nothing breaks.
  const every = page.getByLabel('Break after this many minutes of lessons');
  for (const bad of [...badInputs('numbers').slice(0, 12), '5']) {
    await every.fill(bad);
    await expect(plan.locator('tbody tr').first()).toContainText('13:30 to');
  }
  await expect(page.locator('.ag-error')).toContainText('The minutes between breaks');
  await expect(page.locator('body')).not.toContainText(/NaN|undefined|breakEvery/);
  await every.fill('60');
  await expect(page.locator('.ag-error')).toHaveCount(0);

  // The address carries the plan: a new tab opens the same one.
  await page.getByRole('button', { name: 'Copy a link to this plan' }).click();
  const url = page.url();
  expect(url).toContain('ag.start=13%3A30');
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.locator('.ag-plan tbody tr').first()).toContainText('13:30 to');
  await expect(other.locator('.ag-plan tr[data-kind="lesson"]')).toHaveCount(4);

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ag-controls')).toBeHidden();
  await expect(plan).toBeVisible();
});
