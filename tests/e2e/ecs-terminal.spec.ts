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

test('the Fargate lesson: the notes’ deployment done end to end in its terminal, every task ticked', async ({
  page,
}) => {
  await page.goto('learn/deploying/fargate-and-choosing/');
  const w = page.locator('[data-terminal="fargate-deploy"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await w.locator('.xterm').click();
  const done = (id: string) => expect(w.locator(`[data-task="${id}"]`)).toHaveClass(/done/);
  const ecr = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
  await type(page, 'export AWS_DEFAULT_REGION=us-east-1');
  await type(page, 'docker build --platform linux/amd64 -t my-nginx-app:1.0 .');
  await done('build');
  // Pushing before the repository exists fails, as it does on AWS.
  await type(page, `docker tag my-nginx-app:1.0 ${ecr}/my-nginx-app:1.0`);
  await type(page, `docker push ${ecr}/my-nginx-app:1.0`);
  await expect(w.locator('[data-task="push"]')).not.toHaveClass(/done/);
  await type(page, 'aws ecr create-repository --repository-name my-nginx-app --region us-east-1');
  await type(
    page,
    `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${ecr}`,
  );
  await onScreen(w, /Login Succeeded/);
  await type(page, `docker push ${ecr}/my-nginx-app:1.0`);
  await done('push');
  await type(page, 'aws logs create-log-group --log-group-name /ecs/my-nginx-app');
  await type(page, 'aws ecs create-cluster --cluster-name my-cluster');
  await type(page, 'aws ecs register-task-definition --cli-input-json file://task-definition.json');
  await done('register');
  // Typed over two lines with a backslash, as the lesson prints it.
  await type(
    page,
    'aws ecs create-service --cluster my-cluster --service-name my-nginx-app --task-definition my-nginx-app --desired-count 2 --launch-type FARGATE \\',
  );
  await type(
    page,
    '--network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d],securityGroups=[sg-0a1b2c3d],assignPublicIp=ENABLED}"',
  );
  await type(page, 'sleep 5');
  await done('service');
  await type(page, 'aws ecs describe-services --cluster my-cluster --services my-nginx-app | grep serviceArn');
  // xterm.js draws only while on screen.
  await w.locator('.xterm-rows').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await onScreen(w, /"serviceArn": "arn:aws:ecs:us-east-1:123456789012:service/);
});
