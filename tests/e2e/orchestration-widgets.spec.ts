import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { badInputs } from '../support/bad-inputs';
import { test, expect } from './fixtures';

async function widget(page: Page, lesson: string, name: string) {
  await page.goto(lesson);
  const w = page.locator(`[data-widget="${name}"]`);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island[ssr]')).toHaveCount(0);
  return w;
}

async function noSeriousAxe(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).include(`[data-widget="${name}"]`).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('the Mesos offer round is stepped through by keyboard to the DRF paper’s result: A 3 tasks, B 2', async ({
  page,
}) => {
  const w = await widget(page, 'learn/orchestration/mesos-and-choosing-an-orchestrator/', 'mesos-offers');
  await expect(w.locator('.mo-round')).toContainText('Round 0 of 8.');
  const next = w.getByRole('button', { name: 'Next offer ▶' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(w.locator('.mo-round')).toContainText(
    "Round 1 of 8. The master offers agent-1's free 9 CPUs, 18 GB to A. A accepts and launches A.task-1.",
  );
  for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
  await expect(w.locator('.mo-round')).toContainText('Round 7 of 8.');
  await expect(w.locator('.mo-round')).toContainText('declines');
  const rows = w.locator('.mo-table').first().locator('tbody tr');
  await expect(rows.nth(0)).toContainText('A366.7%memory');
  await expect(rows.nth(1)).toContainText('B266.7%CPU');
  await w.getByRole('button', { name: '◀ Back' }).press('Enter');
  await expect(w.locator('.mo-round')).toContainText('Round 6 of 8.');
  await w.getByRole('button', { name: 'End' }).click();
  await expect(w.locator('.mo-round')).toContainText('The allocation is finished.');
  const demand = w.getByLabel('A: CPUs per task');
  for (const bad of badInputs('numbers')) {
    await demand.fill(bad);
    await expect(w.locator('.mo-round')).not.toContainText('NaN');
    await expect(w.locator('.mo-table').first()).not.toContainText('NaN');
  }
  await demand.fill('-1');
  await expect(w.locator('.mo-error')).toContainText('use a number from 0 to 10,000');
  await expect(demand).toHaveAttribute('aria-invalid', 'true');
  await demand.fill('2');
  await expect(w.locator('.mo-error')).toHaveCount(0);
  await noSeriousAxe(page, 'mesos-offers');
});

test('the Mesos stepper shows a master failover and a lost agent, and can undo them', async ({ page }) => {
  const w = await widget(page, 'learn/orchestration/mesos-and-choosing-an-orchestrator/', 'mesos-offers');
  await w.getByRole('button', { name: 'Next offer ▶' }).click();
  await w.getByRole('button', { name: 'Next offer ▶' }).click();
  await w.getByRole('button', { name: 'Fail the leading master' }).click();
  await expect(w.locator('.mo-round')).toContainText('Round 3 of');
  await expect(w.locator('.mo-round')).toContainText('master-2, the first standby in line, is elected leader');
  await expect(w.locator('.mo-masters')).toHaveText('Leading master: master-2. Standbys, in election order: master-3.');
  await w.getByRole('button', { name: 'Lose agent-1' }).click();
  await expect(w.locator('.mo-round')).toContainText('agent-1 is lost.');
  await expect(w.locator('.mo-round')).toContainText('(TASK_LOST)');
  const rows = w.locator('.mo-table').first().locator('tbody tr');
  await expect(rows.nth(0)).toContainText('A00%');
  await w.getByRole('button', { name: 'Undo failures' }).click();
  await expect(w.locator('.mo-round')).toContainText('Round 0 of 8.');
  await noSeriousAxe(page, 'mesos-offers');
});

test('the Fargate sizer refuses 0.25 vCPU with 4 GB, offers the nearest sizes, and prices the fix', async ({
  page,
}) => {
  const w = await widget(page, 'learn/orchestration/amazon-ecs/', 'fargate-sizer');
  await expect(w.locator('.fz-verdict')).toContainText('Fargate does not offer 0.25 vCPU with 4 GB.');
  await w.getByRole('button', { name: 'Use 0.5 vCPU with 4 GB' }).click();
  await expect(w.locator('.fz-verdict')).toContainText('0.5 vCPU with 4 GB is a Fargate size.');
  await expect(w.locator('.fz-table tbody tr')).not.toHaveCount(0);
  const mem = w.getByLabel('Task memory (GB)');
  for (const bad of badInputs('numbers')) {
    await mem.fill(bad);
    await expect(w.locator('.fz-verdict')).not.toContainText('NaN');
  }
  await mem.fill('lots');
  await expect(w.locator('.fz-error')).toContainText('Memory: enter GB as a number');
  await expect(mem).toHaveAttribute('aria-invalid', 'true');
  await mem.fill('1');
  await w.getByLabel('Task CPU').selectOption('512');
  await expect(w.locator('.fz-verdict')).toContainText('0.5 vCPU with 1 GB is a Fargate size.');
  await noSeriousAxe(page, 'fargate-sizer');
});

test('plan, apply, drift, plan: the second plan is empty and drift is planned back', async ({ page }) => {
  const w = await widget(page, 'learn/orchestration/automation-and-orchestration/', 'automation-plan');
  const planText = w.locator('.ap-plan');
  await expect(planText).toContainText('Plan: 3 to add, 0 to change, 0 to destroy.');
  await w.getByRole('button', { name: 'Apply' }).click();
  await expect(planText).toHaveText('No changes. Your infrastructure matches the configuration.');
  const yaml = w.getByLabel('Desired resources (YAML)');
  const text = await yaml.inputValue();
  await yaml.fill(text.replace('t3.small', 't3.medium'));
  await expect(planText).toContainText('~ size = "t3.small" -> "t3.medium"');
  await expect(planText).toContainText('Plan: 0 to add, 1 to change, 0 to destroy.');
  await w.getByRole('button', { name: 'Apply' }).click();
  await w.getByLabel('Resource', { exact: true }).selectOption('instance.app');
  await w.getByLabel('Property').fill('size');
  await w.getByLabel('New value').fill('m5.large');
  await w.getByRole('button', { name: 'Change it' }).click();
  await expect(planText).toContainText('~ size = "m5.large" -> "t3.medium"');
  expect(decodeURIComponent(new URL(page.url()).hash)).toContain('t3.medium');
  await yaml.fill(text.replace('${network.main.id}', '${network.mian.id}'));
  await expect(w.locator('.ap-errors')).toContainText(
    'Resource subnet.web refers to network.mian, which is not declared.',
  );
  await expect(yaml).toHaveAttribute('aria-invalid', 'true');
  for (const bad of badInputs('yaml').slice(0, 15)) {
    await yaml.fill(bad);
    await expect(w.locator('.ap-plan')).not.toContainText('NaN');
  }
  await noSeriousAxe(page, 'automation-plan');
});
