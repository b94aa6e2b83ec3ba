import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const width of [1366, 390]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto('http://localhost:4185/trends');
  await page.waitForFunction(() => window.korusMock);
  await page.evaluate(() => window.korusMock.setFault('/api/v1/trade/monthly', { kind: 'slow', delayMs: 6000 }));
  await page.waitForSelector('.recharts-wrapper svg .recharts-line-curve');
  await page.keyboard.press('Shift');
  await page.waitForSelector('#ytd-title', { timeout: 10000 });
  await page.waitForTimeout(1500);
  const sizes = () => page.evaluate(() => [...document.querySelector('.monthly-cards').children].map((c) => Math.round(c.getBoundingClientRect().height)));
  const before = await sizes();
  await page.waitForTimeout(7000);
  console.log(width, 'loading', before, 'loaded', await sizes());
  await context.close();
}
await browser.close();
