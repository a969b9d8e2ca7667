import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { badInputs } from '../support/bad-inputs';
import { test, expect } from './fixtures';

const LESSON = 'learn/containers/containers-and-vms/';

async function explorer(page: Page) {
  await page.goto(LESSON);
  const w = page.locator('[data-widget="density-explorer"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island[ssr]')).toHaveCount(0);
  return w;
}

test('the density explorer fits 38 containers against 24 VMs for the lesson’s host, and follows edits', async ({
  page,
}) => {
  const w = await explorer(page);
  await expect(w.locator('.dx-summary')).toContainText(
    '38 containers against 24 VMs: 14 more instances as containers.',
  );
  await w.getByLabel('Per container: memory (GB)').fill('0');
  await expect(w.locator('.dx-summary')).toContainText('40 containers against 24 VMs');
  await w.getByLabel('One app instance: vCPUs').fill('1');
  await expect(w.locator('.dx-table tbody tr').first()).toContainText('CPU runs out first');
  await expect(w.locator('.dx-summary')).toContainText('15 containers against 12 VMs');
});

test('a bad value names its field, keeps the last valid result and never shows NaN', async ({ page }) => {
  const w = await explorer(page);
  const host = w.getByLabel('Host memory (GB)');
  await host.fill('-64');
  await expect(w.locator('.dx-error')).toContainText(
    'It cannot be negative. The results below are for the last valid values.',
  );
  await expect(host).toHaveAttribute('aria-invalid', 'true');
  await expect(w.locator('.dx-summary')).toContainText('38 containers against 24 VMs');
  await host.fill('2');
  await expect(w.locator('.dx-error')).toContainText(
    '"Kept for the host: memory (GB)" must be at most "Host memory (GB)" (2) (received 4).',
  );
  for (const bad of badInputs('numbers')) {
    await host.fill(bad);
    await expect(w.locator('.dx-summary')).not.toContainText('NaN');
    await expect(w.locator('.dx-table')).not.toContainText('NaN');
  }
  await w.getByRole('button', { name: 'Back to the lesson’s values' }).click();
  await expect(w.locator('.dx-error')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).include('[data-widget="density-explorer"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
