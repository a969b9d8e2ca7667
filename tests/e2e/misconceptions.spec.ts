import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/** Issue 14: the "Common misconceptions" box is plain HTML: readable, named and accessible, with JS or without. */
const PAGES: [path: string, belief: RegExp][] = [
  ['learn/access-control/choosing-a-method/', /Several values in a condition always mean OR/],
  ['learn/containers/containers-and-vms/', /A container is a small VM/],
  ['learn/deploying/fargate-and-choosing/', /A Kubernetes Service is a load balancer/],
  ['learn/orchestration/how-kubernetes-orchestrates/', /A running pod is ready for traffic/],
];

for (const [path, belief] of PAGES) {
  test(`${path}: the misconceptions box is a named aside with its beliefs and no serious axe violation`, async ({
    page,
  }) => {
    await page.goto(path);
    const box = page.getByRole('complementary', { name: 'Common misconceptions' });
    await expect(box).toBeVisible();
    await expect(box.getByRole('heading', { name: 'Common misconceptions' })).toBeVisible();
    const items = box.getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    expect(await items.count()).toBeLessThanOrEqual(5);
    await expect(box).toContainText(belief);
    const results = await new AxeBuilder({ page }).include('.misconceptions').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the box reads the same', async ({ page }) => {
    await page.goto(PAGES[1]![0]);
    const box = page.getByRole('complementary', { name: 'Common misconceptions' });
    await expect(box.getByRole('listitem').first()).toContainText('A container is a small VM.');
  });
});

// The lessons issue 14 extended (new tables, YAML and JSON examples, boxes) stay free of serious axe violations.
for (const path of [
  'learn/access-control/abac/',
  'learn/access-control/oauth-and-oidc/',
  'learn/orchestration/how-kubernetes-orchestrates/',
]) {
  test(`${path}: the extended lesson has no serious axe violation`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).exclude('astro-island').analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
}
