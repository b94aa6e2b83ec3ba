import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (let run = 0; run < 3; run++) {
const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
await context.addInitScript(() => {
  window.__shifts = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shifts.push({ t: Math.round(e.startTime), v: e.value.toFixed(4), input: e.hadRecentInput, y: Math.round(scrollY), src: e.sources.map((s) => `${s.node?.nodeName}.${s.node?.className?.baseVal ?? s.node?.className ?? ''} ${JSON.stringify(s.previousRect.y)}→${JSON.stringify(s.currentRect.y)} h${s.previousRect.height}→${s.currentRect.height}`) }); }).observe({ type: 'layout-shift', buffered: true });
});
const page = await context.newPage();
await page.goto(process.argv[2]);
await page.waitForSelector('.recharts-wrapper svg .recharts-line-curve', { timeout: 30000 });
await page.waitForTimeout(800);
await page.evaluate(async () => {
  for (let y = 0; y < document.body.scrollHeight; y += 400) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 60)); }
  await new Promise((r) => setTimeout(r, 600));
  window.scrollTo(0, 0);
  await new Promise((r) => setTimeout(r, 200));
});
console.log(JSON.stringify(await page.evaluate(() => window.__shifts), null, 1));
await context.close();
}
await browser.close();
