import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { badInputs } from '../support/bad-inputs';
import { test, expect, settle } from './fixtures';

/** The lessons that embed the visualiser: healthy + read-your-writes, then the two projector scenarios. */
const CONSISTENCY = 'learn/cqrs/consistency/';
const SYNCHRONISATION = 'learn/cqrs/synchronisation/';
const WHERE = {
  healthy: CONSISTENCY,
  'read-your-writes': CONSISTENCY,
  'projector-cant-keep-up': SYNCHRONISATION,
  'lag-spike': SYNCHRONISATION,
} as const;
type Preset = keyof typeof WHERE;

/** Scrolls to the visualiser a lesson opened with `preset` and waits until its island has run. */
async function widget(page: Page, preset: Preset, path: string = WHERE[preset]): Promise<Locator> {
  if (!page.url().includes(path)) await page.goto(path);
  const w = page.locator(`[data-widget="cqrs-visualiser"][data-preset="${preset}"]`);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(w.locator('.cqv')).toHaveAttribute('data-ready', 'true');
  return w;
}

/** Answers the predict-first question with its first choice and runs. */
async function predict(w: Locator): Promise<void> {
  await w.locator('.cqv-predict input[type="radio"]').first().check();
  await w.getByRole('button', { name: 'Run it' }).click();
  await reveal(w);
}

/**
 * The outcome waits for the end of the run, and the learner may ask for it sooner. With reduced
 * motion there is no playback to wait for, so it shows at once.
 */
async function reveal(w: Locator): Promise<void> {
  await expect(w.locator('.cqv-reveal, .cqv-outcome').first()).toBeVisible();
  if ((await w.locator('.cqv-reveal').count()) > 0) {
    await expect(w.locator('.cqv-reveal')).toContainText('checked when the run reaches its end');
    await expect(w.locator('.cqv-outcome')).toHaveCount(0);
    await w.getByRole('button', { name: 'Show the result now' }).click();
  }
  await expect(w.locator('.cqv-outcome')).toBeVisible();
}

/** Stops playback if it is running. */
async function stop(w: Locator): Promise<void> {
  const pause = w.getByRole('button', { name: 'Pause', exact: true });
  if (await pause.isVisible()) await pause.click();
  await expect(w.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
}

const metric = (w: Locator, key: string) => w.locator(`.cqv-metrics [data-metric="${key}"] td`);
const numberOf = async (l: Locator): Promise<number> => Number((await l.innerText()).replace(/[^\d.]/g, ''));
const timeMs = async (w: Locator): Promise<number> =>
  Number(await w.locator('output.cqv-time').getAttribute('data-time-ms'));

for (const preset of Object.keys(WHERE) as Preset[]) {
  test(`the ${preset} scenario asks for a prediction, runs, and shows the outcome beside it`, async ({ page }) => {
    const w = await widget(page, preset);
    await expect(w.locator('.cqv-metrics')).toHaveCount(0);
    await expect(w.locator('.cqv-predict legend')).toContainText('Predict first');
    await predict(w);
    await expect(w.locator('.cqv-outcome')).toContainText(/You predicted: .*Actual: /);
    await expect(metric(w, 'writes')).toHaveText(/^\d[\d,]*$/);
    await expect(metric(w, 'lag-p95')).toHaveText(/^\d[\d.,]* (ms|s)$/);
    await expect(w.locator('[data-headline]')).toContainText('of reads were stale');
    await expect(w.locator('.cqv')).not.toContainText(/NaN|Infinity/);
  });
}

test('the healthy scenario’s right answer comes from the run', async ({ page }) => {
  const w = await widget(page, 'healthy');
  await w.getByRole('radio', { name: /Near 0 %/ }).check();
  await w.getByRole('button', { name: 'Run it' }).click();
  await reveal(w);
  await expect(w.locator('.cqv-outcome')).toHaveAttribute('data-correct', 'true');
  await expect(w.locator('.cqv-outcome')).toContainText('Actual: 1.7 % of reads were stale');
  await expect(w.locator('.cqv-outcome')).toContainText('Your prediction matched.');
});

test('pausing the projector raises the backlog; the past stays the same', async ({ page }) => {
  const w = await widget(page, 'healthy');
  await predict(w);
  await stop(w);
  const before = await numberOf(metric(w, 'backlog'));
  const writesBefore = await metric(w, 'writes').innerText();
  await w.getByLabel('Time in the run', { exact: true }).fill('300');
  const at = await timeMs(w);
  await w.getByLabel('Time in the run', { exact: true }).fill('320');
  const backlogThenBefore = Number(await w.locator('.cqv-status').getAttribute('data-backlog'));
  await w.getByLabel('Time in the run', { exact: true }).fill('300');
  await w.getByRole('button', { name: 'Pause projector now' }).click();
  await expect(w.locator('.cqv-pause-state')).toContainText(
    `Projector paused from ${(Math.round(at / 100) / 10).toString()} s for 3 s`,
  );
  await expect.poll(() => numberOf(metric(w, 'backlog'))).toBeGreaterThan(before + 10);
  await expect(metric(w, 'writes')).toHaveText(writesBefore);
  await w.getByLabel('Time in the run', { exact: true }).fill('290');
  await expect(w.locator('.cqv-node-paused')).toHaveCount(0);
  await w.getByLabel('Time in the run', { exact: true }).fill('320');
  await expect(w.locator('.cqv-node-paused')).toHaveCount(1);
  expect(Number(await w.locator('.cqv-status').getAttribute('data-backlog'))).toBeGreaterThan(backlogThenBefore);
  await expect(w.locator('.cqv-status')).toContainText('(paused)');
});

test('after “Pause projector now” the prediction’s outcome says it was about the scenario before the change', async ({
  page,
}) => {
  const w = await widget(page, 'projector-cant-keep-up');
  await predict(w);
  await stop(w);
  const outcome = w.locator('.cqv-outcome');
  await expect(outcome).not.toContainText('Before your changes');
  const predicted = await outcome.innerText();
  await w.getByLabel('Time in the run', { exact: true }).fill('200');
  await w.getByRole('button', { name: 'Pause projector now' }).click();
  await expect(w.locator('.cqv-pause-state')).toContainText('Projector paused from');
  // The old figure is labelled as the scenario's, and the learner is told the run below is theirs.
  await expect(outcome).toContainText(/^\W*Before your changes: You predicted:/);
  await expect(outcome).toContainText('the headline, charts and table below are for your version');
  // Still the scenario's own figure, not the paused run's.
  const actual = /Actual: [^)]*\)/.exec(predicted)?.[0] ?? 'no "Actual:" in the outcome';
  await expect(outcome).toContainText(actual);
  // Taking the pause away makes the run the scenario again: the label goes.
  await w.getByRole('button', { name: /Remove the pause/ }).click();
  await expect(outcome).not.toContainText('Before your changes');
  const results = await new AxeBuilder({ page })
    .include('[data-widget="cqrs-visualiser"][data-preset="projector-cant-keep-up"]')
    .analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('scrubbing and stepping change the time, the picture and the charts’ cursor', async ({ page }) => {
  const w = await widget(page, 'projector-cant-keep-up');
  await predict(w);
  await stop(w);
  await w.getByLabel('Time in the run', { exact: true }).fill('500');
  const t1 = await timeMs(w);
  const picture1 = await w.locator('svg.cqv-picture').getAttribute('aria-label');
  const cursor1 = await w.locator('.cqv-veil').first().getAttribute('data-x');
  expect(t1).toBeGreaterThan(10_000);
  await expect(w.locator('output.cqv-time')).toContainText(/^Time 1\d\.\d s of 2\d\.\d s$/);
  await w.getByRole('button', { name: 'Step forward' }).click();
  const t2 = await timeMs(w);
  expect(t2).toBeGreaterThan(t1);
  await w.getByLabel('Time in the run', { exact: true }).fill('900');
  await expect(w.locator('svg.cqv-picture')).not.toHaveAttribute('aria-label', picture1 ?? '');
  await expect(w.locator('.cqv-veil').first()).not.toHaveAttribute('data-x', cursor1 ?? '');
  const t3 = await timeMs(w);
  await w.getByRole('button', { name: 'Step back' }).click();
  expect(await timeMs(w)).toBeLessThan(t3);
  await w.getByRole('button', { name: 'Back to the start' }).click();
  expect(await timeMs(w)).toBe(0);
  await expect(w.locator('.cqv-status')).toContainText('At 0 s: 0 events committed');
  // Play moves the time forward.
  await w.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => timeMs(w)).toBeGreaterThan(200);
});

test('every chart has a text summary and a table alternative', async ({ page }) => {
  const w = await widget(page, 'lag-spike');
  await predict(w);
  const charts = w.locator('figure.cqv-chart');
  await expect(charts).toHaveCount(3);
  await expect(charts.nth(0).locator('.cqv-summary')).toHaveText(
    /^Lag p50 \d+ ms, p95 [\d.]+ s, p99 [\d.]+ s, max [\d.]+ s, over [\d,]+ events\.$/,
  );
  await expect(charts.nth(1).locator('.cqv-summary')).toContainText(/The backlog peaked at \d+ events at [\d.]+ s\./);
  await expect(charts.nth(2).locator('.cqv-summary')).toContainText(
    /[\d.]+\s% of reads were stale \(\d+ of [\d,]+\)\./,
  );
  for (let i = 0; i < 3; i++) {
    const chart = charts.nth(i);
    const summary = await chart.locator('.cqv-summary').innerText();
    await expect(chart.locator('svg[role="img"]')).toHaveAttribute(
      'aria-label',
      new RegExp(summary.slice(0, 20).replace(/[.()]/g, '\\$&')),
    );
    await chart.getByText('Chart data as a table').click();
    const rows = chart.locator('table tbody tr');
    await expect(rows).toHaveCount(21);
    await expect(rows.first().locator('th')).toHaveText('0 s');
  }
  await expect(w.locator('[data-headline]')).toHaveText(
    /^p95 lag [\d.]+ s; backlog peaked at \d+ events at [\d.]+ s; [\d.]+\s% of reads were stale\.$/,
  );
});

test('bad input is refused on its field and the last good run stays', async ({ page }) => {
  const w = await widget(page, 'healthy');
  await predict(w);
  await stop(w);
  const writes = w.getByLabel('Writes per second', { exact: true });
  await writes.fill('30');
  await expect(metric(w, 'writes')).not.toHaveText('398');
  const good = await metric(w, 'writes').innerText();
  const headline = await w.locator('[data-headline]').innerText();

  const refused = async (field: Locator, message: string | RegExp) => {
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const id = await field.getAttribute('aria-describedby');
    expect(id).toBeTruthy();
    await expect(w.locator(`[id="${id}"]`)).toHaveText(message);
  };
  await writes.fill('abc');
  await refused(
    writes,
    'Writes per second must be a plain number such as 20 or 0.5, without units or separators (received "abc").',
  );
  await expect(w.locator('.cqv-stale-note')).toBeVisible();
  await writes.fill('-1');
  await refused(writes, 'Writes per second must be 0 or more (received -1).');
  await writes.fill('1e30');
  await refused(writes, /^This run is too long for the visualiser: .* at most 5,000,000 events/);
  await writes.fill('5000');
  await refused(writes, /^This run is too long for the visualiser/);
  const entities = w.getByLabel('Entities', { exact: true });
  await entities.fill('0');
  await refused(entities, 'Entities must be a whole number from 1 to 1,000,000 (received 0).');
  // The run is still too long: that message stays on writes while entities is wrong and fixed.
  await refused(writes, /^This run is too long for the visualiser/);
  await entities.fill('50');
  await expect(entities).not.toHaveAttribute('aria-invalid');
  await refused(writes, /^This run is too long for the visualiser/);
  await expect(w.getByLabel('Duration (s)', { exact: true })).not.toHaveAttribute('aria-invalid');
  await w.getByLabel('Random seed', { exact: true }).fill('9');
  await refused(writes, /^This run is too long for the visualiser/);
  await w.getByLabel('Random seed', { exact: true }).fill('7');
  await writes.fill('30');
  await expect(writes).not.toHaveAttribute('aria-invalid');
  await page.waitForTimeout(600);
  await expect(metric(w, 'writes')).toHaveText(good);
  await expect(w.locator('[data-headline]')).toHaveText(headline);

  // Every shared careless input: refused with a sentence on the field, or a finite run. Never NaN.
  for (const text of badInputs('numbers')) {
    for (const label of ['Reads per second', 'Shortest lag (ms)']) {
      const field = w.getByLabel(label);
      await field.fill(text);
      if ((await field.getAttribute('aria-invalid')) === 'true') {
        const id = await field.getAttribute('aria-describedby');
        await expect(w.locator(`[id="${id}"]`), `${label} ${JSON.stringify(text)}`).toHaveText(/^\S.{10,}$/);
      }
    }
  }
  await page.waitForTimeout(600);
  for (const part of ['.cqv-metrics', '[data-headline]', '.cqv-status', '.cqv-charts', 'svg.cqv-picture']) {
    await expect(w.locator(part)).not.toContainText(/NaN|Infinity|undefined/);
  }
  await w.getByLabel('Reads per second', { exact: true }).fill('40');
  await w.getByLabel('Shortest lag (ms)', { exact: true }).fill('20');
  await expect(metric(w, 'writes')).toHaveText(good);
});

test('the address restores the run, and a bad link falls back with a notice', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const w = await widget(page, 'healthy');
  await predict(w);
  await stop(w);
  await w.getByLabel('Writes per second', { exact: true }).fill('30');
  await w.getByLabel('Strong (reads from the write store)', { exact: true }).check();
  await w.getByLabel('Speed', { exact: true }).selectOption('2');
  await w.getByLabel('Time in the run', { exact: true }).fill('400');
  const t = await timeMs(w);
  await w.getByRole('button', { name: 'Copy link to this run' }).click();
  await expect(w.locator('.cqv-copy-status')).toContainText('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('cq.w=30');
  expect(link).toContain('cq.c=strong');
  expect(link).toContain(`cq.t=${t}`);
  expect(page.url()).toBe(link);

  await page.goto(link);
  const again = await widget(page, 'healthy', CONSISTENCY);
  await expect(again.locator('.cqv-predict')).toHaveCount(0);
  await expect(again.getByLabel('Writes per second', { exact: true })).toHaveValue('30');
  await expect(again.getByLabel('Strong (reads from the write store)', { exact: true })).toBeChecked();
  await expect(again.getByLabel('Speed', { exact: true })).toHaveValue('2');
  await expect.poll(() => timeMs(again)).toBe(t);
  await expect(metric(again, 'write-store')).toHaveText(/\/s$/);

  await page.goto(`${CONSISTENCY}?cq.preset=healthy&cq.w=abc&cq.e=0&cq.t=later`);
  const bad = await widget(page, 'healthy', CONSISTENCY);
  await expect(bad.locator('.cqv-notice')).toContainText('(cq.w, cq.e, cq.t)');
  await expect(bad.getByLabel('Writes per second', { exact: true })).toHaveValue('20');
  await expect(bad.getByLabel('Entities', { exact: true })).toHaveValue('50');
  await expect(metric(bad, 'writes')).toHaveText('398');
});

test('two visualisers on a page keep their own state; cq.n addresses the second', async ({ page }) => {
  await page.goto(`${CONSISTENCY}?cq.n=2&cq.preset=read-your-writes&cq.c=eventual&cq.t=1000`);
  const second = await widget(page, 'read-your-writes', CONSISTENCY);
  await expect(second.locator('.cqv-predict')).toHaveCount(0);
  await expect(second.getByLabel('Eventual', { exact: true })).toBeChecked();
  const first = await widget(page, 'healthy', CONSISTENCY);
  await expect(first.locator('.cqv-predict')).toBeVisible();
  const ids = await page.locator('[data-widget="cqrs-visualiser"] [id]').evaluateAll((els) => els.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
  // Picking a scenario asks its question again and the address forgets the old run.
  await second.getByRole('button', { name: 'Lag spike' }).click();
  await expect(second.locator('.cqv-predict legend')).toContainText('slowest event');
  await expect(second.locator('h3')).toHaveText('CQRS lag visualiser: Lag spike');
  expect(page.url()).not.toContain('cq.');
});

test('with reduced motion, Play jumps in coarse steps and scrubbing still updates the charts', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const w = await widget(page, 'lag-spike');
  await predict(w);
  await expect(w.getByText('Reduced motion is on')).toBeVisible();
  // Predicting does not start an animation under reduced motion.
  await expect(w.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  expect(await timeMs(w)).toBe(0);
  const cursor = w.locator('.cqv-chart').nth(1).locator('.cqv-veil');
  const x0 = Number(await cursor.getAttribute('data-x'));
  await w.getByLabel('Time in the run', { exact: true }).fill('500');
  await expect.poll(async () => Number(await cursor.getAttribute('data-x'))).toBeGreaterThan(x0);
  await expect(w.locator('.cqv-status')).toContainText('(paused)');
  await w.getByRole('button', { name: 'Back to the start' }).click();
  await w.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => timeMs(w), { timeout: 3000 }).toBeGreaterThan(0);
  const end = Number((await w.locator('output.cqv-time').innerText()).match(/of ([\d.]+) s/)?.[1]) * 1000;
  const t = await timeMs(w);
  // Whole twentieths of the run, not animation frames.
  expect(Math.abs(t / (end / 20) - Math.round(t / (end / 20)))).toBeLessThan(0.05);
});

test('no serious axe violation in light and dark, asking and running', async ({ page }) => {
  test.setTimeout(60_000);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(CONSISTENCY);
    const healthy = await widget(page, 'healthy');
    const ryw = await widget(page, 'read-your-writes');
    await predict(ryw);
    await stop(ryw);
    await ryw.getByLabel('Writes per second', { exact: true }).fill('x');
    await ryw.getByLabel('Time in the run', { exact: true }).fill('300');
    await settle(page);
    for (const w of [healthy, ryw]) {
      const results = await new AxeBuilder({ page })
        .include(`[data-preset="${await w.getAttribute('data-preset')}"]`)
        .analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  }
});

test('at 320 px the lesson does not scroll sideways, asking or running', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(SYNCHRONISATION);
  const a = await widget(page, 'projector-cant-keep-up');
  const b = await widget(page, 'lag-spike');
  await predict(b);
  await b.locator('details.cqv-table-alt summary').first().click();
  await settle(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(a.locator('.cqv-predict')).toBeVisible();
});

test('without JavaScript the scenario’s settings and outcome are in tables', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(SYNCHRONISATION);
  const w = page.locator('[data-widget="cqrs-visualiser"][data-preset="lag-spike"]');
  await expect(w.getByRole('heading', { name: 'CQRS lag visualiser: Lag spike' })).toBeVisible();
  await expect(w.locator('table').first()).toContainText('from 8 s for 3 s');
  await w.getByText('Outcome of this scenario').click();
  await expect(w.locator('[data-metric="backlog"] td')).toHaveText('52');
  await ctx.close();
});

test('the projector layout fits the controls, the picture and the three charts on one 1280 × 720 screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const w = await widget(page, 'projector-cant-keep-up');
  await predict(w);
  await stop(w);
  const toggle = w.getByRole('button', { name: 'Projector layout (fits one screen)' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const cqv = w.locator('.cqv');
  await expect(cqv).toHaveAttribute('data-compact', 'true');
  // Everything an instructor points at is on the screen at once, without scrolling.
  const parts = [
    w.getByRole('button', { name: 'Play', exact: true }),
    w.getByLabel('Time in the run', { exact: true }),
    w.locator('svg.cqv-picture'),
    w.locator('.cqv-outcome'),
    w.getByRole('button', { name: 'Pause projector now' }),
    ...[0, 1, 2].map((i) => w.locator('svg.cqv-chart-svg').nth(i)),
  ];
  for (const part of parts) {
    const box = await part.boundingBox();
    expect(box, String(part)).not.toBeNull();
    if (box) {
      expect(box.y, String(part)).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, String(part)).toBeLessThanOrEqual(720);
      expect(box.x + box.width, String(part)).toBeLessThanOrEqual(1280);
    }
  }
  const [scroll, client] = await cqv.evaluate((e) => [e.scrollHeight, e.clientHeight]);
  expect(scroll).toBeLessThanOrEqual(client + 1);
  // The charts keep their text alternatives, and the layout still plays.
  await expect(w.locator('svg.cqv-chart-svg').first()).toHaveAttribute('aria-label', /^Lag over time\. /);
  await expect(w.getByText('Chart data as a table')).toHaveCount(3);
  await w.getByLabel('Time in the run', { exact: true }).fill('600');
  await expect(w.locator('.cqv-status')).toContainText(/^At 1\d\.\d s:/);
  const results = await new AxeBuilder({ page }).include('.cqv[data-compact="true"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  // Esc leaves it, and the learner's place in the run is kept.
  await page.keyboard.press('Escape');
  await expect(cqv).not.toHaveAttribute('data-compact', 'true');
  await expect(toggle).toBeFocused();
  await expect(w.locator('.cqv-status')).toContainText(/^At 1\d\.\d s:/);
  await expect(w.locator('.cqv-metrics')).toBeVisible();
});
