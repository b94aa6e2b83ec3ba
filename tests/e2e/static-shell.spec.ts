// Each page's route HTML holds the layout's header and the page's heading and lede (src/app/static-shell.ts), so
// they show before the app's code has run; the app's first render must put the same elements in the same place
// (else the page would jump, and the browser would count a second, later largest paint).
import type { Page } from '@playwright/test';
import { PAGE_HEADS } from '../../src/lib/page-heads.ts';
import { test, expect } from './fixtures.ts';

const ROUTES = Object.keys(PAGE_HEADS) as Array<keyof typeof PAGE_HEADS>;

/** The header and the page's heading block as text with sorted attributes, and where the heading and lede sit. */
function shellOf(page: Page) {
  return page.evaluate(() => {
    const canonical = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
      if (!(node instanceof Element)) return '';
      if (node.classList.contains('route-progress')) return '';
      const attrs = [...node.attributes]
        .map((a) => `${a.name}="${a.value}"`)
        .sort()
        .join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(canonical).join('')}</${node.localName}>`;
    };
    const header = document.querySelector('header.app-header');
    const page = document.querySelector('main > .page');
    const heading = page?.querySelector(':scope > .page-header');
    const box = (selector: string) => {
      const r = page?.querySelector(selector)?.getBoundingClientRect();
      return r ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10) : null;
    };
    return {
      header: header ? canonical(header) : null,
      page: page ? `${page.className} ${canonical(heading!)}` : null,
      main: document.querySelector('main')?.outerHTML.match(/^<main[^>]*>/)?.[0] ?? null,
      h1: box('h1'),
      lede: box('.lede'),
      title: document.title,
    };
  });
}

for (const width of [1366, 390]) {
  for (const path of ROUTES) {
    test(`${path} at ${width} px: the HTML has the page's header, and the app draws the same in the same place`, async ({
      browser,
      page,
      consoleErrors,
    }) => {
      const viewport = { width, height: 900 };
      const withoutScript = await browser.newContext({ javaScriptEnabled: false, viewport });
      const html = await withoutScript.newPage();
      await html.goto(path);
      await expect(html.getByRole('heading', { level: 1 })).toHaveText(PAGE_HEADS[path].heading);
      const before = await shellOf(html);
      await withoutScript.close();
      expect(before.header).toContain('aria-current="page"');
      expect(before.title).toBe(`${PAGE_HEADS[path].title} · KORUS Lens`);

      await page.setViewportSize(viewport);
      await page.goto(path);
      // The app's own layout has taken over (the HTML's has no footer) and its page has drawn below the header.
      await expect(page.locator('footer.app-footer')).toBeVisible();
      await expect(page.locator('[data-static-shell]')).toHaveCount(0);
      const after = await shellOf(page);
      expect(after.header).toBe(before.header);
      expect(after.page).toBe(before.page);
      expect(after.main).toBe(before.main);
      expect(after.h1).toEqual(before.h1);
      expect(after.lede).toEqual(before.lede);
      expect(after.title).toBe(before.title);
      expect(consoleErrors).toEqual([]);
    });
  }
}

test('the header is on screen before the app has run, and another path never shows the overview’s', async ({
  page,
  consoleErrors,
}) => {
  // Read when the HTML has been parsed: boot.js starts the app only after the first paint.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const shell = document.querySelector('[data-static-shell]');
      (window as unknown as { shellAtParse: unknown }).shellAtParse = shell
        ? { shown: getComputedStyle(shell).display !== 'none', h1: shell.querySelector('h1')?.textContent }
        : null;
    });
  });
  const atParse = () => page.evaluate(() => (window as unknown as { shellAtParse: unknown }).shellAtParse);

  await page.goto('/trends');
  expect(await atParse()).toEqual({ shown: true, h1: 'Trade trends' });
  await expect(page.getByRole('figure', { name: /US goods trade with South Korea/ })).toBeVisible();

  await page.goto('/nowhere');
  expect(await atParse()).toEqual({ shown: false, h1: PAGE_HEADS['/'].heading });
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found · KORUS Lens');
  expect(consoleErrors).toEqual([]);
});

test('a link focused with Tab before the app has run keeps the focus when the app takes over', async ({
  page,
  consoleErrors,
}) => {
  // The app's code arrives a moment late, as on a slow connection.
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/trends', { waitUntil: 'domcontentloaded' });
  await expect(page.locator('[data-static-shell]')).toHaveCount(1);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'KORUS Lens, overview' })).toBeFocused();
  // The app has replaced the HTML's header with its own: the same link has the focus.
  await expect(page.locator('footer.app-footer')).toBeVisible({ timeout: 10_000 });
  await expect(page.locator('[data-static-shell]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'KORUS Lens, overview' })).toBeFocused();
  expect(consoleErrors).toEqual([]);
});
