import { chromium } from '@playwright/test';
import { executablePath, ARGS } from './browser.mjs';
const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
const pages = ['', 'learn/access-control/why-the-perimeter-moved/','learn/access-control/rbac/','learn/access-control/abac/','learn/access-control/identity-providers/','learn/access-control/keys-and-sas/','learn/access-control/oauth-and-oidc/','learn/access-control/choosing-a-method/','learn/access-control/case-study/','learn/cqrs/synchronisation/','learn/cqrs/consistency/','learn/data-in-the-cloud/egress-and-ingress/','learn/data-in-the-cloud/cutting-the-egress-bill/','learn/deploying/kubernetes-deployment-and-service/','learn/orchestration/amazon-ecs/','learn/containers/running-containers/'];
for (const p of pages) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
  await page.goto('http://127.0.0.1:4322/course/' + p, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const n = await page.evaluate(() => document.querySelectorAll('*').length);
  const islands = await page.evaluate(() => [...document.querySelectorAll('astro-island')].map(i => (i.getAttribute('component-url')||'').split('/').pop().split('.')[0] + ':' + i.querySelectorAll('*').length).join(' '));
  console.log(n, p, islands);
  await page.close();
}
await browser.close();
