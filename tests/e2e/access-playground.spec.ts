import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { badInputs } from '../support/bad-inputs';
import { OAUTH_SCENARIOS, bankRequestPresets } from '../../src/domain/access/index.ts';
import { IAM, OAUTH, S, SAS } from '../../src/widgets/PolicyPlayground/strings.ts';

/**
 * The lessons that embed the policy playground, by the mode the tests need. Widgets are found
 * by `data-widget="policy-playground"` and `data-mode`, so a lesson may move them around; if a
 * lesson drops a mode, point its entry at another lesson that embeds it.
 */
const LESSONS = {
  /** A bank (case-study) preset: the RBAC lesson opens on role-only presets (access-presets.spec.ts). */
  iam: 'learn/access-control/why-the-perimeter-moved/',
  /** Three IAM playgrounds on one page. */
  iamMany: 'learn/access-control/abac/',
  sas: 'learn/access-control/keys-and-sas/',
  oauth: 'learn/access-control/oauth-and-oidc/',
  /** All three modes on one page. */
  mixed: 'learn/access-control/case-study/',
} as const;

type Mode = 'iam' | 'sas' | 'oauth';

/** The n-th (0-based) playground of a mode, scrolled to, hydrated and interactive. */
async function playground(page: Page, mode: Mode, n = 0): Promise<Locator> {
  const w = page.locator(`[data-widget="policy-playground"][data-mode="${mode}"]`).nth(n);
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('astro-island')).not.toHaveAttribute('ssr');
  await expect(w.locator('.pp-body')).toHaveAttribute('data-ready', 'true');
  return w;
}

async function open(page: Page, path: string, mode: Mode, n = 0): Promise<Locator> {
  await page.goto(path);
  return playground(page, mode, n);
}

/** Fails the test if anything the learner typed became markup or opened a dialog. */
async function noInjection(page: Page): Promise<void> {
  // Inside the islands' own markup (Astro's hydration scripts sit beside it).
  const injected = page.locator('.pp-body :is(img, svg, script, iframe, object, [onerror], [onload])');
  expect(await injected.count()).toBe(0);
}

test.describe('IAM mode', () => {
  test('every case-study preset shows its expected decision', async ({ page }) => {
    const w = await open(page, LESSONS.iam, 'iam');
    const select = w.getByLabel(S.presetLabel, { exact: true });
    await expect(select.locator('option')).toHaveCount(bankRequestPresets.length);
    for (const preset of bankRequestPresets) {
      await select.selectOption(preset.id);
      await expect(w.getByTestId('pp-actual')).toContainText(`${IAM.actual}: ${preset.expected.effect}`);
      await expect(w.getByTestId('pp-expected')).toContainText(`${IAM.expected}: ${preset.expected.effect}`);
      await expect(w.locator('.pp-agree')).toHaveAttribute('data-agrees', 'true');
      await w.getByRole('tab', { name: IAM.tabDecision }).click();
      const deciding = w.locator('.pp-statement[data-decisive="true"]');
      if (preset.expected.decidingSid) {
        await expect(deciding).toHaveCount(1);
        await expect(deciding).toContainText(IAM.decidingLabel);
        await expect(deciding).toContainText(preset.expected.decidingSid);
      } else await expect(deciding).toHaveCount(0);
    }
  });

  test('a malformed policy shows the PolicyError with its line next to the editor and keeps the last decision', async ({
    page,
  }) => {
    const w = await open(page, LESSONS.iam, 'iam');
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('deny-override-delete');
    await expect(w.getByTestId('pp-actual')).toContainText('Deny');
    await w.getByRole('tab', { name: IAM.tabPolicies }).click();
    await w.getByLabel(IAM.policyPick).selectOption('bank-guardrails');
    const editor = w.getByRole('textbox', { name: /JSON of the policy "Bank guardrails"/ });
    await editor.fill('{\n  "Statement": [\n    { "Effect": "Alow", "Action": "*", "Resource": "*" }\n  ]\n}');
    const error = w.locator('.pp-error');
    await expect(error).toContainText('Line 3, column');
    await expect(error).toContainText('$.Statement[0].Effect');
    await expect(editor).toHaveAttribute('aria-invalid', 'true');
    await expect(w.locator('.pp-gutter-error')).toHaveText('3');
    // The last valid guardrails still decide: the Deny override stands.
    await expect(w.getByTestId('pp-actual')).toContainText('Deny');
    await expect(w.getByTestId('pp-actual')).toContainText('explicit deny');
    // "Go to the error" puts the caret on it.
    await w.getByRole('button', { name: IAM.goToError }).click();
    await expect(editor).toBeFocused();
    expect(
      await editor.evaluate((el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length),
    ).toBe(3);
    // 10,000 "[" neither hangs nor crashes, and the message names line and path.
    const t0 = Date.now();
    await editor.fill('['.repeat(10_000));
    await expect(error).toContainText('Line 1, column 10001');
    await expect(error).toContainText('JSON path $');
    expect(Date.now() - t0).toBeLessThan(5_000);
    await expect(w.getByTestId('pp-actual')).toContainText('Deny');
    await w.getByRole('button', { name: IAM.resetPolicy }).click();
    await expect(error).toBeEmpty();
  });

  test('bad text and JSON never inject markup nor crash, in the editor and every text field', async ({ page }) => {
    test.setTimeout(180_000);
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const w = await open(page, LESSONS.iam, 'iam');
    await w.getByRole('tab', { name: IAM.tabPolicies }).click();
    const editor = w.locator('textarea.pp-code');
    for (const text of [...badInputs('json'), ...badInputs('text')]) {
      await editor.fill(text);
      await expect(w.getByTestId('pp-actual')).toContainText(IAM.actual);
    }
    await expect(w.locator('.pp-error')).toContainText('Line');
    await noInjection(page);
    await w.getByRole('tab', { name: IAM.tabRequest }).click();
    await w.getByRole('button', { name: IAM.addRow }).click();
    const fields = [
      w.getByLabel(IAM.action, { exact: true }),
      w.getByLabel(IAM.resource, { exact: true }),
      w.getByLabel(IAM.sourceIp, { exact: true }),
      w.getByLabel(IAM.rowKey(9)),
      w.getByLabel(IAM.rowValue(9)),
    ];
    for (const text of [...badInputs('text'), ...badInputs('json')]) {
      for (const field of fields) await field.fill(text);
      await expect(w.getByTestId('pp-actual')).toContainText(IAM.actual);
    }
    await noInjection(page);
    // The learner's text is shown as text in the trace.
    await w.getByRole('tab', { name: IAM.tabRequest }).click();
    await w.getByLabel(IAM.action, { exact: true }).fill('<img src=x onerror=alert(1)>');
    await w.getByRole('tab', { name: IAM.tabDecision }).click();
    await expect(w.locator('.pp-trace').first()).toContainText('"<img src=x onerror=alert(1)>"');
    await noInjection(page);
  });

  test('the request helpers set the context, and the decision follows', async ({ page }) => {
    const w = await open(page, LESSONS.iam, 'iam');
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('hr-manager-updates-record');
    await w.getByRole('tab', { name: IAM.tabRequest }).click();
    await w.getByRole('button', { name: IAM.home, exact: true }).click();
    await expect(w.getByTestId('pp-actual')).toContainText('Deny (explicit deny)');
    await w.getByRole('button', { name: IAM.officeV6 }).click();
    await expect(w.getByTestId('pp-actual')).toContainText('Allow');
    const clock = w.getByLabel(IAM.time);
    await clock.focus();
    await page.keyboard.press('End');
    await expect(clock).toHaveAttribute('aria-valuetext', '23:30 UTC');
    await expect(w.getByTestId('pp-actual')).toContainText('Deny (implicit deny)');
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowRight');
    await expect(w.getByTestId('pp-actual')).toContainText('Allow');
    await w.getByLabel(IAM.mfa).uncheck();
    await expect(w.getByTestId('pp-actual')).toContainText('Deny (implicit deny)');
    await w.getByLabel(IAM.user, { exact: true }).selectOption('olivia');
    await expect(w.getByLabel(IAM.rowValue(1))).toHaveValue('london');
    await expect(w.getByLabel(IAM.rowKey(1))).toHaveValue('hr:Location');
  });

  test('the tabs work with the keyboard alone', async ({ page }) => {
    const w = await open(page, LESSONS.iam, 'iam');
    const tab = (name: string) => w.getByRole('tab', { name });
    await tab(IAM.tabDecision).click();
    await page.keyboard.press('ArrowRight');
    await expect(tab(IAM.tabPolicies)).toBeFocused();
    await expect(tab(IAM.tabPolicies)).toHaveAttribute('aria-selected', 'true');
    await expect(w.getByRole('tabpanel')).toHaveCount(1);
    await page.keyboard.press('End');
    await expect(tab(IAM.tabDecision)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tab(IAM.tabRequest)).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Tab');
    await expect(w.getByRole('tabpanel')).toBeFocused();
  });

  test('several playgrounds on one page work on their own, with unique ids', async ({ page }) => {
    await page.goto(LESSONS.iamMany);
    const count = await page.locator('[data-widget="policy-playground"][data-mode="iam"]').count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i += 1) await playground(page, 'iam', i);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const first = await playground(page, 'iam', 0);
    const second = await playground(page, 'iam', 1);
    const before = await second.getByTestId('pp-actual').innerText();
    await first.getByLabel(S.presetLabel, { exact: true }).selectOption('hr-manager-updates-record');
    await expect(first.getByTestId('pp-actual')).toContainText('Allow');
    await expect(second.getByTestId('pp-actual')).toHaveText(before);
  });
});

test.describe('SAS mode', () => {
  test('a tampered token is rejected as bad-signature, an expired one as expired, and each mistake for its reason', async ({
    page,
  }) => {
    const w = await open(page, LESSONS.sas, 'sas');
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-reads-report');
    const result = w.getByTestId('pp-sas-result');
    await expect(result).toContainText(SAS.accepted);
    const cases: [string, string][] = [
      [SAS.tamperSig, 'bad-signature'],
      [SAS.tamperSe, 'bad-signature'],
      [SAS.tamperSp, 'bad-signature'],
      [SAS.pastExpiry, 'expired'],
      [SAS.askDelete, 'permission'],
      [SAS.fromHome, 'ip'],
      [SAS.overHttp, 'protocol'],
    ];
    for (const [button, reason] of cases) {
      await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-lists-reports');
      await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-reads-report');
      await expect(result).toContainText(SAS.accepted);
      await w.getByRole('button', { name: button }).click();
      await expect(result.locator('code')).toHaveText(reason);
      await expect(result).toContainText(SAS.rejected);
    }
    // The quick cases do not stack: clicked one after another, each reports its own reason.
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-reads-report');
    for (const [button, reason] of [
      [SAS.pastExpiry, 'expired'],
      [SAS.askDelete, 'permission'],
      [SAS.fromHome, 'ip'],
      [SAS.overHttp, 'protocol'],
      [SAS.tamperSig, 'bad-signature'],
      [SAS.askDelete, 'permission'],
    ] as const) {
      await w.getByRole('button', { name: button }).click();
      await expect(result.locator('code')).toHaveText(reason);
    }
    // The token's parameters are explained, and a restored token is accepted again.
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-reads-report');
    await w.getByRole('button', { name: SAS.tamperSig }).click();
    await expect(result.locator('code')).toHaveText('bad-signature');
    await w.getByRole('button', { name: SAS.restore }).click();
    await expect(result).toContainText(SAS.accepted);
    await expect(w.locator('.pp-params dt')).toHaveText(['sv', 'sp', 'st', 'se', 'sip', 'spr', 'sr', 'cres', 'sig']);
  });

  test('the generator signs a new token and the clock moves', async ({ page }) => {
    const w = await open(page, LESSONS.sas, 'sas');
    await w.getByLabel(S.presetLabel, { exact: true }).selectOption('auditor-reads-report');
    const result = w.getByTestId('pp-sas-result');
    await w.getByRole('checkbox', { name: /d delete/ }).check();
    await expect(w.getByLabel(SAS.tokenLabel)).toHaveValue(/sp=rdl/);
    await w.getByRole('button', { name: SAS.askDelete }).click();
    await expect(result).toContainText(SAS.accepted);
    const clock = w.getByLabel(SAS.clock, { exact: true });
    await clock.focus();
    await page.keyboard.press('Home');
    await expect(result.locator('code')).toHaveText('not-yet-valid');
    await page.keyboard.press('End');
    await expect(result.locator('code')).toHaveText('expired');
    await w.getByLabel(SAS.expiry).fill('2027-06-01T00:00');
    await expect(w.getByLabel(SAS.tokenLabel)).toHaveValue(/se=2027-06-01T00%3A00%3A00Z/);
  });

  test('bad text in every field never injects markup nor crashes', async ({ page }) => {
    test.setTimeout(120_000);
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const w = await open(page, LESSONS.sas, 'sas');
    const fields = [SAS.resource, SAS.ip, SAS.tokenLabel, SAS.reqResource, SAS.reqIp].map((l) =>
      w.getByLabel(l, { exact: true }),
    );
    for (const text of [...badInputs('text'), ...badInputs('json')]) {
      for (const field of fields) await field.fill(text);
      await expect(w.getByTestId('pp-sas-result')).toContainText(SAS.rejected);
    }
    await noInjection(page);
  });
});

test.describe('OAuth mode', () => {
  test('the happy path reaches the end, a failure scenario stops with its reason', async ({ page }) => {
    const w = await open(page, LESSONS.oauth, 'oauth');
    const scenario = w.getByLabel(OAUTH.scenario);
    const next = w.getByRole('button', { name: OAUTH.next, exact: true });
    await scenario.selectOption('happy-path');
    await expect(w.getByText(OAUTH.stepOf(1, 8))).toBeVisible();
    for (let i = 1; i < 8; i += 1) await next.click();
    await expect(next).toBeDisabled();
    await expect(w.getByTestId('pp-oauth-outcome')).toHaveText(OAUTH.done);
    await expect(w.getByTestId('pp-oauth-step')).toContainText('Signed in');
    // Back and Restart.
    await w.getByRole('button', { name: OAUTH.back }).click();
    await expect(w.getByTestId('pp-oauth-step')).toContainText('API call with the access token');
    await w.getByRole('button', { name: OAUTH.restart }).click();
    await expect(w.getByTestId('pp-oauth-step')).toContainText('code_verifier');

    for (const s of OAUTH_SCENARIOS.filter((x) => x.expected.status === 'failed')) {
      await scenario.selectOption(s.id);
      await expect(w.locator('.pp-body')).toHaveAttribute('data-scenario', s.id);
      await expect(w.locator('.pp-body')).toHaveAttribute('data-busy', 'false');
      await expect(w.getByText(/Step 1 of \d+/)).toBeVisible();
      while (await next.isEnabled()) await next.click();
      await expect(w.getByTestId('pp-oauth-outcome')).toContainText(`(${s.expected.reason})`);
      await expect(w.getByTestId('pp-oauth-step')).toContainText(OAUTH.stepFailed(s.expected.reason ?? ''));
      await expect(w.locator('.pp-steps li[data-state="failed"]')).toHaveCount(1);
    }
  });

  test('an ID token is issued, decoded and, once broken, rejected with its reason', async ({ page }) => {
    const w = await open(page, LESSONS.oauth, 'oauth');
    await w.getByRole('button', { name: OAUTH.issue }).click();
    const result = w.getByTestId('pp-idtoken-result');
    await expect(result).toContainText(OAUTH.valid);
    await expect(w.locator('.pp-jwt').first()).toContainText('"alg": "HS256"');
    const reasons: [string, string][] = [
      ['wrong issuer (iss)', 'wrong-issuer'],
      ['wrong audience (aud)', 'wrong-audience'],
      ['expired (exp in the past)', 'expired'],
      ['issued in the future (iat)', 'issued-in-future'],
      ['wrong nonce', 'nonce-mismatch'],
      ['tampered signature', 'bad-signature'],
    ];
    for (const [label, reason] of reasons) {
      await w.getByLabel(label).check();
      await expect(result.locator('code')).toHaveText(reason);
    }
    // The claim a scenario changed is marked, and times read as dates beside the epoch seconds.
    await w.getByLabel('expired (exp in the past)').check();
    const changed = w.locator('.pp-claims [data-changed="true"]');
    await expect(changed).toHaveCount(1);
    await expect(changed.locator('dt')).toContainText('exp');
    await expect(changed.locator('dd')).toHaveText(/^\d{10} \(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\)$/);
  });
});

test('a shared link restores the state, and a damaged one falls back with a notice', async ({ page, browser }) => {
  const w = await open(page, LESSONS.iam, 'iam');
  await w.getByLabel(S.presetLabel, { exact: true }).selectOption('without-mfa');
  await w.getByRole('tab', { name: IAM.tabRequest }).click();
  await w.getByRole('button', { name: IAM.officeV6 }).click();
  await w.getByRole('tab', { name: IAM.tabPolicies }).click();
  await w.getByLabel(IAM.policyPick).selectOption('bank-guardrails');
  await w.locator('textarea.pp-code').fill('{"Statement": [], "Ünïcode": "🚀" ');
  await expect(page).toHaveURL(/pp\.pol=/);
  await w.getByRole('button', { name: S.copyLink }).click();
  await expect(w.locator('.pp-share-status')).not.toBeEmpty();
  const url = page.url();

  const other = await browser.newPage();
  await other.goto(url);
  const v = await playground(other, 'iam');
  await expect(v.getByLabel(S.presetLabel, { exact: true })).toHaveValue('without-mfa');
  await expect(v.getByRole('tab', { name: IAM.tabPolicies })).toHaveAttribute('aria-selected', 'true');
  await expect(v.locator('textarea.pp-code')).toHaveValue('{"Statement": [], "Ünïcode": "🚀" ');
  await expect(v.locator('.pp-error')).toContainText('Line 1');
  await v.getByRole('tab', { name: IAM.tabRequest }).click();
  await expect(v.getByLabel(IAM.sourceIp, { exact: true })).toHaveValue('2001:db8:b4e:12::7');

  await other.goto(`${LESSONS.iam}?pp.mode=iam&pp.preset=nope&pp.user=<b>`);
  const bad = await playground(other, 'iam');
  await expect(bad.locator('.pp-notice')).toContainText(S.urlUnknownPreset('nope'));
  await other.goto(`${LESSONS.iam}?pp.mode=iam&pp.user=%3Cimg%20src%3Dx%3E&pp.ctx=%%%`);
  const bad2 = await playground(other, 'iam');
  await expect(bad2.locator('.pp-notice')).toContainText(S.urlNotice('pp.user, pp.ctx'));
  await noInjection(other);

  // SAS and OAuth state travel too.
  await other.goto(`${LESSONS.sas}?pp.mode=sas&pp.preset=auditor-after-two-weeks`);
  await expect((await playground(other, 'sas')).getByTestId('pp-sas-result').locator('code')).toHaveText('expired');
  await other.goto(`${LESSONS.oauth}?pp.mode=oauth&pp.preset=pkce-failed&pp.step=5&pp.idt=wrong-nonce`);
  const o = await playground(other, 'oauth');
  await expect(o.getByTestId('pp-oauth-outcome')).toContainText('(pkce-failed)');
  await expect(o.getByTestId('pp-idtoken-result').locator('code')).toHaveText('nonce-mismatch');
  await other.close();
});

test('without JavaScript each mode shows its example and outcome', async ({ browser }) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  await page.goto(LESSONS.mixed);
  const iam = page.locator('[data-widget="policy-playground"][data-mode="iam"]').first();
  await expect(iam.getByTestId('pp-actual')).toContainText(IAM.actual);
  await expect(iam.getByRole('heading', { name: IAM.tabPolicies })).toBeVisible();
  await expect(iam.locator('textarea.pp-code')).toBeVisible();
  await expect(
    page.locator('[data-widget="policy-playground"][data-mode="sas"]').first().getByTestId('pp-sas-result'),
  ).toContainText(/Accepted|Rejected/);
  await expect(
    page.locator('[data-widget="policy-playground"][data-mode="oauth"]').first().getByTestId('pp-oauth-outcome'),
  ).toBeVisible();
  await ctx.close();
});

/** Puts every playground of the page in a state worth scanning; IAM panels go to `tab`. */
async function useAll(page: Page, tab: string, first: boolean): Promise<void> {
  for (const mode of ['iam', 'sas', 'oauth'] as const) {
    const all = page.locator(`[data-widget="policy-playground"][data-mode="${mode}"]`);
    for (let i = 0; i < (await all.count()); i += 1) {
      const w = await playground(page, mode, i);
      if (mode === 'iam') {
        if (first) {
          await w.getByRole('tab', { name: IAM.tabPolicies }).click();
          await w.locator('textarea.pp-code').fill('{\n "Statement": [ { "Effect": "Alow" } ]\n}');
          await w.getByRole('tab', { name: IAM.tabRequest }).click();
          await w.getByRole('button', { name: IAM.addRow }).click();
        }
        await w.getByRole('tab', { name: tab }).click();
      }
      if (mode === 'sas' && first) await w.getByRole('button', { name: SAS.tamperSig }).click();
      if (mode === 'oauth' && first) {
        await w.getByRole('button', { name: OAUTH.next, exact: true }).click();
        await w.getByRole('button', { name: OAUTH.issue }).click();
        await expect(w.getByTestId('pp-idtoken-result')).toBeVisible();
      }
    }
  }
}

const TABS = [IAM.tabPolicies, IAM.tabRequest, IAM.tabDecision];

for (const path of [LESSONS.mixed, LESSONS.iamMany, LESSONS.sas, LESSONS.oauth]) {
  test(`"${path}" has no serious or critical axe violation with the playgrounds in use (light and dark)`, async ({
    page,
  }) => {
    // Six full scans of pages with up to five playgrounds: slow on a busy two-core machine.
    test.setTimeout(240_000);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      for (const [i, tab] of TABS.entries()) {
        await useAll(page, tab, i === 0);
        const results = await new AxeBuilder({ page }).include('[data-widget="policy-playground"]').analyze();
        const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(
          bad.map((v) => `${scheme}/${tab}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        ).toEqual([]);
      }
    }
  });

  test(`"${path}" fits 320 px without horizontal scrolling, playgrounds in use`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    for (const [i, tab] of TABS.entries()) {
      await useAll(page, tab, i === 0);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect([tab, overflow]).toEqual([tab, 0]);
    }
  });
}
