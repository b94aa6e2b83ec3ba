// Keyboard only on the sectors page: forward Tab runs through every control and chart of the page, in order,
// to the last stop before the footer (the footer itself has no control), and the focus is never dropped on
// <body> on the way.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

async function focused(page: Page): Promise<{ body: boolean; end: boolean; text: string }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const body = !el || el === document.body;
    const text = body
      ? 'body'
      : `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`;
    return { body, end: Boolean(el?.closest('footer') || el?.hasAttribute('data-last-stop')), text };
  });
}

/** Marks the last element of the page before the footer that Tab can reach. */
async function markLastStop(page: Page) {
  await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, [tabindex]:not([tabindex="-1"])';
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => !el.closest('footer') && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden',
    );
    stops.at(-1)?.setAttribute('data-last-stop', '');
  });
}

for (const url of [
  '/sectors',
  '/sectors?classification=hs-chapters&flow=imports',
  '/sectors?classification=agriculture',
]) {
  test(`Tab walks ${url} from the top to the footer without losing focus`, async ({ page, consoleErrors }) => {
    await page.goto(url);
    await expect(
      page.getByRole('figure', { name: 'US beef exports to South Korea' }).locator('.recharts-bar-rectangle').first(),
    ).toBeVisible();
    await expect(page.getByRole('figure').first().locator('.recharts-bar-rectangle').first()).toBeVisible();
    await markLastStop(page);
    const path: string[] = [];
    let reached = false;
    for (let i = 0; i < 160 && !reached; i++) {
      await page.keyboard.press('Tab');
      const f = await focused(page);
      path.push(f.text);
      expect(f.body, `focus fell to <body> after ${i + 1} Tab presses:\n${path.join('\n')}`).toBe(false);
      reached = f.end;
    }
    expect(reached, `the end of the page was not reached:\n${path.join('\n')}`).toBe(true);
    // Every chart of the page was a stop on the way.
    const charts = await page.locator('.recharts-wrapper > svg.recharts-surface').count();
    expect(path.filter((p) => p.startsWith('svg')).length).toBeGreaterThanOrEqual(charts);
    expect(consoleErrors).toEqual([]);
  });
}
