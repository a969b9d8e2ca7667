import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const ECS = 'learn/orchestration/amazon-ecs/';

async function openTerminal(page: Page): Promise<Locator> {
  await page.goto(ECS);
  const w = page.locator('[data-terminal="ecs-fargate-service"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await w.locator('.xterm').click();
  return w;
}
const screenText = async (w: Locator) =>
  (await w.locator('.xterm-rows > div').allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
const onScreen = (w: Locator, expected: RegExp) =>
  expect.poll(() => screenText(w), { timeout: 7_000 }).toMatch(expected);
async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('the Fargate deployment in the terminal: the notes’ definition refused, the fixed one runs, a stopped task is replaced', async ({
  page,
}) => {
  const w = await openTerminal(page);
  const done = (id: string) => expect(w.locator(`[data-task="${id}"]`)).toHaveClass(/done/);
  await type(page, 'aws ecs create-cluster --cluster-name demo');
  await done('cluster');
  await type(page, 'aws ecs register-task-definition --cli-input-json file://notes-task-definition.json');
  const net = 'awsvpcConfiguration={subnets=[subnet-0abc],securityGroups=[sg-0abc],assignPublicIp=ENABLED}';
  const create = `aws ecs create-service --cluster demo --service-name web --task-definition my-nginx-app --desired-count 2 --launch-type FARGATE --network-configuration ${net}`;
  await type(page, create);
  await onScreen(w, /\(InvalidParameterException\)/);
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await onScreen(w, /An error occurred \(ClientException\)/);
  await expect(w.locator('[data-task="register"]')).not.toHaveClass(/done/);

  const editor = w.getByLabel('Contents of my-nginx-app/task-definition.json');
  await editor.fill((await editor.inputValue()).replace('"4096"', '"512"'));
  await w.getByRole('button', { name: 'Save to the terminal' }).click();
  await w.locator('.xterm').click();
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await done('register');
  await type(page, create);
  await type(page, 'sleep 5');
  await type(page, 'aws ecs describe-services --cluster demo --services web');
  await onScreen(w, /"enableExecuteCommand": false/);
  await done('service');
  await type(page, 'clear');
  await type(page, 'aws ecs list-tasks --cluster demo --service-name web');
  await onScreen(w, /"taskArns": \[/);
  // Long ARNs wrap across rows: join the rows without a break to read them whole.
  const rows = (await w.locator('.xterm-rows > div').allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd());
  const arns = rows.join('').match(/arn:aws:ecs:[^:\s]+:123456789012:task\/demo\/[0-9a-f]{32}/g) ?? [];
  expect(arns).toHaveLength(2);
  const arn = arns[0]!;
  await type(page, `aws ecs stop-task --cluster demo --task ${arn}`);
  await onScreen(w, /"stoppedReason": "Task stopped by user"/);
  await type(page, 'sleep 5');
  await done('replace');
  await expect(w.locator('.term-tasks-title')).toHaveText('Tasks: 4 of 4 done');
});
