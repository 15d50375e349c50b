import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4362';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-quic'] });
const [path, width, name, action, ...ys] = process.argv.slice(2);
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
await page.goto(base + path);
await page.waitForTimeout(800);
if (action === 'both') { await page.locator('input[name=mode][value=both]').check(); }
if (action === 'fill') { await page.locator('#field-client').fill('Acme <img src=x onerror=alert(1)> Ltd'); await page.locator('#field-provider').fill('ДевСофт ЕООД'); await page.locator('input[name=mode][value=both]').check(); }
for (const y of ys) { await page.screenshot({ path: `/tmp/wt-builder-tmp/${name}-${y}.png`, clip: { x: 0, y: Number(y), width: Number(width), height: 1000 }, fullPage: true }); }
await browser.close();
