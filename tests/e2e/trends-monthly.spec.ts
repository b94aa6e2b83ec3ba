// The trends page's monthly view, year to date, partners and tariff cards in the production build: April 2026
// with its exports, the partners shown by default, a 2025 event on the monthly chart, axe on the new states, and
// the exports (PNG, SVG, CSV) of the monthly and partner charts.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Download, Locator, Page } from '@playwright/test';
import koreaJson from '../../mocks/data/goods-monthly.json' with { type: 'json' };
import { test, expect } from './fixtures.ts';

const korea = koreaJson as { month: string; exports: number | null }[];
const MONTHLY = /US goods trade with South Korea, monthly/;
const PARTNERS = 'Korea among US trading partners';

async function drawn(figure: Locator) {
  await expect(figure.locator('.recharts-wrapper svg.recharts-surface').first()).toBeVisible({ timeout: 15_000 });
}

async function exportFrom(page: Page, figure: Locator, item: string): Promise<Download> {
  await figure.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('Frequency "Monthly" shows April 2026 with its exports, and a 2025 event on the chart', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends');
  await page.getByRole('group', { name: 'Frequency' }).getByRole('radio', { name: 'Monthly' }).check();
  await expect(page).toHaveURL(/freq=monthly/);
  const figure = page.getByRole('figure', { name: MONTHLY });
  await drawn(figure);
  await expect(figure.getByRole('img', { name: /^US 25% auto tariff takes effect, 3 Apr 2025/ })).toBeAttached();
  await figure.getByRole('button', { name: 'Show table' }).click();
  const april = korea.find((r) => r.month === '2026-04')!;
  const row = figure.getByRole('row', { name: /^Apr 2026/ });
  await expect(row.locator('td').first()).toHaveText(((april.exports ?? 0) / 1000).toFixed(1));
  expect(consoleErrors).toEqual([]);
});

test('the 12-month total and the change on a year earlier are in the URL and labelled', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends?freq=monthly&mview=rolling');
  const figure = page.getByRole('figure', { name: MONTHLY });
  await drawn(figure);
  await expect(figure.getByText(/12-month total, \$ bn/)).toBeVisible();
  await figure.getByRole('radio', { name: 'Change on a year earlier (%)' }).check();
  await expect(page).toHaveURL(/mview=yoy/);
  await expect(figure.getByText('% on a year earlier')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the partners card shows Japan, China and Mexico, and the year to date compares the same months', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends');
  const ytd = page.getByRole('region', { name: 'Year to date' });
  await ytd.scrollIntoViewIfNeeded();
  await expect(ytd.getByText(/Jan–Apr 2026 vs Jan–Apr 2025/)).toBeVisible({ timeout: 15_000 });
  const figure = page.getByRole('figure', { name: PARTNERS });
  await figure.scrollIntoViewIfNeeded();
  await drawn(figure);
  const legend = figure.getByRole('list', { name: 'Legend' });
  for (const name of ['South Korea', 'Japan', 'China', 'Mexico']) await expect(legend).toContainText(name);
  await expect(page.getByRole('heading', { name: 'KORUS tariff commitments' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('axe: monthly view, 12-month total, partners index and the tariff table', async ({ page }) => {
  await page.goto('/trends?freq=monthly&mview=rolling&pview=index&events=1');
  await drawn(page.getByRole('figure', { name: MONTHLY }));
  const partners = page.getByRole('figure', { name: PARTNERS });
  await partners.scrollIntoViewIfNeeded();
  await drawn(partners);
  await page.getByRole('heading', { name: 'KORUS tariff commitments' }).scrollIntoViewIfNeeded();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
  await expectNoViolations(page);
});

for (const [label, url, name, file] of [
  ['monthly', '/trends?freq=monthly&mfrom=2024-01&mto=2026-04', MONTHLY, 'korus-goods-monthly-values-2024-01-2026-04'],
  ['partners', '/trends', PARTNERS, 'korus-partners-balance-values-south-korea-japan-china-mexico'],
] as const) {
  test(`${label} chart: PNG and SVG download, and the CSV matches the table`, async ({ page, consoleErrors }) => {
    await page.goto(url);
    const figure = page.getByRole('figure', { name });
    await figure.scrollIntoViewIfNeeded();
    await drawn(figure);
    const png = await exportFrom(page, figure, 'Download PNG');
    expect(png.suggestedFilename()).toBe(`${file}.png`);
    expect(
      readFileSync(await png.path())
        .subarray(1, 4)
        .toString('ascii'),
    ).toBe('PNG');
    const svg = await exportFrom(page, figure, 'Download SVG');
    expect(svg.suggestedFilename()).toBe(`${file}.svg`);
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain(label === 'monthly' ? 'US goods trade with South Korea, monthly' : PARTNERS);
    expect(svgText).toContain('U.S. Census Bureau');
    const csvFile = await exportFrom(page, figure, 'Download CSV');
    expect(csvFile.suggestedFilename()).toBe(`${file}.csv`);
    const csv = Papa.parse<string[]>(readFileSync(await csvFile.path(), 'utf8').slice(1), {
      skipEmptyLines: true,
      comments: '#',
    }).data;
    await figure.getByRole('button', { name: 'Show table' }).click();
    const rows = figure.getByRole('table').locator('tbody tr');
    await expect(rows).toHaveCount(csv.length - 1);
    const firstCells = await rows.locator('th').allTextContents();
    if (label === 'monthly') {
      expect(csv.slice(1).map((r) => r[0])).toEqual(
        (await rows.locator('th').allTextContents()).map(() => expect.stringMatching(/^\d{4}-\d{2}$/)),
      );
      const exportsCells = await rows.locator('td:nth-child(2)').allTextContents();
      expect(csv.slice(1).map((r) => (Number(r[1]) / 1000).toFixed(1))).toEqual(exportsCells);
    } else {
      expect(csv.slice(1).map((r) => r[0])).toEqual(firstCells);
      const balanceCells = await rows.locator('td:nth-child(3)').allTextContents();
      expect(csv.slice(1).map((r) => (Number(r[2]) / 1000).toFixed(1).replace('-', '\u2212'))).toEqual(balanceCells);
    }
    expect(consoleErrors).toEqual([]);
  });
}

test('the monthly brush handles name their month, and a bad month in the address is rewritten with a notice', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends?freq=monthly&mfrom=2030-13&mto=2019-02');
  const notice = page.getByRole('status').filter({ hasText: 'Some settings in the address were adjusted' });
  await expect(notice).toContainText('Ignored From month “2030-13”: not a month (YYYY-MM).');
  await expect(page).toHaveURL(/\/trends\?freq=monthly&mto=2019-02$/);
  await expect(
    page.getByRole('heading', { name: 'Headline figures, goods, monthly, Jan 2011–Feb 2019' }),
  ).toBeVisible();
  const figure = page.getByRole('figure', { name: MONTHLY });
  await drawn(figure);
  await expect(figure.getByRole('slider', { name: 'Start month' })).toHaveAttribute('aria-valuetext', 'Jan 2011');
  await expect(figure.getByRole('slider', { name: 'End month' })).toHaveAttribute('aria-valuetext', 'Feb 2019');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  // Back does not return to the bad address: it was replaced, not pushed.
  await page.goBack();
  await expect(page).not.toHaveURL(/2030-13/);
  expect(consoleErrors).toEqual([]);
});
