import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

const meta = JSON.parse(readFileSync(new URL('../../mocks/data/meta.json', import.meta.url), 'utf8')) as {
  series: unknown[];
  classifications: unknown[];
};
// Annual series, one file per classification, the timeline and the statements.
const DATASETS = meta.series.length + meta.classifications.length + 2;

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
