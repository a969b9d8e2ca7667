import { test, expect, ALL_LESSONS } from './fixtures';

// Issue 9's leaner first paint, on a phone-sized screen as Lighthouse's mobile run uses: no layout
// shift while a page loads (the theme toggle used to push the header down by 18 px), and at most
// 1,200 elements before the learner does anything (widgets show their heavy parts, such as every
// statement's trace, a form of fifty fields or every HTTP message, once asked or interactive).
const MAX_ELEMENTS = 1200;

// The sidebar once shifted here under CI load (0.09 at about 260 ms, 4 of about 120 loads): a phone
// painted the course list at the top before the lesson arrived, then CSS `order` moved it below.
// The sidebar now comes after the lesson in the page (stop 21), so nothing is painted and moved.

for (const path of ['', ...ALL_LESSONS]) {
  test(`"${path || 'home'}" loads without layout shift and with at most ${MAX_ELEMENTS} elements`, async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { __shift: number; __sources: string[] };
      w.__shift = 0;
      w.__sources = [];
      type Shift = PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Shift[]) {
          if (e.hadRecentInput) continue;
          w.__shift += e.value;
          for (const src of e.sources ?? []) {
            const el = src.node as Element | null;
            w.__sources.push(
              `${e.value.toFixed(3)} at ${Math.round(e.startTime)} ms: ${el?.tagName ?? '?'}.${el?.className ?? ''} y ${Math.round(src.previousRect.y)} -> ${Math.round(src.currentRect.y)}`,
            );
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const { shift, sources, elements } = await page.evaluate(() => ({
      shift: (window as unknown as { __shift: number }).__shift,
      sources: (window as unknown as { __sources: string[] }).__sources,
      elements: document.querySelectorAll('*').length,
    }));
    expect(shift, `cumulative layout shift while loading:\n${sources.join('\n')}`).toBeLessThan(0.001);
    expect(elements, 'elements in the page before any interaction').toBeLessThanOrEqual(MAX_ELEMENTS);
  });
}
