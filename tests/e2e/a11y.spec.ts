// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on every route and in the main states of each page,
// analysed once the data and the charts are on screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const MAIN_CHART = /US goods trade with South Korea/;

/** Waits until nothing is loading any more and every chart on the page is drawn. */
async function settle(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Content further down renders when it comes near or at the first key press: press one, so axe sees it all.
  await page.keyboard.press('Shift');
  await expect(page.locator('.placeholder')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
  const charts = page.locator('.chart-card__chart');
  const count = await charts.count();
  for (let i = 0; i < count; i++) {
    const chart = charts.nth(i);
    // A chart area holds a drawn chart, or says that it has nothing to draw.
    await expect(chart.locator('svg.recharts-surface, .empty-state').first()).toBeAttached();
  }
}

/** Runs axe and fails with every violation's rule, impact, help and target nodes in the message. */
async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map(
    (v) =>
      `${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})\n` +
      v.nodes
        .map(
          (n) =>
            `    ${n.target.join(' ')}\n      ${n.html}\n      ${(n.failureSummary ?? '').replace(/\n\s*/g, ' | ')}`,
        )
        .join('\n'),
  );
  expect(report, `axe found ${violations.length} violation(s) on ${page.url()}`).toEqual([]);
}

const ROUTES: { url: string; heading: string | RegExp }[] = [
  { url: '/', heading: /US–South Korea trade under KORUS/ },
  { url: '/trends', heading: 'Trade trends' },
  { url: '/trends?from=2012&to=2019', heading: 'Trade trends' },
  { url: '/trends?category=services', heading: 'Trade trends' },
  { url: '/sectors', heading: 'Sector breakdowns' },
  { url: '/sectors?classification=usitc-sectors&year=2016&detail=usitc-machinery', heading: 'Sector breakdowns' },
  { url: '/sectors?classification=hs-chapters&flow=imports', heading: 'Sector breakdowns' },
  { url: '/viewpoints', heading: 'Expert viewpoints' },
  { url: '/nowhere', heading: 'Page not found' },
];

for (const { url, heading } of ROUTES) {
  test(`${url} has no axe violations`, async ({ page, consoleErrors }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await settle(page);
    await expectNoViolations(page);
    expect(consoleErrors).toEqual([]);
  });
}

test('sectors with the sector detail open has no axe violations', async ({ page }) => {
  await page.goto('/sectors?classification=usitc-sectors&year=2016&detail=usitc-machinery');
  await expect(page.getByRole('heading', { level: 2, name: 'Machinery', exact: true })).toBeVisible();
  await expect(
    page
      .getByRole('figure', { name: /^Machinery: US exports/ })
      .locator('svg.recharts-surface')
      .first(),
  ).toBeVisible();
  await settle(page);
  await expectNoViolations(page);
});

test('trends with a chart card in table view has no axe violations', async ({ page }) => {
  await page.goto('/trends?from=2012&to=2019');
  await settle(page);
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  await expectNoViolations(page);
});

test('trends with the export menu open has no axe violations', async ({ page }) => {
  await page.goto('/trends?from=2012&to=2019');
  await settle(page);
  await page.getByRole('figure', { name: MAIN_CHART }).getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Download PNG' })).toBeFocused();
  await expectNoViolations(page);
});

test('the URL notice has no axe violations', async ({ page }) => {
  await page.goto('/trends?from=abc&to=1700');
  await expect(
    page.getByRole('status').filter({ hasText: 'Some settings in the address were adjusted' }),
  ).toBeVisible();
  await settle(page);
  await expectNoViolations(page);
});

test('the sectors ranking in table view with the Sectors filter open has no axe violations', async ({ page }) => {
  await page.goto('/sectors?classification=usitc-sectors&year=2016');
  await settle(page);
  await page
    .getByRole('figure', { name: /by USITC sectors, 2016/ })
    .getByRole('button', { name: 'Show table' })
    .click();
  await page.getByRole('button', { name: /^Sectors: / }).click();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
  await expectNoViolations(page);
});

test('the tariffs card in table view has no axe violations', async ({ page }) => {
  await page.goto('/sectors?classification=hs-chapters&flow=imports');
  await settle(page);
  const tariffs = page.getByRole('figure', { name: 'Tariffs on US imports from South Korea' });
  await tariffs.getByRole('button', { name: 'Show table' }).click();
  await expect(tariffs.getByRole('table')).toBeVisible();
  await expectNoViolations(page);
});

test('a narrow screen with a table view open has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/trends?from=2012&to=2019');
  await settle(page);
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  await expectNoViolations(page);
});

test('an error message with Retry has no axe violations', async ({ page }) => {
  await page.goto('/nowhere');
  await page.waitForFunction(() => window.korusMock !== undefined);
  await page.evaluate(() => window.korusMock!.setFault('/api/v1/', { kind: 'invalid-schema' }));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trade trends', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load' }).first()).toBeVisible();
  await expectNoViolations(page);
});
