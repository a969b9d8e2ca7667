import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_1, LESSON_2 } from './fixtures';

// Issue 13: instructor notes (hidden, shown in instructor mode, remembered) and the presenter view
// with a speaker window kept in step through a BroadcastChannel.
const NOTE_TEXT = 'learners file JSON and XML under';
const serious = (v: { impact?: string | null }) => v.impact === 'serious' || v.impact === 'critical';

test.describe('instructor notes', () => {
  test('are hidden from learners, shown by the toggle, and remembered after a reload', async ({ page }) => {
    await page.goto(LESSON_1);
    const note = page.getByRole('complementary', { name: 'Instructor note' }).first();
    await expect(note).toBeHidden();
    await page.getByText('For instructors', { exact: true }).click();
    await expect(
      page.getByText('only hides them from learners: anyone can read them in the page source'),
    ).toBeVisible();
    const toggle = page.getByRole('button', { name: 'Show instructor notes' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(note).toBeVisible();
    await expect(note).toContainText(NOTE_TEXT);
    await expect(note).toContainText('Timing:');
    await page.reload();
    await expect(page.getByRole('complementary', { name: 'Instructor note' }).first()).toBeVisible();
    await page.getByText('For instructors', { exact: true }).click();
    await toggle.click();
    await expect(page.getByRole('complementary', { name: 'Instructor note' }).first()).toBeHidden();
  });

  test('show from the first paint in instructor mode, with no layout shift', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('cdc:instructor', 'on');
      const w = window as unknown as { __shift: number };
      w.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(LESSON_1, { waitUntil: 'networkidle' });
    await expect(page.getByRole('complementary', { name: 'Instructor note' }).first()).toBeVisible();
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift).toBeLessThan(0.001);
  });

  test('a corrupt stored mode falls back to off, with a notice and no crash', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('cdc:instructor', '{"on":tru');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await page.goto(LESSON_1);
    await expect(page.locator('#notices')).toContainText('instructor mode could not be read');
    await expect(page.getByRole('complementary', { name: 'Instructor note' }).first()).toBeHidden();
  });

  test('print only in instructor mode', async ({ page }) => {
    await page.emulateMedia({ media: 'print' });
    await page.goto(LESSON_1);
    await expect(page.locator('.instructor-note').first()).toBeHidden();
    await page.evaluate(() => localStorage.setItem('cdc:instructor', 'on'));
    await page.reload();
    await expect(page.locator('.instructor-note').first()).toBeVisible();
  });

  test('axe finds no serious problem on a lesson with its notes shown', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('cdc:instructor', 'on'));
    await page.goto(LESSON_1);
    await page.getByText('For instructors', { exact: true }).click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter(serious)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('notes stay hidden and the page says instructor mode needs JavaScript', async ({ page }) => {
    await page.goto(LESSON_1);
    await expect(page.locator('.instructor-note').first()).toBeHidden();
    await page.getByText('For instructors', { exact: true }).click();
    await expect(page.getByText('needs JavaScript; without it the notes stay hidden')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Show instructor notes' })).toBeHidden();
  });
});

test.describe('presenter view', () => {
  test('shows one section per screen, moves with arrows and clicker keys, and Escape returns', async ({ page }) => {
    await page.goto(`${LESSON_1}?present`);
    const status = page.getByRole('status').filter({ hasText: /^Section/ });
    await expect(status).toHaveText(/^Section 1 of \d+: Business requirements/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const first = page.getByRole('heading', { level: 2, name: 'Three kinds of data' });
    await expect(first).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'Course menu' })).toBeHidden();
    await page.keyboard.press('ArrowRight');
    await expect(first).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(status).toHaveText(/^Section 2 of/);
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 2, name: 'Sensitivity comes with every asset' })).toBeVisible();
    await expect(first).toBeHidden();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await expect(status).toHaveText(/^Section 2 of/);
    // Notes never show on the slide, even in instructor mode.
    await expect(page.locator('.instructor-note').first()).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/business-requirements\/#three-kinds-of-data$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Sensitivity comes with every asset' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('the speaker window follows the presenter and moves it', async ({ page, context }) => {
    await page.goto(`${LESSON_1}?present`);
    const status = page.getByRole('status').filter({ hasText: /^Section/ });
    await expect(status).toHaveText(/^Section 1 of/);
    const [speaker] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open speaker window' }).click(),
    ]);
    await speaker.waitForLoadState();
    const now = speaker.locator('.speaker-now');
    await expect(now).toHaveText(/^Now: section 1 of \d+, Business requirements/);
    await expect(speaker.locator('.speaker-next')).toHaveText('Next: Three kinds of data');
    await expect(speaker.locator('.speaker-lesson-notes')).toContainText(NOTE_TEXT);
    await expect(speaker.getByRole('timer')).toHaveText(/^\d+:\d\d$/);
    // Presenter -> speaker.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(now).toHaveText(/^Now: section 4 of \d+, Volume, velocity and variety/);
    await expect(speaker.locator('.speaker-section-notes')).toContainText('86,400 seconds');
    // Speaker -> presenter.
    await speaker.getByRole('button', { name: 'Next section' }).click();
    await expect(status).toHaveText(/^Section 5 of \d+: Putting it together/);
    await expect(now).toHaveText(/^Now: section 5 of/);
    await speaker.getByRole('button', { name: 'Previous section' }).click();
    await expect(status).toHaveText(/^Section 4 of/);
    const axe = await new AxeBuilder({ page: speaker }).analyze();
    expect(axe.violations.filter(serious)).toEqual([]);
  });

  test('a widget on a slide is live: the egress explorer hydrates when its section is shown and answers its slider', async ({
    page,
  }) => {
    // Opened at the section that holds the explorer (the hash picks the slide, as Escape's URL does).
    await page.goto(`${LESSON_2}?present#try-the-four-examples`);
    await expect(page.getByRole('status').filter({ hasText: /^Section/ })).toHaveText(
      /^Section \d+ of \d+: Try the four examples/,
    );
    const egx = page.locator('.egx');
    await expect(egx).toBeVisible();
    await expect(egx).toHaveAttribute('data-ready', 'true');
    const monthly = egx.getByTestId('egx-monthly');
    const before = await monthly.textContent();
    const slider = egx.getByRole('slider', { name: 'Volume per month' });
    await slider.focus();
    await page.keyboard.press('End');
    await expect(monthly).not.toHaveText(before ?? '');
    await expect(monthly).not.toHaveText(/NaN/);
    // The arrow keys belong to the slider while it has focus: the slide stays put.
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('status').filter({ hasText: /^Section/ })).toHaveText(/Try the four examples/);
  });

  test('axe finds no serious problem in the presenter view', async ({ page }) => {
    await page.goto(`${LESSON_1}?present`);
    await expect(page.getByRole('status').filter({ hasText: /^Section/ })).toBeVisible();
    for (let i = 0; i < 2; i++) {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter(serious)).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });
});
