import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const LESSON = 'learn/deploying/kubernetes-deployment-and-service/';

async function openTerminal(page: Page): Promise<Locator> {
  await page.goto(LESSON);
  const w = page.locator('[data-terminal="k8s-deploy"]');
  await w.scrollIntoViewIfNeeded();
  await expect(w.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await w.locator('.xterm').click();
  return w;
}
const screenText = async (w: Locator) =>
  (await w.locator('.xterm-rows > div').allInnerTexts()).map((r) => r.replace(/\u00a0/g, ' ').trimEnd()).join('\n');
async function type(page: Page, line: string) {
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}

test('kubectl apply in the terminal: pods appear on the nodes in the cluster view and the task ticks', async ({
  page,
}) => {
  const w = await openTerminal(page);
  const view = page.locator('[data-cluster-of="k8s-deploy"]');
  await view.scrollIntoViewIfNeeded();
  await expect(view).toContainText('The cluster now (3 nodes, 0 pods)');
  await w.locator('.xterm').click();
  await type(page, 'kubectl apply -f deployment.yaml');
  await expect.poll(() => screenText(w)).toContain('deployment.apps/python-app created');
  await expect(view).toContainText('The cluster now (3 nodes, 2 pods)');
  await expect(view.locator('.cv2-pod').first()).toContainText('ContainerCreating');
  await type(page, 'kubectl rollout status deployment/python-app');
  await expect.poll(() => screenText(w)).toContain('deployment "python-app" successfully rolled out');
  await expect(view.locator('.cv2-pod').first()).toContainText('Running, ready');
  await expect(w.locator('[data-task="deploy"]')).toHaveClass(/done/);
  await type(page, 'kubectl get pods');
  await expect.poll(() => screenText(w)).toMatch(/python-app-[b-z2-9]{10}-[b-z2-9]{5} +1\/1 +Running/);
  const results = await new AxeBuilder({ page }).include('[data-cluster-of="k8s-deploy"]').analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('a pod deleted in the terminal is replaced, and the picture follows', async ({ page }) => {
  const w = await openTerminal(page);
  await type(page, 'kubectl apply -f deployment.yaml');
  await type(page, 'kubectl rollout status deployment/python-app');
  await expect.poll(() => screenText(w)).toContain('successfully rolled out');
  const view = page.locator('[data-cluster-of="k8s-deploy"]');
  await view.scrollIntoViewIfNeeded();
  await expect(view).toContainText('(3 nodes, 2 pods)');
  const first = (await view.locator('.cv2-pod-name').first().innerText()).trim();
  await w.locator('.xterm').click();
  await type(page, `kubectl delete pod ${first}`);
  await expect.poll(() => screenText(w)).toContain(`pod "${first}" deleted`);
  await expect(view.locator('.cv2-pod-name', { hasText: first })).toHaveCount(0);
  await expect(view).toContainText('(3 nodes, 2 pods)');
  await type(page, 'sleep 5');
  await expect(w.locator('[data-task="heal"]')).toHaveClass(/done/);
});

test('scale to 5, expose with a tunnel for an external IP, and a bad manifest refused with the field named', async ({
  page,
}) => {
  const w = await openTerminal(page);
  await type(page, 'kubectl apply -f deployment.yaml && kubectl scale deployment python-app --replicas=5');
  await type(page, 'kubectl rollout status deployment/python-app');
  await expect.poll(() => screenText(w)).toContain('deployment "python-app" successfully rolled out');
  const view = page.locator('[data-cluster-of="k8s-deploy"]');
  await view.scrollIntoViewIfNeeded();
  await expect(view).toContainText('(3 nodes, 5 pods)');
  await expect(view).toContainText('Deployment python-app: 5 of 5 ready');
  await w.locator('.xterm').click();
  await type(page, 'kubectl apply -f service.yaml && minikube tunnel');
  await type(page, 'kubectl get svc python-app');
  await expect
    .poll(() => screenText(w))
    .toMatch(/python-app +LoadBalancer +10\.\d+\.\d+\.\d+ +127\.0\.0\.1 +80:3\d{4}\/TCP/);
  await type(page, "echo 'apiVersion: apps/v1' > bad.yaml && echo 'kind: Deployment' >> bad.yaml");
  await type(page, "echo 'metadata: {name: web}' >> bad.yaml && echo 'spec: {replica: 2}' >> bad.yaml");
  await type(page, 'kubectl apply -f bad.yaml');
  // The message is wider than the terminal: read the screen with its wrapped rows joined.
  await expect
    .poll(async () => (await screenText(w)).replace(/\n/g, ''))
    .toContain('strict decoding error: unknown field "spec.replica"');
});

test('the cluster view drills run their commands in the terminal, and the cluster survives a reload', async ({
  page,
}) => {
  const w = await openTerminal(page);
  await type(page, 'kubectl apply -f deployment.yaml');
  await type(page, 'kubectl rollout status deployment/python-app');
  await expect.poll(() => screenText(w)).toContain('successfully rolled out');
  const view = page.locator('[data-cluster-of="k8s-deploy"]');
  await view.scrollIntoViewIfNeeded();
  const drills = view.getByRole('group', { name: /Drills/ });

  await drills.getByRole('button', { name: 'Delete a pod' }).click();
  await expect(view.getByRole('status')).toContainText('Ran in the terminal: kubectl delete pod python-app-');
  // xterm.js draws only while on screen: look at the terminal to read what it printed.
  await w.locator('.xterm-rows').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await expect.poll(() => screenText(w)).toMatch(/kubectl delete pod python-app-\S+\n.*deleted/);
  await view.scrollIntoViewIfNeeded();

  // Keyboard only: focus the button and press Enter.
  await drills.getByRole('button', { name: 'Scale to 5' }).focus();
  await page.keyboard.press('Enter');
  await expect(view).toContainText('(3 nodes, 5 pods)');
  await expect(drills.getByRole('button', { name: 'Scale to 2' })).toBeVisible();

  await page.reload();
  const again = page.locator('[data-terminal="k8s-deploy"]');
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect.poll(() => screenText(again)).toContain('Restored from your last visit');
  const viewAgain = page.locator('[data-cluster-of="k8s-deploy"]');
  await viewAgain.scrollIntoViewIfNeeded();
  await expect(viewAgain).toContainText('(3 nodes, 5 pods)');

  await again.getByRole('button', { name: 'Reset the terminal' }).click();
  await expect(viewAgain).toContainText('(3 nodes, 0 pods)');
  await page.reload();
  const third = page.locator('[data-terminal="k8s-deploy"]');
  await third.scrollIntoViewIfNeeded();
  await expect(third.locator('.term-screen')).toHaveAttribute('data-state', 'ready', { timeout: 15_000 });
  await expect.poll(() => screenText(third)).not.toContain('Restored from your last visit');
});
