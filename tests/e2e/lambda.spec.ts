import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const LESSON = 'learn/deploying/serverless-with-aws-lambda/';
const screenText = async (w: Locator) =>
  (await w.locator('.xterm-rows > div').allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('deploying the handler with the AWS CLI in the terminal, a continued line included, ticks the tasks', async ({
  page,
}) => {
  await page.goto(LESSON);
  const w = page.locator('[data-terminal="lambda-deploy"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await w.locator('.xterm').click();
  await type(page, 'aws iam create-role --role-name python-app-lambda \\');
  await expect.poll(() => screenText(w)).toMatch(/^>$/m);
  await type(page, '  --assume-role-policy-document file://trust-policy.json');
  await expect.poll(() => screenText(w)).toContain('"RoleName": "python-app-lambda"');
  await expect(w.locator('[data-task="role"]')).toHaveClass(/done/);
  await type(page, 'zip function.zip lambda_function.py && sleep 5');
  await type(
    page,
    'aws lambda create-function --function-name python-app --runtime python3.13 --role arn:aws:iam::123456789012:role/python-app-lambda --handler lambda_function.lambda_handler --zip-file fileb://function.zip',
  );
  await expect.poll(() => screenText(w)).toContain('"State": "Pending"');
  await type(page, 'aws lambda invoke --function-name python-app response.json && cat response.json');
  await expect.poll(() => screenText(w)).toContain('{"statusCode":200,"body":"Hello, Serverless!"}');
  await expect(w.locator('.term-tasks-title')).toHaveText('Tasks: 3 of 3 done');
});
