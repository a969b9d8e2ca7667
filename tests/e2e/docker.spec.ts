import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { badInputs } from '../support/bad-inputs';
import { test, expect } from './fixtures';

const COMPOSE = 'learn/containers/modelling-with-compose/';

async function visualiser(page: Page) {
  await page.goto(COMPOSE);
  const w = page.locator('[data-widget="compose-visualiser"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(w.locator('.cv-diagram')).toHaveAttribute('data-state', 'rendered', { timeout: 15_000 });
  return w;
}

test('the compose visualiser draws the example and redraws when the file changes', async ({ page }) => {
  const w = await visualiser(page);
  await expect(w.locator('.cv-diagram svg')).toContainText('db: postgres:17');
  await expect(w.locator('.cv-list li')).toHaveCount(2);
  const editor = w.getByLabel('Compose file (YAML)');
  const text = await editor.inputValue();
  await editor.fill(
    text.replace('services:\n', 'services:\n  cache:\n    image: redis:8\n    ports:\n      - "6379:6379"\n'),
  );
  await expect(w.locator('.cv-list li')).toHaveCount(3);
  await expect(w.locator('.cv-list')).toContainText(
    'cache runs redis:8; publishes host port 6379 to container port 6379/tcp',
  );
  await expect(w.locator('.cv-diagram svg')).toContainText('cache: redis:8', { timeout: 15_000 });
});

test('bad YAML shows the error with its line and keeps the last good diagram', async ({ page }) => {
  const w = await visualiser(page);
  const editor = w.getByLabel('Compose file (YAML)');
  await editor.fill('services:\n  web:\n    image: nginx\n    depends_on: [db]\n');
  await expect(w.locator('.cv-error')).toHaveText(
    'Line 2: service "web" depends on undefined service "db": invalid compose project The diagram and list show the last valid version of the file.',
  );
  await expect(editor).toHaveAttribute('aria-invalid', 'true');
  await expect(w.locator('.cv-list li')).toHaveCount(2);
  for (const bad of badInputs('yaml')) {
    await editor.fill(bad);
    await expect(w.locator('.cv-error')).toBeVisible();
    await expect(w.locator('.cv-diagram svg')).toHaveCount(1);
  }
  await w.getByRole('button', { name: 'Restore the example' }).click();
  await expect(w.locator('.cv-error')).toHaveCount(0);
});

test('an obsolete version key is a warning, not an error', async ({ page }) => {
  const w = await visualiser(page);
  const editor = w.getByLabel('Compose file (YAML)');
  await editor.fill(`version: '3'\n${await editor.inputValue()}`);
  await expect(w.locator('.cv-warnings')).toContainText('the attribute `version` is obsolete');
  await expect(w.locator('.cv-error')).toHaveCount(0);
});

test('no serious axe violation around the compose visualiser, light and dark, with an error shown', async ({
  page,
}) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const w = await visualiser(page);
    await w.getByLabel('Compose file (YAML)').fill('services: [');
    await expect(w.locator('.cv-error')).toBeVisible();
    const results = await new AxeBuilder({ page }).include('[data-widget="compose-visualiser"]').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});

test('without JavaScript the compose file and what it starts are readable', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(COMPOSE);
  const w = page.locator('[data-widget="compose-visualiser"]');
  await expect(w.locator('textarea')).toHaveValue(/image: postgres:17/);
  await expect(w.locator('.cv-list')).toContainText(
    'web runs nginx:1.29; publishes host port 8080 to container port 80/tcp; starts after db',
  );
  await ctx.close();
});

test('the lessons show what Docker prints, without JavaScript', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto('learn/containers/running-containers/');
  const conflict = page.locator('figure.docker-transcript').filter({ hasText: 'port is already allocated' });
  await expect(conflict).toContainText('Bind for 0.0.0.0:8080 failed: port is already allocated');
  await expect(conflict).toContainText('[exit code 125]');
  await page.goto('learn/deploying/python-app-in-docker/');
  await expect(page.locator('figure.docker-transcript').first()).toContainText(
    'CACHED [4/6] RUN pip install --no-cache-dir -r requirements.txt',
  );
  await ctx.close();
});

test('no serious axe violation in the transcripts, light and dark', async ({ page }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('learn/containers/running-containers/');
    const results = await new AxeBuilder({ page }).include('figure.docker-transcript').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${scheme}: ${v.id}`)).toEqual([]);
  }
});
