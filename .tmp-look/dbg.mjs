import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto('http://localhost:4190/');
for (let i = 0; i < 6; i++) { await page.waitForTimeout(5000); console.log(await page.locator('main').getAttribute('data-status')); }
await page.screenshot({ path: '/tmp/look/dbg.png' });
await browser.close();
