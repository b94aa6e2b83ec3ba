// Blocks further down a page render when their place comes near, in placeholders of their final size: a reader
// who jumps to the bottom (End, a scrollbar drag) must not see the page move under them as the blocks above come in.
import { test, expect } from './fixtures.ts';

const PAGES = [
  '/trends',
  '/trends?category=services',
  '/sectors',
  '/sectors?classification=usitc-sectors',
  '/sectors?classification=agriculture',
  '/sectors?classification=agency-products',
];

for (const width of [390, 1366]) {
  for (const path of PAGES) {
    test(`${path} at ${width} px: jumping to the bottom moves nothing on screen`, async ({ page, consoleErrors }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.addInitScript(() => {
        const shifts: { at: number; value: number }[] = [];
        (window as unknown as { shifts: typeof shifts }).shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shifts.push({ at: entry.startTime, value: entry.value });
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await expect(page.locator('.chart-card__chart svg.recharts-surface').first()).toBeVisible();
      await page.waitForTimeout(1_500);
      // Not a key press: one would draw every block at once (src/components/deferred.tsx).
      const jumpedAt = await page.evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return performance.now();
      });
      await expect(page.locator('.placeholder')).toHaveCount(0, { timeout: 15_000 });
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
      await page.waitForTimeout(1_000);
      const moved = await page.evaluate(
        (after) =>
          (window as unknown as { shifts: { at: number; value: number }[] }).shifts
            .filter((s) => s.at >= after)
            .reduce((sum, s) => sum + s.value, 0),
        jumpedAt,
      );
      // Google's "good" line is 0.1 for a whole visit; this is one scroll.
      expect(moved).toBeLessThan(0.05);
      expect(consoleErrors).toEqual([]);
    });
  }
}
