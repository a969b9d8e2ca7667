import AxeBuilder from '@axe-core/playwright';
import { test, expect, LESSON_1, hydrated } from './fixtures';
import { exportProgress, freshProgress, setLessonComplete, setQuestion } from '../../src/domain/progress';
import { progressCode } from '../../src/utils/progress-code';

test('class hand-in: a learner exports from the browser, the instructor adds it with another learner and a corrupt file', async ({
  page,
}) => {
  // Learner one, in this browser: complete a lesson, export the progress file.
  await page.goto(LESSON_1);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.goto('progress/');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my progress (JSON)' }).click();
  const exported = await (await download).createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of exported) chunks.push(c as Buffer);
  const first = Buffer.concat(chunks);

  // Learner two, made with the same domain functions the site uses.
  const now = new Date('2026-12-04T10:00:00Z');
  let p = freshProgress(424242);
  p = setLessonComplete(p, '01-data-in-the-cloud/01-business-requirements', true, now);
  p = setLessonComplete(p, '01-data-in-the-cloud/02-egress-and-ingress', true, now);
  p = setQuestion(p, 'data-requirements', 'daily-volume', { attempts: 2, correct: false, revealed: false, variant: 0 });
  const second = Buffer.from(exportProgress(p, now));

  await page.goto('class/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Class summary');
  // Files chosen before the island is interactive would be read by nothing (seen once under load).
  await page.getByLabel('Progress files (JSON), or drop them here').scrollIntoViewIfNeeded();
  await hydrated(page);
  await page.getByLabel('Progress files (JSON), or drop them here').setInputFiles([
    { name: 'learner-one.json', mimeType: 'application/json', buffer: first },
    { name: 'learner-two.json', mimeType: 'application/json', buffer: second },
    { name: 'corrupt.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"cloud-data-and-containers",') },
    { name: 'twice.json', mimeType: 'application/json', buffer: second },
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'counted' })).toHaveText(
    '2 learners counted, 2 files refused.',
  );
  const refused = page.locator('.cs-refused');
  await expect(refused).toContainText('corrupt.json: the file is not valid JSON.');
  await expect(refused).toContainText('twice.json: the same learner as learner-two.json');
  const lessons = page.locator('.cs-lessons');
  await expect(lessons.getByRole('row', { name: /Business requirements/ })).toContainText('2 of 2 (100%)');
  // Quiz scores per lesson: learner two checked one answer on this lesson's quiz, wrong.
  await expect(lessons.getByRole('row', { name: /Business requirements/ })).toContainText('0 of 1 (0%)');
  await expect(lessons.getByRole('row', { name: /egress and ingress/ })).toContainText('no answers yet');
  await expect(lessons.getByRole('row', { name: /egress and ingress/ })).toContainText('1 of 2 (50%)');
  await expect(page.locator('.cs-table').last()).toContainText('daily-volume');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a learner’s progress as a short code (with its QR code) is counted by the class summary; a bad line is refused by line', async ({
  page,
}) => {
  await page.goto(LESSON_1);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await page.goto('progress/');
  await page.getByRole('button', { name: 'Show it as a code' }).click();
  const code = page.getByLabel('Your progress code', { exact: true });
  await expect(code).toHaveValue(/^cdc2\.[A-Za-z0-9_-]+$/);
  await expect(
    page.getByRole('img', { name: 'QR code of your progress code (a link to the class summary)' }),
  ).toBeVisible();
  const text = await code.inputValue();

  await page.goto('class/');
  await page.getByLabel('Progress files (JSON), or drop them here').scrollIntoViewIfNeeded();
  await hydrated(page);
  await page.getByLabel('Or paste progress codes (from Your progress, one per line)').fill(`${text}\nnot a code`);
  await page.getByRole('button', { name: 'Add the codes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'counted' })).toHaveText(
    '1 learner counted, 0 files refused.',
  );
  await expect(page.locator('.cs-codes')).toContainText('Line 2: a progress code starts with "cdc2."');
  await expect(page.locator('.cs-lessons').getByRole('row', { name: /Business requirements/ })).toContainText(
    '1 of 1 (100%)',
  );
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('scanning learners’ QR codes one after another builds the class on the instructor’s device; a damaged link is refused', async ({
  page,
}) => {
  const now = new Date('2026-12-04T10:00:00Z');
  const learner = async (seed: number, lessons: string[]) =>
    await progressCode(
      exportProgress(
        lessons.reduce((p, l) => setLessonComplete(p, l, true, now), freshProgress(seed)),
        now,
      ),
    );
  const first = await learner(11, ['01-data-in-the-cloud/01-business-requirements']);
  const second = await learner(22, [
    '01-data-in-the-cloud/01-business-requirements',
    '01-data-in-the-cloud/02-egress-and-ingress',
  ]);
  const counted = page.getByRole('status').filter({ hasText: 'counted' });

  // The first scan opens the page with the code in its hash: the learner is counted and the hash
  // goes, so a reload does not add them twice.
  await page.goto(`class/#add=${first}`);
  await expect(counted).toHaveText('1 learner counted, 0 files refused.');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  // The second scan lands on the open page (only the hash changes).
  await page.evaluate((code) => (location.hash = `add=${code}`), second);
  await expect(counted).toHaveText('2 learners counted, 0 files refused.');
  await expect(page.locator('.cs-lessons').getByRole('row', { name: /egress and ingress/ })).toContainText(
    '1 of 2 (50%)',
  );
  // Kept on this device: a reload (or the next scan in a new tab) still counts both.
  await page.reload();
  await expect(counted).toHaveText('2 learners counted, 0 files refused.');
  // A link cut short is refused with its reason; the class stays.
  await page.goto(`class/#add=${second.slice(0, 14)}`);
  await expect(page.locator('.cs-codes')).toContainText('The scanned link: the code is cut short or damaged.');
  await expect(counted).toHaveText('2 learners counted, 0 files refused.');
  // The same learner scanned twice is counted once.
  await page.goto(`class/#add=${first}`);
  await expect(counted).toHaveText('2 learners counted, 1 file refused.');
  await expect(page.locator('.cs-refused').last()).toContainText('the same learner as code 1');
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  // Start again forgets them on this device.
  await expect(page.getByRole('heading', { name: 'Learners', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'learners' })).toHaveText('No learners added yet.');
  await expect(page.getByRole('heading', { name: 'Learners', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start again' })).toHaveCount(0);
});
