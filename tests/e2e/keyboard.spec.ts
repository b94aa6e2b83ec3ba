// Keyboard only: every control reachable with Tab, menus and disclosures operable with Enter, Space, the arrow
// keys and Escape, focus returned where it belongs, and the focused element always visibly marked.
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MAIN_CHART = /US goods trade with South Korea/;

/** A short description of the focused element, for failure messages. */
async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} “${name}”`;
  });
}

/** Presses Tab (only Tab) until the target has the focus. */
async function tabTo(page: Page, target: Locator, max = 150) {
  await expect(target).toBeVisible();
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
    path.push(await focusedElement(page));
  }
  throw new Error(`Tab never reached the target in ${max} presses; focus went through:\n${path.join('\n')}`);
}

/** The focused element is marked: an outline (not "none", wider than 0) or a box shadow. */
async function expectFocusVisible(target: Locator) {
  await expect(target).toBeFocused();
  const style = await target.evaluate((el) => {
    const s = getComputedStyle(el);
    return { outlineStyle: s.outlineStyle, outlineWidth: s.outlineWidth, boxShadow: s.boxShadow };
  });
  const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
  expect(outlined || shadowed, `no visible focus indicator: ${JSON.stringify(style)}`).toBe(true);
}

test.describe('trends, keyboard only', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/trends?from=2012&to=2019');
    await expect(page.getByRole('figure', { name: MAIN_CHART }).locator('svg.recharts-surface').first()).toBeVisible();
  });

  test('the skip link is first and moves focus to the main content', async ({ page, consoleErrors }) => {
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expectFocusVisible(skip);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not back in the header.
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement) ?? false)).toBe(
      true,
    );
    expect(consoleErrors).toEqual([]);
  });

  test('Tab reaches the filters, the table toggle and the Export menu, each visibly focused', async ({
    page,
    consoleErrors,
  }) => {
    const from = page.getByRole('combobox', { name: 'From' });
    await tabTo(page, from);
    await expectFocusVisible(from);
    await page.keyboard.press('Tab');
    await expectFocusVisible(page.getByRole('combobox', { name: 'To' }));
    await page.keyboard.press('Tab');
    await expectFocusVisible(page.getByRole('button', { name: 'Reset filters' }));

    const figure = page.getByRole('figure', { name: MAIN_CHART });
    const toggle = figure.getByRole('button', { name: 'Show table' });
    await tabTo(page, toggle);
    await expectFocusVisible(toggle);
    await page.keyboard.press('Tab');
    const exportButton = figure.getByRole('button', { name: 'Export' });
    await expectFocusVisible(exportButton);

    // The table toggle works from the keyboard and keeps the focus.
    await page.keyboard.press('Shift+Tab');
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('table')).toBeVisible();
    const chartToggle = figure.getByRole('button', { name: 'Show chart' });
    await expect(chartToggle).toHaveAttribute('aria-pressed', 'true');
    await expectFocusVisible(chartToggle);
    await page.keyboard.press('Space');
    await expect(figure.getByRole('table')).toHaveCount(0);
    await expect(figure.getByRole('button', { name: 'Show table' })).toHaveAttribute('aria-pressed', 'false');
    expect(consoleErrors).toEqual([]);
  });

  test('the Export menu opens with Enter, arrows move between items, Escape closes it and returns focus', async ({
    page,
    consoleErrors,
  }) => {
    const figure = page.getByRole('figure', { name: MAIN_CHART });
    const exportButton = figure.getByRole('button', { name: 'Export' });
    await tabTo(page, exportButton);
    await expect(exportButton).toHaveAttribute('aria-haspopup', 'menu');
    await expect(exportButton).toHaveAttribute('aria-expanded', 'false');

    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu');
    await expect(menu).toBeVisible();
    await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.getByRole('menuitem')).toHaveText(['Download PNG', 'Download SVG', 'Download CSV', 'Copy image']);
    await expectFocusVisible(menu.getByRole('menuitem', { name: 'Download PNG' }));

    await page.keyboard.press('ArrowDown');
    await expectFocusVisible(menu.getByRole('menuitem', { name: 'Download SVG' }));
    await page.keyboard.press('ArrowDown');
    await expectFocusVisible(menu.getByRole('menuitem', { name: 'Download CSV' }));
    await page.keyboard.press('ArrowUp');
    await expect(menu.getByRole('menuitem', { name: 'Download SVG' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'Copy image' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
    await expectFocusVisible(exportButton);

    // Space opens it too, and an item runs with Enter.
    await page.keyboard.press('Space');
    await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('menuitem', { name: 'Download CSV' })).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('korus-goods-trade-2012-2019.csv');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await expect(exportButton).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('sectors, keyboard only', () => {
  test('a sector in the ranking table opens its detail with Enter', async ({ page, consoleErrors }) => {
    await page.goto('/sectors?classification=usitc-sectors&year=2016');
    const figure = page.getByRole('figure', { name: 'US exports to South Korea by USITC sectors, 2016' });
    await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();

    const toggle = figure.getByRole('button', { name: 'Show table' });
    await tabTo(page, toggle);
    await expectFocusVisible(toggle);
    await page.keyboard.press('Enter');
    await expect(figure.getByRole('table')).toBeVisible();

    const first = figure
      .getByRole('table')
      .getByRole('button', { name: /: show details$/ })
      .first();
    const label = (await first.textContent())!.trim();
    await tabTo(page, first);
    await expectFocusVisible(first);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/[?&]detail=[\w-]+(&|$)/);
    const heading = page.getByRole('heading', { level: 2, name: label, exact: true });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByRole('figure', { name: `${label}: US exports` })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('the Sectors multi-select opens with Enter or Space and closes with Escape', async ({ page, consoleErrors }) => {
    await page.goto('/sectors?classification=usitc-sectors&year=2016');
    await expect(
      page
        .getByRole('figure', { name: /by USITC sectors, 2016/ })
        .locator('.recharts-bar-rectangle')
        .first(),
    ).toBeVisible();

    const button = page.getByRole('button', { name: /^Sectors: / });
    await tabTo(page, button);
    await expectFocusVisible(button);
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    const boxes = page.getByRole('group', { name: 'Sectors' }).getByRole('checkbox');

    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(boxes.first()).toBeVisible();

    // Into the panel, choose a sector with Space.
    await page.keyboard.press('Tab');
    await expectFocusVisible(boxes.first());
    await page.keyboard.press('Space');
    await expect(boxes.first()).toBeChecked();
    await expect(page).toHaveURL(/[?&]sector=[\w-]+(&|$)/);

    await page.keyboard.press('Escape');
    await expect(boxes.first()).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAccessibleName('Sectors: 1 selected');
    await expectFocusVisible(button);

    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(boxes.first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(boxes.first()).toBeHidden();
    await expect(button).toBeFocused();
    expect(consoleErrors).toEqual([]);
  });
});

/**
 * Presses Tab (from the top of the page, or from where the focus is) until focus reaches the last focusable
 * element before the footer; fails if focus is ever left on <body> (a marker that remounts when focused
 * drops it there) or the walk runs out of presses. Returns the names of the stops, in order.
 */
async function tabToFooter(page: Page, max = 250, fromTop = true): Promise<string[]> {
  const stops: string[] = [];
  if (fromTop) await page.locator('body').focus();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      const footer = document.querySelector('footer');
      if (!el || el === document.body || !footer) return { body: true, last: false };
      // Nothing focusable lies between this element and the footer: the walk has reached the footer.
      const focusable = [
        ...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, textarea, [tabindex]'),
      ].filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0);
      const beforeFooter = focusable.filter(
        (e) => e.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      return { body: false, last: beforeFooter.at(-1) === el };
    });
    const name = await focusedElement(page);
    stops.push(name);
    if (where.body)
      throw new Error(`Focus fell to <body> after ${i + 1} Tab presses; the stops were:\n${stops.join('\n')}`);
    if (where.last) return stops;
  }
  throw new Error(`Tab never reached the footer in ${max} presses; the stops were:\n${stops.join('\n')}`);
}

test.describe('a keyboard walk of each page reaches the footer', () => {
  test('trends: every milestone, both brush handles and every card on the way', async ({ page, consoleErrors }) => {
    await page.goto('/trends');
    await expect(page.getByRole('figure', { name: MAIN_CHART }).locator('.milestone').first()).toBeAttached();
    await expect(
      page.getByRole('figure', { name: 'Change from the previous year' }).locator('.milestone').first(),
    ).toBeAttached();
    const stops = await tabToFooter(page);
    // Each milestone marker is its own stop (main chart and change chart), and the walk goes on past them.
    for (const name of [
      'KORUS signed, 30 Jun 2007',
      'KORUS in force, 15 Mar 2012',
      'Amended KORUS in force, 1 Jan 2019',
    ]) {
      expect(stops.filter((s) => s.includes(name)).length, name).toBeGreaterThanOrEqual(2);
    }
    expect(stops.filter((s) => s.includes('“Start year”'))).toHaveLength(1);
    expect(stops.filter((s) => s.includes('“End year”'))).toHaveLength(1);
    // Every chart card's toolbar is reached: the main chart, the balance and change cards, and the partners card.
    expect(stops.filter((s) => s.includes('Show table'))).toHaveLength(
      await page.getByRole('button', { name: 'Show table' }).count(),
    );
    expect(stops.filter((s) => s.includes('Show table')).length).toBeGreaterThanOrEqual(3);
    expect(consoleErrors).toEqual([]);
  });

  test('trends with all events: the minor events are stops too, and the walk still ends at the footer', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('/trends?category=services&events=1');
    await expect(
      page
        .getByRole('figure', { name: /US services trade/ })
        .locator('.milestone--minor')
        .first(),
    ).toBeAttached();
    const stops = await tabToFooter(page);
    expect(stops.some((s) => /other KORUS events/.test(s))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test('overview: past the milestones to the page cards', async ({ page, consoleErrors }) => {
    await page.goto('/');
    await expect(page.locator('.milestone').first()).toBeAttached();
    const stops = await tabToFooter(page);
    expect(stops.some((s) => s.includes('KORUS in force, 15 Mar 2012'))).toBe(true);
    expect(stops.at(-1)).toContain('Expert viewpoints');
    expect(consoleErrors).toEqual([]);
  });

  test('viewpoints: through an open "Check against the data" panel', async ({ page, consoleErrors }) => {
    await page.goto('/viewpoints?expert=eskeland');
    const statement = page.locator('#statement-vp-013');
    await statement.getByRole('button', { name: 'Check against the data' }).click();
    const figure = statement.getByRole('figure', { name: 'US goods balance with South Korea' });
    await expect(figure.locator('.milestone').first()).toBeAttached();
    // From the button that opened it, Tab walks through the panel's chart, its milestone and on to the footer.
    const stops = await tabToFooter(page, 400, false);
    expect(stops.some((s) => s.includes('Amended KORUS in force, 1 Jan 2019'))).toBe(true);
    // Focusing a marker keeps the focus on it (and shows its text), and Tab moves on from it.
    const marker = figure.getByRole('img', { name: /^Amended KORUS in force, 1 Jan 2019/ });
    await marker.focus();
    await expect(marker).toBeFocused();
    await expect(figure.locator('.milestone-detail')).toContainText('1 Jan 2019 · Amended KORUS in force');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).not.toBe('body');
    expect(await marker.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
