import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from './fixtures.ts';

interface GoodsRow {
  year: number;
  exports: number | null;
  imports: number | null;
  balance: number | null;
}
const goods = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../mocks/data/goods-annual.json', import.meta.url)), 'utf8'),
) as GoodsRow[];
const latest = goods.at(-1)!;
const bn = (musd: number) => (Math.abs(musd) / 1000).toFixed(1);

test('overview shows the latest goods figures from the mock API', async ({ page, consoleErrors }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: /US–South Korea trade under KORUS/ })).toBeVisible();
  await expect(page.getByText(`US exports to South Korea, ${latest.year}`)).toBeVisible();
  await expect(page.getByText(`$${bn(latest.exports!)} bn`).first()).toBeVisible();
  await expect(page.getByText(`−$${bn(latest.balance!)} bn deficit`).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('trends lists every year of the goods series in the table view', async ({ page, consoleErrors }) => {
  await page.goto('/trends');
  await page
    .getByRole('figure', { name: /US goods trade with South Korea/ })
    .getByRole('button', { name: 'Show table' })
    .click();
  const table = page.getByRole('table', { name: /US goods trade with South Korea/ });
  await expect(table).toBeVisible();
  await expect(table.locator('thead tr, tbody tr')).toHaveCount(goods.length + 1);
  const row2011 = table.getByRole('row', { name: /^2011\b/ });
  await expect(row2011).toContainText(bn(goods.find((r) => r.year === 2011)!.exports!));
  expect(consoleErrors).toEqual([]);
});

test('sectors shows USITC sector figures', async ({ page, consoleErrors }) => {
  await page.goto('/sectors?classification=usitc-sectors');
  const figure = page.getByRole('figure', { name: /US exports to South Korea by USITC sectors, 2017/ });
  await figure.getByRole('button', { name: 'Show table' }).click();
  const table = figure.getByRole('table');
  await expect(table.getByRole('row', { name: /Electronic products/ })).toContainText('9.1');
  expect(consoleErrors).toEqual([]);
});

test('viewpoints lists the statements with their sources', async ({ page, consoleErrors }) => {
  await page.goto('/viewpoints');
  const statements = JSON.parse(
    readFileSync(fileURLToPath(new URL('../../mocks/data/viewpoints.json', import.meta.url)), 'utf8'),
  ) as unknown[];
  await expect(page.getByRole('list', { name: `${statements.length} statements` })).toBeVisible();
  await expect(page.getByText('Troy Stangarone').first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('navigation between pages works from the header', async ({ page, consoleErrors }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Sectors' }).click();
  await expect(page).toHaveURL(/\/sectors$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sector breakdowns' })).toBeVisible();
  await nav.getByRole('link', { name: 'Trade trends' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trade trends' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an unknown route shows the 404 page', async ({ page, consoleErrors }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Trade trends' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trade trends' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
