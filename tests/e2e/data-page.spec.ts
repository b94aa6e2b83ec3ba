import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const meta = JSON.parse(readFileSync(new URL('../../mocks/data/meta.json', import.meta.url), 'utf8')) as {
  series: unknown[];
  classifications: unknown[];
};
// Annual series, the months (Korea, partners), one file per classification, the timeline, tariffs and statements.
const DATASETS = meta.series.length + 2 + meta.classifications.length + 3;

test('lists every data set and the ZIP unpacks to the listed CSVs and SOURCES.md', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data and sources' }).click();
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Data and sources' })).toBeVisible();
  await expect(page).toHaveTitle(/^Data and sources/);
  const items = page
    .getByRole('list', { name: 'Data sets' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(items).toHaveCount(DATASETS);
  const listed = (await page.locator('.dataset__facts code').allTextContents()).sort();
  expect(listed).toHaveLength(DATASETS);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download all (ZIP)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('korus-data-2026-06-10.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files).sort()).toEqual([...listed, 'SOURCES.md'].sort());
  expect(strFromU8(files['SOURCES.md']!)).toMatch(/^# Data served by the mock API/);
  for (const name of listed) {
    // UTF-8 with a BOM for Excel; the decoder drops the BOM.
    expect([...files[name]!.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = strFromU8(files[name]!).replace(/^\uFEFF/, '');
    expect(text).toMatch(/^# /);
    const parsed = Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBeGreaterThan(1);
  }
  // The goods file holds the served goods rows.
  const goods = JSON.parse(readFileSync(new URL('../../mocks/data/goods-annual.json', import.meta.url), 'utf8')) as
    unknown[] | { rows: unknown[] };
  const goodsRows = Array.isArray(goods) ? goods.length : goods.rows.length;
  const goodsCsv = Papa.parse<string[]>(strFromU8(files['korus-data-goods-annual.csv']!).replace(/^\uFEFF/, ''), {
    comments: '#',
    skipEmptyLines: true,
  }).data;
  expect(goodsCsv[0]).toEqual(['Year', 'US exports ($ m)', 'US imports ($ m)', 'Balance ($ m)', 'Source ids']);
  expect(goodsCsv).toHaveLength(goodsRows + 1);
  await expect(page.getByRole('status').filter({ hasText: 'Saved korus-data-2026-06-10.zip' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('downloads one data set as CSV, and the page passes axe', async ({ page }) => {
  await page.goto('/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Download CSV: Services trade/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('korus-data-services-annual.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain('# KORUS Lens: ');
  await expect(page.getByRole('heading', { level: 1, name: 'Data and sources' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
});

test('the footer links to the data page', async ({ page }) => {
  await page.goto('/trends');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Data and sources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data and sources' })).toBeVisible();
});

async function downloadCsv(page: Page, name: RegExp): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { comments: '#', skipEmptyLines: true }).data;
}

test('the downloads agree: a year’s 12 months sum to the annual figure, balance = exports − imports', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/data');
  const annual = await downloadCsv(page, /^Download CSV: Goods trade \(Census basis\), annual/);
  const monthly = await downloadCsv(page, /^Download CSV: Goods trade \(Census basis\), monthly/);
  expect(monthly[0]!.slice(0, 4)).toEqual(['Month', 'US exports ($ m)', 'US imports ($ m)', 'Balance ($ m)']);
  const byYear = new Map<string, { n: number; exports: number; imports: number }>();
  for (const [month, exports, imports] of monthly.slice(1)) {
    if (!exports || !imports) continue;
    const y = byYear.get(month!.slice(0, 4)) ?? { n: 0, exports: 0, imports: 0 };
    byYear.set(month!.slice(0, 4), {
      n: y.n + 1,
      exports: y.exports + Number(exports),
      imports: y.imports + Number(imports),
    });
  }
  let checked = 0;
  for (const [year, exports, imports, balance] of annual.slice(1)) {
    const months = byYear.get(year!);
    expect(months?.n, `${year}: 12 months`).toBe(12);
    expect(Math.abs(months!.exports - Number(exports)), `${year} exports`).toBeLessThan(0.06);
    expect(Math.abs(months!.imports - Number(imports)), `${year} imports`).toBeLessThan(0.06);
    expect(Math.abs(Number(exports) - Number(imports) - Number(balance)), `${year} balance`).toBeLessThan(0.06);
    checked++;
  }
  expect(checked).toBe(annual.length - 1);
  // The partner file holds the same Korean months as the monthly file.
  const partners = await downloadCsv(page, /^Download CSV: Goods trade of the US with South Korea and other partners/);
  const korea = partners.filter((r) => r[0] === 'South Korea').map((r) => r.slice(1, 5));
  expect(korea).toEqual(monthly.slice(1).map((r) => r.slice(0, 4)));
  expect(new Set(partners.slice(1).map((r) => r[0])).size).toBeGreaterThan(1);
  expect(consoleErrors).toEqual([]);
});
