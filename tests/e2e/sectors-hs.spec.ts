// The HS views end to end: imports 2015 at the Comtrade value, the balance ranking of 2016 (HS 87 first among
// the deficits), a chapter detail opened from the table and closed with Back, axe on the new states, and the
// export of the balance ranking (PNG, SVG, CSV rows equal to the table).
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { formatBn } from '../../src/lib/format.ts';
import { test, expect } from './fixtures.ts';

interface Row {
  year: number;
  sectorId: string;
  basis: string;
  measure: string;
  value: number | null;
}
const rows = JSON.parse(
  readFileSync(new URL('../../mocks/data/hs-chapter-values.json', import.meta.url), 'utf8'),
) as Row[];
const value = (year: number, id: string, basis: string) =>
  rows.find((r) => r.year === year && r.sectorId === id && r.basis === basis)!.value!;
const BALANCE_2016 = 'Balance by HS chapters, 2016: US exports − US imports, South Korea';
const HS87 = 'HS 87 Vehicles and parts';
// The table's own $ bn format (two significant digits under $1 bn).
const bn = (m: number) => formatBn(m);

async function settle(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
}

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('HS chapters, US imports, 2015 shows HS 87 at its Comtrade value', async ({ page, consoleErrors }) => {
  await page.goto('/sectors');
  await page.getByRole('radio', { name: 'US imports' }).check({ force: true });
  await page.getByRole('combobox', { name: 'Year' }).selectOption('2015');
  const figure = page.getByRole('figure', { name: 'US imports by HS chapters, from South Korea, 2015' });
  await figure.getByRole('button', { name: 'Show table' }).click();
  const row = figure.getByRole('row', { name: new RegExp(`^\\d+ ${HS87.slice(0, 20)}`) });
  await expect(row.locator('td').nth(1)).toHaveText(bn(value(2015, 'hs-87', 'comtrade-general-cif')));
  await expect(figure).toContainText('UN Comtrade, general imports CIF');
  expect(consoleErrors).toEqual([]);
});

test('the 2016 balance ranks HS 87 first among the deficits; its detail opens and Back closes it', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/sectors?year=2016');
  const figure = page.getByRole('figure', { name: BALANCE_2016 });
  await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
  await figure.getByRole('button', { name: 'Show table' }).click();
  const first = figure.locator('tbody tr').first();
  await expect(first.locator('th')).toHaveText(HS87);
  await expect(first.locator('td').nth(3)).toHaveText('−19.3');
  await first.getByRole('button', { name: `${HS87}: show details` }).click();
  await expect(page).toHaveURL(/detail=hs-87/);
  const detail = page.getByRole('region', { name: HS87 });
  await expect(detail).toBeVisible();
  await expect(detail).toContainText('in the fifth year');
  await expect(detail.getByRole('heading', { name: 'Duties on US imports, 2023–2025' })).toBeVisible();
  await settle(page);
  await expectNoViolations(page);
  await page.goBack();
  await expect(page).not.toHaveURL(/detail=/);
  await expect(page.getByRole('region', { name: HS87 })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

for (const url of [
  '/sectors',
  '/sectors?classification=hs-sections&flow=imports&year=2016',
  '/sectors?flow=imports&year=2025',
]) {
  test(`axe: no violations on ${url}`, async ({ page }) => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settle(page);
    await page.mouse.wheel(0, 3000);
    await settle(page);
    await expectNoViolations(page);
  });
}

test('the balance ranking exports as PNG, SVG and a CSV whose rows equal the table', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/sectors?year=2016');
  const figure = page.getByRole('figure', { name: BALANCE_2016 });
  await expect(figure.locator('svg.recharts-surface').first()).toBeVisible();
  const download = async (item: string) => {
    await figure.getByRole('button', { name: 'Export' }).click();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
    return d;
  };
  const png = await download('Download PNG');
  expect(png.suggestedFilename()).toMatch(/^korus-hs-balance-ranking-hs-chapters-balance-2016\.png$/);
  expect(
    readFileSync(await png.path())
      .subarray(1, 4)
      .toString('ascii'),
  ).toBe('PNG');
  const svg = await download('Download SVG');
  const svgText = readFileSync(await svg.path(), 'utf8');
  expect(svgText).toContain('<svg');
  expect(svgText).toContain('HS 87');
  const csvFile = await download('Download CSV');
  const text = readFileSync(await csvFile.path(), 'utf8');
  const csv = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true, comments: '#' }).data;
  const header = csv[0]!;
  expect(header.slice(0, 5)).toEqual(['Rank', 'Chapter', 'US exports ($ m)', 'US imports ($ m)', 'Balance ($ m)']);
  await figure.getByRole('button', { name: 'Show table' }).click();
  const body = figure.locator('tbody tr');
  const names = await body.locator('th').allTextContents();
  const data = csv.slice(1).filter((r) => /^\d+$/.test(r[0] ?? ''));
  expect(data.map((r) => r[1])).toEqual(names);
  const balances = await body.locator('td:nth-child(5)').allTextContents();
  expect(data.map((r) => bn(Number(r[4])))).toEqual(balances);
  expect(consoleErrors).toEqual([]);
});
