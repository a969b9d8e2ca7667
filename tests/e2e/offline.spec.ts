import { test, expect, LESSON_1, quizReady } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit the course opens offline, a lesson never visited and search included', async ({
  page,
  context,
}) => {
  await page.goto('./');
  // The worker installs and precaches the course, then controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  // Never visited before, and with a widget's state in the address.
  await page.goto('learn/orchestration/mesos-and-choosing-an-orchestrator/?mo.round=2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Mesos');
  await page.goto(LESSON_1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');
  // A widget's code comes from the cache too: the lesson's quiz becomes interactive.
  await quizReady(page);

  await page.goto('search/');
  await page.getByLabel('Search for a word or phrase').fill('deduplicating');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('#search-results').getByRole('link')).toHaveCount(1);
  await context.setOffline(false);
});
