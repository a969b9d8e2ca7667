import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../serve.mjs';
import { test, expect, LESSON_1, LESSON_2, quizReady } from './fixtures';

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

test('a new build replaces the cache cleanly: the old version is served whole until the learner reloads', async ({
  page,
  context,
}) => {
  // Two builds of the same course on one origin: this one, then a copy in which two lessons
  // changed (their pages and their revisions in the worker's manifest), as a redeploy would.
  const dist = process.env['E2E_DIST'] ?? 'dist';
  const next = test.info().outputPath('dist-next');
  cpSync(dist, next, { recursive: true });
  const worker = readFileSync(join(next, 'sw.js'), 'utf8');
  let changed = worker;
  for (const [lesson, title] of [
    [LESSON_1, 'Business requirements for cloud data'],
    [LESSON_2, 'What leaves the cloud: egress and ingress'],
  ] as const) {
    const file = join(next, lesson, 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace(`>${title}</h1>`, `>${title} (new build)</h1>`));
    changed = changed.replace(
      new RegExp(`(url:"/course/${lesson}index\\.html",revision:")[0-9a-f]+`),
      `$1${'f'.repeat(32)}`,
    );
  }
  expect(changed).not.toBe(worker);
  writeFileSync(join(next, 'sw.js'), changed);

  const PORT = 4397;
  const origin = `http://127.0.0.1:${PORT}/course/`;
  let server = await serve({ root: dist, port: PORT });
  try {
    await page.goto(origin);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.goto(`${origin}${LESSON_1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');

    // Deploy the new build.
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    server = await serve({ root: next, port: PORT });

    // The page comes from the old version, and so does every other page until the learner chooses.
    await page.goto(`${origin}${LESSON_1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Business requirements for cloud data');
    const offer = page.locator('#notices [data-update]');
    await expect(offer).toContainText('A new version of the course is ready');
    await page.goto(`${origin}${LESSON_2}`);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('new build');
    await expect(offer).toBeVisible();

    await offer.getByRole('button', { name: 'Reload now' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'What leaves the cloud: egress and ingress (new build)',
    );
    // Offline, the new version is what the cache holds, and only it.
    await context.setOffline(true);
    await page.goto(`${origin}${LESSON_1}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Business requirements for cloud data (new build)',
    );
    const revisions = await page.evaluate(async (lesson) => {
      const found: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys())
          if (request.url.includes(`${lesson}index.html`)) found.push(request.url);
      return found;
    }, LESSON_1);
    expect(revisions).toEqual([`${origin}${LESSON_1}index.html?__WB_REVISION__=${'f'.repeat(32)}`]);
    await context.setOffline(false);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
});
