import { chromium } from '@playwright/test';
import { serve } from './tests/serve.mjs';
import { executablePath, ARGS } from './tests/bench/browser.mjs';
const file = process.argv[2];
const server = await serve({ base: '/course/', port: 4329 });
const browser = await chromium.launch({ executablePath: executablePath(), args: ARGS });
const mod = await import(`./tests/bench/${file}`);
console.log((await mod.run({ browser, baseUrl: 'http://127.0.0.1:4329/course/' })).join('\n'));
await browser.close(); server.close();
