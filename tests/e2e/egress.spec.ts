import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, hydrated, settle, LESSON_2 } from './fixtures';
import { badInputs } from '../support/bad-inputs';
import { initialState, reduce, type ExplorerState } from '../../src/widgets/EgressExplorer/state';
import { FIELD_LABELS, PRESET_LABELS, S } from '../../src/widgets/EgressExplorer/strings';
import { PRESETS, type PresetId } from '../../src/widgets/EgressExplorer/presets';
import type { NumberFieldId } from '../../src/widgets/EgressExplorer/types';
import { explorerView } from '../../src/widgets/EgressExplorer/view-model';

const LESSON_3 = 'learn/data-in-the-cloud/tiered-prices/';
const LESSON_4 = 'learn/data-in-the-cloud/cutting-the-egress-bill/';
const LESSONS = [LESSON_2, LESSON_3, LESSON_4];

/**
 * Waits until the explorer's island has hydrated and read the address. (The fixtures' `hydrated`
 * waits for every island, and the quiz further down only hydrates once scrolled to.)
 */
async function explorerReady(page: Page): Promise<Locator> {
  const egx = page.locator('.egx');
  await egx.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island:has(.egx)')).not.toHaveAttribute('ssr');
  await expect(egx).toHaveAttribute('data-ready', 'true');
  return egx;
}

/** Opens a lesson and waits for its explorer. */
async function openExplorer(page: Page, path = LESSON_2): Promise<Locator> {
  await page.goto(path);
  return explorerReady(page);
}

const monthly = (egx: Locator) => egx.getByTestId('egx-monthly');
const yearly = (egx: Locator) => egx.getByTestId('egx-yearly');
// Not exact: the CDN price's label ends with the price list's currency, e.g. "(GBP)".
const textbox = (egx: Locator, field: NumberFieldId) => egx.getByRole('textbox', { name: FIELD_LABELS[field] });

async function noNaN(page: Page): Promise<void> {
  expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity/);
  const labels = await page
    .locator('.egx [aria-label], .egx [aria-valuetext]')
    .evaluateAll((els) =>
      els.map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('aria-valuetext') ?? ''}`),
    );
  expect(labels.join(' ')).not.toMatch(/NaN|Infinity|undefined/);
}

test('each example of lesson 2 reproduces the notes\u2019 worked example, with its working', async ({ page }) => {
  const egx = await openExplorer(page);
  const cases: [PresetId, string, string, string][] = [
    ['columnar-export', '£700.00', '£8,400.00', '10,000 GB × £0.07/GB = £700.00'],
    ['key-value-requests', '£2.10', '£25.20', 'Per day: 1 GB × £0.07/GB = £0.07'],
    ['relational-backups', '£105.00', '£1,260.00', '1,500 GB × £0.07/GB = £105.00'],
    ['blob-streaming', '£350.00', '£4,200.00', '5,000 GB × £0.07/GB = £350.00'],
  ];
  for (const [id, month, year, line] of cases) {
    const button = egx.getByRole('button', { name: PRESET_LABELS[id] });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(monthly(egx)).toHaveText(month);
    await expect(yearly(egx)).toHaveText(year);
    await expect(egx.locator('.egx-working')).toContainText(line);
  }
  await expect(egx.locator('.egx-working')).toContainText('5 TB = 5,000 GB');
  await noNaN(page);
});

test('lessons 3 and 4: the examples show the figures the lesson text quotes', async ({ page }) => {
  const lesson3 = await openExplorer(page, LESSON_3);
  for (const [id, month] of [
    ['aws-tiers', '$1,741.50'],
    ['azure-tiers', '$1,691.70'],
    ['gcp-tiers', '$1,910.00'],
    ['tib-not-tb', '£769.66'],
  ] as const) {
    await lesson3.getByRole('button', { name: PRESET_LABELS[id] }).click();
    await expect(monthly(lesson3)).toHaveText(month);
    await expect(page.locator('.prose').getByText(month).first()).toBeAttached();
  }
  const lesson4 = await openExplorer(page, LESSON_4);
  for (const [id, month, verdict] of [
    ['compressed-export', '£280.00', 'save £420.00 a month'],
    ['cdn-streaming', '£230.00', 'save £120.00 a month'],
    ['combined-strategies', '£110.00', 'save £590.00 a month'],
    ['cdn-free-allowance', '$6.80', 'cost $6.80 a month more'],
    ['cdn-cheap-tier', '$20,293.00', 'cost $1,498.00 a month more'],
  ] as const) {
    await lesson4.getByRole('button', { name: PRESET_LABELS[id] }).click();
    await expect(monthly(lesson4)).toHaveText(month);
    await expect(lesson4.locator('.egx-comparison')).toContainText(verdict);
  }
});

test('moving a slider with the keyboard updates the total', async ({ page }) => {
  const egx = await openExplorer(page);
  const slider = egx.getByRole('slider', { name: FIELD_LABELS.volume });
  await expect(slider).toHaveAttribute('aria-valuetext', '10 TB');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(monthly(egx)).toHaveText('£840.00');
  await expect(textbox(egx, 'volume')).toHaveValue('12');
  await expect(slider).toHaveAttribute('aria-valuetext', '12 TB');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(monthly(egx)).toHaveText('£630.00'); // the steps run ... 9, 10, 12 TB
  await page.keyboard.press('PageUp');
  await expect(textbox(egx, 'volume')).not.toHaveValue('9');
  await page.keyboard.press('Home');
  await expect(monthly(egx)).toHaveText('£0.00');
  const price = egx.getByRole('slider', { name: FIELD_LABELS.flatPrice });
  await textbox(egx, 'volume').fill('10');
  await price.focus();
  await page.keyboard.press('ArrowRight');
  await expect(monthly(egx)).toHaveText('£710.00');
  await expect(price).toHaveAttribute('aria-valuetext', '£0.071 per GB');
});

test('while a slider moves the total follows every step; the working and the announcement follow when it rests', async ({
  page,
}) => {
  const egx = await openExplorer(page);
  const announce = egx.getByTestId('egx-announce');
  const working = egx.locator('.egx-working');
  await expect(announce).toHaveText('Monthly: £700.00. Yearly: £8,400.00.');
  // The visible totals are not a live region: a held arrow key would make a screen reader read every step.
  expect(await monthly(egx).evaluate((el) => el.closest('[aria-live]'))).toBeNull();
  const slider = egx.getByRole('slider', { name: FIELD_LABELS.volume });
  await slider.focus();
  // Three quick steps (10 → 12 → 15 → 20 TB): the total shows each one at once.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(monthly(egx)).toHaveText('£1,400.00');
  // Once the slider rests, the working, the bill table and the announcement agree with it.
  await expect(working).toContainText('20,000 GB × £0.07/GB = £1,400.00');
  await expect(egx.locator('.egx-lines')).toContainText('£1,400.00');
  await expect(announce).toHaveText('Monthly: £1,400.00. Yearly: £16,800.00.');
  // Typing is not sliding: the working follows the text box at once.
  await textbox(egx, 'volume').fill('3');
  await expect(monthly(egx)).toHaveText('£210.00');
  await expect(working).toContainText('3,000 GB × £0.07/GB = £210.00');
});

test('typing right after quick slider steps wins, and the resting total, marker and bill table agree', async ({
  page,
}) => {
  const egx = await openExplorer(page);
  const slider = egx.getByRole('slider', { name: FIELD_LABELS.volume });
  await slider.focus();
  // Two quick steps, then at once a typed value: the typed value wins.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(monthly(egx)).toHaveText('£1,050.00');
  await textbox(egx, 'volume').fill('3');
  await expect(monthly(egx)).toHaveText('£210.00');
  await expect(slider).toHaveAttribute('aria-valuetext', '3 TB');
  await expect(egx.locator('.egx-working')).toContainText('3,000 GB × £0.07/GB = £210.00');
  // Steps, then the chart's marker and the bill table agree with the resting total.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(monthly(egx)).not.toHaveText('£210.00');
  const total = await monthly(egx).innerText();
  await expect(egx.locator('.egx-lines')).toContainText(total);
  const marker = await egx.locator('.egx-marker').getAttribute('cx');
  await page.waitForTimeout(400);
  await expect(egx.locator('.egx-marker')).toHaveAttribute('cx', marker ?? '');
  await expect(monthly(egx)).toHaveText(total);
});

test('a shared link restores the scenario in a fresh page', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const egx = await openExplorer(page);
  await egx.getByLabel(S.pricing).selectOption('aws-internet');
  await textbox(egx, 'volume').fill('45');
  await egx.getByText(S.strategiesSummary).click();
  await textbox(egx, 'compressionPct').fill('60');
  // 45 TB on the AWS list is 41,909.516 GB of 2^30 bytes; compressed to 60%: 25,145.71 GB billed.
  await expect(monthly(egx)).toHaveText(
    explorerView({ ...initialState('columnar-export').good, pricing: 'aws-internet', volume: 45, compressionPct: 60 })
      .monthly,
  );
  await expect(monthly(egx)).toHaveText('$2,178.89');
  await egx.getByRole('button', { name: S.copy }).click();
  await expect(egx.getByRole('status').filter({ hasText: S.copied })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());
  expect(new URL(link).searchParams.get('eg.vol')).toBe('45');
  expect(new URL(link).pathname).toBe(`/course/${LESSON_2}`);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  const restored = await explorerReady(other);
  await expect(monthly(restored)).toHaveText('$2,178.89');
  await expect(restored.getByLabel(S.pricing)).toHaveValue('aws-internet');
  await expect(textbox(restored, 'volume')).toHaveValue('45');
  await expect(textbox(restored, 'compressionPct')).toBeVisible(); // strategies open for a link that uses them
  await expect(restored.locator('.egx-notice')).toHaveCount(0);
  await fresh.close();
});

test('a link with garbage parameters shows the example with a notice, never a crash', async ({ page }) => {
  await page.goto(
    `${LESSON_2}?eg.vol=abc&eg.unit=${encodeURIComponent('<img src=x onerror=alert(1)>')}&eg.comp=0&eg.kind=1e309&workshop=`,
  );
  const egx = await explorerReady(page);
  await expect(egx.locator('.egx-notice')).toContainText(S.urlNotice('eg.kind, eg.unit, eg.vol, eg.comp'));
  await expect(monthly(egx)).toHaveText('£700.00');
  await expect(page.locator('.egx img')).toHaveCount(0);
  await egx.getByRole('button', { name: S.dismiss }).click();
  await expect(egx.locator('.egx-notice')).toHaveCount(0);
  await page.goto(`${LESSON_3}?eg.price=azure-internet&eg.vol=900000&eg.unit=GiB`);
  const azure = await explorerReady(page);
  await expect(azure.locator('.egx-notice')).toContainText('eg.vol');
  // The example's 20,000 GiB (21,474.836 GB) on the linked Azure list, which the model counts in 10^9 bytes.
  await expect(monthly(azure)).toHaveText(explorerView({ ...PRESETS['aws-tiers'], pricing: 'azure-internet' }).monthly);
  await expect(monthly(azure)).toHaveText('$1,814.11');
  await noNaN(page);
});

/** Each field, with the example that shows it. */
const FIELD_CASES: [NumberFieldId[], PresetId, string][] = [
  [['volume', 'flatPrice'], 'columnar-export', LESSON_2],
  [['requestsPerDay', 'kbPerRequest', 'daysPerMonth'], 'key-value-requests', LESSON_2],
  [['gbPerCopy', 'copiesPerMonth'], 'relational-backups', LESSON_2],
  [['compressionPct', 'cachePct', 'cdnPct', 'cdnPrice'], 'cdn-streaming', LESSON_4],
];

for (const [group, preset, lesson] of FIELD_CASES)
  for (const field of group) {
    const fields = [field];
    test(`bad input in ${field} is refused with the field's message; the last good total stays`, async ({ page }) => {
      test.setTimeout(60_000);
      const egx = await openExplorer(page, lesson);
      // A click that lands while the page is still settling can be lost: click until it is pressed.
      const presetButton = egx.getByRole('button', { name: PRESET_LABELS[preset] });
      await expect(async () => {
        await presetButton.click();
        await expect(presetButton).toHaveAttribute('aria-pressed', 'true', { timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      const start: ExplorerState = initialState(preset);
      const good = explorerView(start.good).monthly;
      await expect(monthly(egx)).toHaveText(good);
      const inputs = [...badInputs('numbers'), ...badInputs('text').slice(0, 4)];
      for (const field of fields) {
        const box = textbox(egx, field);
        // The widget's own pure reducer is the oracle: it says which inputs are refused and with
        // which sentence (state.test.ts pins those sentences), and what the last good bill is.
        let state = start;
        for (const text of inputs) {
          state = reduce(state, { type: 'text', field, text });
          const lastGood = explorerView(state.good).monthly;
          await box.fill(text);
          const message = state.errors[field];
          if (message !== undefined) {
            await expect(box, `${field} <- ${JSON.stringify(text)}`).toHaveAttribute('aria-invalid', 'true');
            const describedBy = await box.getAttribute('aria-describedby');
            await expect(page.locator(`#${describedBy}`)).toHaveText(message);
            await expect(monthly(egx)).toHaveText(lastGood);
            await expect(egx.locator('.egx-stale')).toHaveText(S.stale);
          } else {
            await expect(box, `${field} <- ${JSON.stringify(text)}`).not.toHaveAttribute('aria-invalid', 'true');
            await expect(monthly(egx)).toHaveText(lastGood);
            await expect(egx.locator('.egx-stale')).toHaveCount(0);
          }
        }
        await box.fill(start.text[field]);
        await expect(monthly(egx)).toHaveText(good);
        await expect(box).not.toHaveAttribute('aria-invalid', 'true');
      }
      await expect(egx.locator('img, script, svg[onload]')).toHaveCount(0);
      await noNaN(page);
    });
  }

test('a volume beyond a price list is refused on the field that caused it', async ({ page }) => {
  const egx = await openExplorer(page, LESSON_3);
  await egx.getByRole('button', { name: PRESET_LABELS['azure-tiers'] }).click();
  await textbox(egx, 'volume').fill('600');
  await expect(egx.locator('.egx-error')).toHaveText(S.overCapacity('600,000 GB', '500,100 GB'));
  await expect(monthly(egx)).toHaveText('$1,691.70');
  await textbox(egx, 'volume').fill('500');
  await expect(monthly(egx)).toHaveText(explorerView({ ...initialState('azure-tiers').good, volume: 500 }).monthly);
  await expect(monthly(egx)).toHaveText('$28,685.00');
  await noNaN(page);
});

test('the chart has a text alternative: a summary and a data table', async ({ page }) => {
  const egx = await openExplorer(page, LESSON_3);
  const svg = egx.locator('svg[role="img"]');
  await expect(svg).toHaveAttribute('aria-label', /Monthly cost against monthly volume, from 0 to 50,000 GB a month\./);
  await expect(svg).toHaveAttribute('aria-label', /The price per GB changes at 100 GB, 10,100 GB\./);
  await expect(svg).toHaveAttribute('aria-label', /This scenario: 20,000 GB a month for \$1,741\.50\./);
  await expect(egx.locator('.egx-boundary')).toHaveCount(2);
  await egx.getByText(S.chartTableSummary).click();
  const table = egx.getByRole('table', { name: S.chartTitle });
  await expect(table.locator('tbody tr')).toHaveCount(13);
  await expect(table).toContainText('$4,291.50');
  await egx.getByRole('slider', { name: FIELD_LABELS.volume }).focus();
  await page.keyboard.press('End');
  await expect(svg).toHaveAttribute('aria-label', /This scenario: 900,000,000 GB a month/);
  await noNaN(page);
});

test('without JavaScript the explorer shows the example\u2019s bill, working and table', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(LESSON_2);
  const egx = page.locator('.egx');
  await expect(monthly(egx)).toHaveText('£700.00');
  await expect(yearly(egx)).toHaveText('£8,400.00');
  await expect(egx.locator('.egx-working')).toContainText('10,000 GB × £0.07/GB = £700.00');
  await expect(egx.getByRole('table', { name: S.tableCaption })).toContainText('£700.00');
  // Chromium's "JavaScript disabled" still parses <noscript> as raw text, so check the markup.
  expect(await page.locator('.egx-wrap noscript').innerHTML()).toContain(S.noScript);
  await ctx.close();
});

test('with reduced motion the explorer has no transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const egx = await openExplorer(page);
  const durations = await egx
    .locator('button, dd')
    .evaluateAll((els) => els.map((e) => getComputedStyle(e).transitionDuration));
  expect(durations.every((d) => d.split(',').every((x) => parseFloat(x) < 0.001))).toBe(true);
});

/** Opens everything a learner can open, so checks cover it. */
async function openAll(page: Page): Promise<void> {
  const egx = page.locator('.egx');
  for (const summary of [S.strategiesSummary, S.chartTableSummary]) {
    const details = egx.locator('details').filter({ has: page.getByText(summary, { exact: true }) });
    if ((await details.getAttribute('open')) === null) await egx.getByText(summary, { exact: true }).click();
  }
}

for (const path of LESSONS) {
  test(`"${path}" has no serious or critical axe violation with the explorer open (light and dark)`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await openExplorer(page, path);
      await settle(page);
      await hydrated(page);
      await openAll(page);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test(`"${path}" fits 320 px without horizontal scrolling, explorer open`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await openExplorer(page, path);
    await settle(page);
    await openAll(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test('each price list says which unit its prices are per, and the working converts into it', async ({ page }) => {
  const egx = await openExplorer(page, LESSON_3);
  const unit = egx.getByTestId('egx-billed-unit');
  await expect(unit).toContainText('Prices are per GB (2^30 bytes).');
  await expect(egx.locator('.egx-working')).toContainText(
    '20,000 GiB = 20,000 GB in the unit this price list bills (GB (2^30 bytes))',
  );
  await egx.getByRole('button', { name: PRESET_LABELS['gcp-tiers'] }).click();
  await expect(unit).toContainText('Prices are per GiB (2^30 bytes).');
  await expect(egx.locator('.egx-working')).toContainText('1,000 GiB × $0.12/GiB = $120.00');
  // 10 decimal TB on the AWS list: fewer billed GB than 10,000, because AWS's GB is 2^30 bytes.
  await egx.getByRole('button', { name: PRESET_LABELS['aws-tiers'] }).click();
  await egx.getByLabel(S.unit).selectOption('TB');
  await textbox(egx, 'volume').fill('10');
  await expect(egx.locator('.egx-working')).toContainText('10 TB = 9,313.226 GB in the unit this price list bills');
  await egx.getByRole('button', { name: PRESET_LABELS['tib-not-tb'] }).click();
  await expect(unit).toContainText('Prices are per GB (10^9 bytes).');
  await noNaN(page);
});

test('the cache strategy is the users\u2019 side cache, and links saved with the old eg.cache still load', async ({
  page,
}) => {
  await page.goto(
    `${LESSON_4}?eg.kind=bulk-export&eg.unit=TB&eg.price=flat&eg.vol=10&eg.rate=0.07&eg.comp=40&eg.cache=50&eg.cdn=50&eg.cdnrate=0.04`,
  );
  const egx = await explorerReady(page);
  await expect(egx.locator('.egx-notice')).toHaveCount(0);
  await expect(monthly(egx)).toHaveText('£110.00');
  await expect(textbox(egx, 'cachePct')).toHaveValue('50');
  await expect(egx.locator('.egx-working')).toContainText(
    'answered before reaching the cloud (never sent, not egress)',
  );
  await expect(egx.locator('.egx-working')).not.toContainText('inside the region');
  // A change rewrites the address under the new name only.
  await textbox(egx, 'cachePct').fill('60');
  await expect(page).toHaveURL(/eg\.usercache=60/);
  expect(new URL(page.url()).searchParams.has('eg.cache')).toBe(false);
});
