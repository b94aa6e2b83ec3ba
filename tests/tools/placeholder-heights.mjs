// Diagnostic: how tall the content a Deferred block renders really is, against its placeholder, per route and
// width. Usage: node tests/tools/placeholder-heights.mjs http://localhost:4185 [/trends ...]
import { chromium } from '@playwright/test';
import { CHROME, CHROME_ARGS } from './chromium.mjs';

const base = process.argv[2];
const paths = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['/', '/trends', '/sectors', '/sectors?classification=hs-chapters&flow=imports', '/viewpoints'];
const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
for (const width of [1366, 390]) {
  for (const path of paths) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(base + path);
    await page.waitForSelector('.recharts-wrapper svg', { timeout: 30000 });
    await page.waitForTimeout(1500);
    // One block at a time, in page order: scroll its place into view, let it render, see how much the page grew.
    for (let i = 0; i < 8; i++) {
      const b = await page.evaluate(() => {
        const p = document.querySelector('.placeholder');
        if (!p) return null;
        window.scrollTo(0, Math.max(0, p.getBoundingClientRect().top + scrollY - innerHeight + 10));
        return {
          h: Math.round(p.getBoundingClientRect().height),
          count: document.querySelectorAll('.placeholder').length,
          page: document.documentElement.scrollHeight,
        };
      });
      if (!b) break;
      await page.waitForTimeout(2500);
      await page
        .waitForFunction(
          () => ![...document.querySelectorAll('[role=status]')].some((s) => /^Loading/.test(s.textContent ?? '')),
          null,
          { timeout: 20000 },
        )
        .catch(() => {});
      await page.waitForTimeout(300);
      const a = await page.evaluate(() => ({
        count: document.querySelectorAll('.placeholder').length,
        page: document.documentElement.scrollHeight,
      }));
      const delta = a.page - b.page;
      console.log(
        `${String(width).padEnd(5)} ${path.padEnd(52)} placeholder ${i} ${b.h} px → content ${b.h + delta} px (${delta > 0 ? '+' : ''}${delta})${b.count - a.count !== 1 ? ` [${b.count - a.count} blocks rendered]` : ''}`,
      );
    }
    await context.close();
  }
}
await browser.close();
