import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { bankRolePresets, iamGrammarPreset } from '../../src/domain/access/index.ts';
import { IAM, S } from '../../src/widgets/PolicyPlayground/strings.ts';

/**
 * The IAM playground's own-policy presets: the RBAC lesson opens on roles alone (issue 15), and
 * the policy-conditions lesson embeds grammar examples that carry their own policy (issue 14).
 */
const RBAC = 'learn/access-control/rbac/';
const CONDITIONS = 'learn/access-control/policy-conditions/';

async function iamPlayground(page: Page, n: number): Promise<Locator> {
  const w = page.locator('[data-widget="policy-playground"][data-mode="iam"]').nth(n);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(w.locator('.pp-body')).toHaveAttribute('data-ready', 'true');
  return w;
}

/** The text of every policy the playground offers in its Policies tab. */
async function policyTexts(w: Locator): Promise<string[]> {
  await w.getByRole('tab', { name: IAM.tabPolicies }).click();
  const pick = w.getByLabel(IAM.policyPick);
  const texts: string[] = [];
  for (const value of await pick.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))) {
    await pick.selectOption(value);
    texts.push(await w.locator('textarea.pp-code').inputValue());
  }
  return texts;
}

test('the RBAC lesson opens on roles alone: no Condition in any policy, and the role decides', async ({ page }) => {
  await page.goto(RBAC);
  const first = await iamPlayground(page, 0);
  await expect(first.getByTestId('pp-actual')).toContainText(`${IAM.actual}: Allow`);
  await expect(first.locator('.pp-agree')).toHaveAttribute('data-agrees', 'true');
  const texts = await policyTexts(first);
  expect(texts).toHaveLength(2);
  for (const text of texts) {
    expect(text).not.toContain('Condition');
    expect(text).not.toContain('aws:SourceIp');
  }
  await first.getByRole('tab', { name: IAM.tabDecision }).click();
  await expect(first.locator('.pp-statement[data-decisive="true"]')).toContainText(
    'ManageEmployeeRecordsInOwnDepartment',
  );
  // No network, MFA or clock helpers: the request is the user, the action and the resource.
  await first.getByRole('tab', { name: IAM.tabRequest }).click();
  await expect(first.getByLabel(IAM.sourceIp, { exact: true })).toHaveCount(0);
  await expect(first.getByLabel(IAM.time)).toHaveCount(0);
  // The guardrail every role carries still wins over the role's hr:*.
  await first.getByLabel(IAM.action, { exact: true }).fill('hr:DeleteEmployeeRecord');
  await expect(first.getByTestId('pp-actual')).toContainText('Deny (explicit deny)');

  // The second playground: what a role lacks is denied implicitly.
  const second = await iamPlayground(page, 1);
  await expect(second.getByTestId('pp-actual')).toContainText('Deny (implicit deny)');
  for (const text of await policyTexts(second)) expect(text).not.toContain('Condition');
  // The picker offers the role-only examples; choosing another user brings that user's roles.
  const picker = second.getByLabel(S.presetLabel, { exact: true });
  await expect(picker.locator('option')).toHaveCount(bankRolePresets.length);
  await second.getByRole('tab', { name: IAM.tabRequest }).click();
  await second.getByLabel(IAM.user, { exact: true }).selectOption('paula');
  await expect(second.getByTestId('pp-actual')).toContainText('Allow');

  const results = await new AxeBuilder({ page }).include('[data-widget="policy-playground"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a grammar preset loads its own policy and request, and shows the documented decision', async ({ page }) => {
  const preset = iamGrammarPreset('forallvalues-no-tags');
  if (!preset) throw new Error('missing preset');
  await page.goto(CONDITIONS);
  const all = page.locator('[data-widget="policy-playground"][data-mode="iam"]');
  const count = await all.count();
  let w: Locator | undefined;
  for (let i = 0; i < count; i += 1) {
    const candidate = await iamPlayground(page, i);
    if ((await candidate.getByLabel(S.presetLabel, { exact: true }).inputValue()) === preset.id) w = candidate;
  }
  if (!w) throw new Error(`no playground on ${preset.id}`);
  await expect(w.getByTestId('pp-actual')).toContainText(`${IAM.actual}: ${preset.expected.effect}`);
  await expect(w.getByTestId('pp-expected')).toContainText(`${IAM.expectedExample}: ${preset.expected.effect}`);
  await expect(w.locator('.pp-agree')).toHaveAttribute('data-agrees', 'true');
  await w.getByRole('tab', { name: IAM.tabDecision }).click();
  await expect(w.locator('.pp-statement[data-decisive="true"]')).toContainText(preset.expected.decidingSid ?? '');

  // The editor shows the preset's own policy, not a bank user's.
  await w.getByRole('tab', { name: IAM.tabPolicies }).click();
  const editor = w.getByRole('textbox', { name: `JSON of the policy "${preset.policyName}"` });
  await expect(editor).toHaveValue(/ForAllValues:StringEquals/);
  await expect(editor).not.toHaveValue(/hr:/);
  // What the lesson asks: a Null check closes the trap.
  const text = await editor.inputValue();
  await editor.fill(text.replace('"Condition": {', '"Condition": {\n        "Null": { "aws:TagKeys": "false" },'));
  await expect(w.getByTestId('pp-actual')).toContainText('Deny (implicit deny)');
  await expect(w.locator('.pp-agree')).toContainText(IAM.differsExample);

  // The request form has no bank user; a list key is typed as comma-separated values.
  await w.getByRole('tab', { name: IAM.tabRequest }).click();
  await expect(w.getByLabel(IAM.user, { exact: true })).toHaveCount(0);
  await expect(w.getByLabel(IAM.action, { exact: true })).toHaveValue('iam:TagUser');
  await w.getByLabel(S.presetLabel, { exact: true }).selectOption('foranyvalue-owner-tag');
  await expect(w.getByLabel(IAM.rowValue(1))).toHaveValue('environment, owner');
  await expect(w.getByTestId('pp-actual')).toContainText('Deny (explicit deny)');
  await w.getByLabel(IAM.rowValue(1)).fill('environment, cost-center');
  // The edited policy (with Null) is kept across examples that share it: the Allow decides.
  await expect(w.getByTestId('pp-actual')).toContainText('Allow');
});

test('a shared link to a grammar preset reopens it', async ({ page }) => {
  await page.goto(`${CONDITIONS}?pp.mode=iam&pp.preset=notresource-other-bucket`);
  const w = await iamPlayground(page, 0);
  await expect(w.getByLabel(S.presetLabel, { exact: true })).toHaveValue('notresource-other-bucket');
  await expect(w.getByTestId('pp-actual')).toContainText('Deny (explicit deny)');
  await expect(w.locator('.pp-notice')).toHaveCount(0);
});

test('the case study reaches AWS through its VPC endpoint: no aws:SourceIp, and only the bank endpoint passes', async ({
  page,
}) => {
  // As the case study says: the Example menu of its first playground holds the endpoint request.
  await page.goto('learn/access-control/case-study/');
  const w = await iamPlayground(page, 0);
  await w.getByLabel(S.presetLabel, { exact: true }).selectOption('payroll-via-vpc-endpoint');
  await expect(w.getByTestId('pp-actual')).toContainText(`${IAM.actual}: Allow`);
  await w.getByRole('tab', { name: IAM.tabRequest }).click();
  await expect(w.getByLabel(IAM.sourceIp, { exact: true })).toHaveValue('');
  const keys = await w.locator('.pp-row-key').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(keys).toContain('aws:VpcSourceIp');
  expect(keys).toContain('aws:SourceVpce');
  expect(keys).not.toContain('aws:SourceIp');
  // From home, over the internet: the guardrail denies; back through the bank's endpoint: allowed.
  await w.getByRole('button', { name: IAM.home, exact: true }).click();
  await expect(w.getByTestId('pp-actual')).toContainText('Deny (explicit deny)');
  await w.getByRole('button', { name: IAM.viaEndpoint }).click();
  await expect(w.getByTestId('pp-actual')).toContainText('Allow');
  await expect(w.getByLabel(IAM.sourceIp, { exact: true })).toHaveValue('');
});
