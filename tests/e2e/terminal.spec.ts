import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { badInputs } from '../support/bad-inputs';
import { test, expect, LESSON_1 } from './fixtures';

const RUNNING = 'learn/containers/running-containers/';
const COMPOSE = 'learn/containers/modelling-with-compose/';

/** Opens a lesson's terminal, waits for xterm.js, and focuses its input. */
async function openTerminal(page: Page, path: string, id: string): Promise<Locator> {
  await page.goto(path);
  const w = page.locator(`[data-terminal="${id}"]`);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await w.locator('.xterm').click();
  return w;
}

/** What the terminal shows on screen, one line per row (xterm.js draws each row as a div). */
const screenText = async (w: Locator) =>
  (await w.locator('.xterm-rows > div').allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
const onScreen = (w: Locator, expected: string | RegExp) =>
  expect
    .poll(() => screenText(w), { timeout: 7_000 })
    .toMatch(typeof expected === 'string' ? new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : expected);

async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('typing docker commands runs them in the simulated engine and ticks the task it satisfies', async ({ page }) => {
  const w = await openTerminal(page, RUNNING, 'running-containers');
  const task = w.locator('[data-task="web"]');
  await expect(task).not.toHaveClass(/done/);
  await type(page, 'docker run -d -p 8080:80 --name web nginx');
  await type(page, 'docker ps');
  await onScreen(w, '0.0.0.0:8080->80/tcp');
  await onScreen(w, 'Up 1 second');
  await expect(task).toHaveClass(/done/);
  await expect(w.locator('.term-tasks-title')).toHaveText('Tasks: 1 of 4 done');
  // The tick is progress: it survives a reload, although the simulation starts afresh.
  await page.reload();
  const again = page.locator('[data-terminal="running-containers"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('[data-task="web"]')).toHaveClass(/done/);
});

test('unknown commands answer as bash does; history and Tab completion work', async ({ page }) => {
  const w = await openTerminal(page, RUNNING, 'running-containers');
  await type(page, 'dockr ps');
  await onScreen(w, 'bash: dockr: command not found');
  await type(page, 'echo $?');
  await onScreen(w, /^127$/m);
  await page.keyboard.type('dock');
  await page.keyboard.press('Tab');
  await page.keyboard.type('vers');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await onScreen(w, /\$ docker version$/m);
  await onScreen(w, 'Client: Docker Engine - Community');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await screenText(w)).split('bash: dockr: command not found').length - 1).toBe(2);
});

test('Ctrl-C abandons a line, Ctrl-L and clear empty the screen, Reset restores the start', async ({ page }) => {
  const w = await openTerminal(page, RUNNING, 'running-containers');
  await type(page, 'docker run -d --name one nginx');
  await page.keyboard.type('docker rm -f one');
  await page.keyboard.press('Control+c');
  await type(page, 'docker ps --format "{{.Names}}"');
  await onScreen(w, /^one$/m);
  await type(page, 'clear');
  await expect.poll(() => screenText(w)).not.toContain('docker run');
  await w.getByRole('button', { name: 'Reset the terminal' }).click();
  await w.locator('.xterm').click();
  await type(page, 'docker ps -a -q | wc -l');
  await onScreen(w, /^0$/m);
});

test('careless pastes never hang or break the terminal', async ({ page }) => {
  const w = await openTerminal(page, RUNNING, 'running-containers');
  const inputs = [...badInputs('shell'), 'x'.repeat(10_000), '\x1b[2J\x1b]0;hijack\x07\x00\x07', 'a\nb\r\nc'];
  for (const input of inputs) {
    await page.keyboard.insertText(input);
    await page.keyboard.press('Control+c');
  }
  await type(page, 'echo still-here');
  await onScreen(w, /^still-here$/m);
});

test('the edit panel saves a file the terminal then uses', async ({ page }) => {
  const w = await openTerminal(page, COMPOSE, 'compose');
  const editor = w.getByLabel('Contents of shop/compose.yaml');
  await expect(editor).toHaveValue(/services:/);
  await editor.fill('services:\n  cache:\n    image: redis\n');
  await w.getByRole('button', { name: 'Save to the terminal' }).click();
  await expect(w.getByText('Saved shop/compose.yaml')).toBeVisible();
  await w.locator('.xterm').click();
  await type(page, 'docker compose up -d');
  await type(page, 'docker compose ps');
  await onScreen(w, /^shop-cache-1 +redis/m);
});

test('without JavaScript the lesson shows the transcript of its example commands', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(RUNNING);
  const transcript = page.locator('[data-terminal="running-containers"] .term-transcript');
  await expect(transcript).toContainText('$ docker run -d -p 8080:80 --name web nginx');
  await expect(transcript).toContainText('0.0.0.0:8080->80/tcp');
  await expect(page.locator('[data-terminal="running-containers"] .term-tasks li')).toHaveCount(4);
  await context.close();
});

test('xterm.js loads only with a terminal on screen; the lesson is axe clean with it open', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(LESSON_1);
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /xterm/i.test(u))).toEqual([]);
  const w = await openTerminal(page, RUNNING, 'running-containers');
  expect(requests.some((u) => /xterm/i.test(u))).toBe(true);
  await type(page, 'docker run -d -p 8080:80 nginx');
  const results = await new AxeBuilder({ page }).include('[data-terminal="running-containers"]').analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await expect(w.locator('textarea').first()).toHaveAttribute('aria-label', /command input/);
});
