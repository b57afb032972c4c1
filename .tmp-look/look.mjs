import { chromium } from 'playwright-core';
const port = process.env.PORT ?? '4190';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1300, height: 1000 } });
await page.goto(`http://localhost:${port}/`);
await page.locator('main[data-status="ready"]').waitFor({ timeout: 90000 });
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/look/1-start.png', fullPage: false });
const steps = process.argv.slice(2);
for (const s of steps) { const mod = await import(s); await mod.default(page); }
await browser.close();
