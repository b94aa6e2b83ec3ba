import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures.ts';

interface ViewpointRow {
  id: string;
  expertId: string;
  date: string;
  topics: string[];
  statementKind: string;
  evidence: { series: string; from: number; to: number }[];
  source: { url: string | null };
}
interface HsRow {
  year: number;
  sectorId: string;
  flow: string;
  basis: string;
  value: number | null;
}
interface GoodsRow {
  year: number;
  balance: number | null;
}
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../mocks/data/${file}`, import.meta.url)), 'utf8')) as T;
const viewpoints = read<ViewpointRow[]>('viewpoints.json');
const goods = read<GoodsRow[]>('goods-annual.json');
const hsRows = read<HsRow[]>('hs-chapter-values.json');
/** US exports of an HS chapter in a year (UN Comtrade, f.a.s.), as served. */
const hsExports = (chapter: string, year: number) =>
  hsRows.find((r) => r.sectorId === chapter && r.flow === 'exports' && r.year === year)!.value!;
/** "$2.2 bn" / "$707 m", as the page writes a figure. */
const money = (musd: number) =>
  Math.abs(musd) >= 999.95 ? `$${(Math.abs(musd) / 1000).toFixed(1)} bn` : `$${Math.round(Math.abs(musd))} m`;
/** "$28.3 bn" from US$ million, as the page writes a deficit in words (positive). */
const bn = (musd: number) => `$${(Math.abs(musd) / 1000).toFixed(1)} bn`;
const balance = (year: number) => goods.find((r) => r.year === year)!.balance!;

const statementIds = async (page: Page) =>
  (
    await page
      .getByRole('list', { name: /^\d+ statements?$/ })
      .locator(':scope > li > article')
      .evaluateAll((els) => els.map((e) => e.id))
  ).map((id) => id.replace(/^statement-/, ''));

test('filtering by the topic "autos" shows only those statements', async ({ page, consoleErrors }) => {
  const autos = viewpoints.filter((v) => v.topics.includes('autos'));
  await page.goto('/viewpoints');
  await expect(page.getByRole('list', { name: `${viewpoints.length} statements` })).toBeVisible();

  await page.getByRole('button', { name: /^Topic:/ }).click();
  await page.getByRole('checkbox', { name: `Autos (${autos.length})` }).check();
  await expect(page).toHaveURL(/[?&]topic=autos(&|$)/);
  await expect(page.getByRole('list', { name: `${autos.length} statements` })).toBeVisible();
  const ids = await statementIds(page);
  expect(ids.sort()).toEqual(autos.map((v) => v.id).sort());
  for (const article of await page.locator('.vp-statement').all()) {
    await expect(article.getByRole('list', { name: 'Topics' })).toContainText('Autos');
  }
  await expect(page.getByRole('button', { name: 'Remove filter Topic: Autos' })).toBeVisible();
  // The timeline draws one marker per statement.
  await expect(page.getByRole('figure', { name: 'Statements over time' }).locator('.vp-point')).toHaveCount(
    autos.length,
  );
  expect(consoleErrors).toEqual([]);
});

test("opening a statement's evidence draws its chart with the real figures", async ({ page, consoleErrors }) => {
  await page.goto('/viewpoints?expert=eskeland');
  const statement = page.locator('#statement-vp-013');
  await expect(statement.locator('blockquote')).toContainText('“The agreement’s success or failure');
  const button = statement.getByRole('button', { name: 'Check against the data' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');

  const figure = statement.getByRole('figure', { name: 'US goods balance with South Korea' });
  await expect(figure.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(goods.at(-1)!.year - 2015 + 1);
  const latest = goods.at(-1)!;
  const pct = ((Math.abs(balance(2016)) - Math.abs(balance(2015))) / Math.abs(balance(2015))) * 100;
  const pctText = `${pct < 0 ? '−' : '+'}${Math.abs(pct).toFixed(1)}%`;
  const reading = statement.locator('.vp-evidence__reading');
  await expect(reading).toContainText(
    `US goods deficit with South Korea: ${bn(balance(2015))} in 2015 → ${bn(balance(2016))} in 2016 (${pctText}); ${bn(latest.balance!)} in ${latest.year}.`,
  );
  expect(bn(balance(2015))).toBe('$28.3 bn');
  await expect(statement.getByText('Claim start, 2015')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the 2025 statements are listed, with 2026 as the upper year', async ({ page, consoleErrors }) => {
  const recent = viewpoints.filter((v) => v.date >= '2025');
  expect(recent.some((v) => v.date.startsWith('2026'))).toBe(true);
  await page.goto('/viewpoints?from=2025');
  await expect(page.getByRole('list', { name: `${recent.length} statements` })).toBeVisible();
  expect((await statementIds(page)).sort()).toEqual(recent.map((v) => v.id).sort());
  await expect(page.getByRole('combobox', { name: 'To' })).toHaveValue('2026');
  const years = await page.getByRole('combobox', { name: 'To' }).locator('option').allTextContents();
  expect(years.at(-1)).toBe('2026');
  expect(consoleErrors).toEqual([]);
});

test('the HS 87 evidence of a vehicles claim draws its chart with the real figures and opens in Sectors', async ({
  page,
  consoleErrors,
}) => {
  // vp-006: "cars alone could not shrink the deficit": US exports of HS 87, 2011–2016.
  const claim = viewpoints.find((v) => v.id === 'vp-006')!;
  expect(claim.evidence).toEqual([{ series: 'hs-exports:87', from: 2011, to: 2016 }]);
  await page.goto('/viewpoints?expert=stangarone&to=2018');
  const statement = page.locator('#statement-vp-006');
  await statement.getByRole('button', { name: 'Check against the data' }).click();
  const figure = statement.getByRole('figure', { name: 'US exports of HS 87 Vehicles and parts to South Korea' });
  await expect(figure.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  // One bar per year with a figure, 2011 to the latest Comtrade year.
  const years = hsRows
    .filter((r) => r.sectorId === 'hs-87' && r.flow === 'exports' && r.year >= 2011)
    .map((r) => r.year);
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(years.length);
  const [a, b] = [hsExports('hs-87', 2011), hsExports('hs-87', 2016)];
  const pct = ((b - a) / a) * 100;
  await expect(statement.locator('.vp-evidence__reading').first()).toContainText(
    `HS 87 Vehicles and parts exports: ${money(a)} in 2011`,
  );
  await expect(statement.locator('.vp-evidence__reading').first()).toContainText(
    `${money(b)} in 2016 (${pct < 0 ? '−' : '+'}${Math.abs(pct).toFixed(1)}%`,
  );
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.getByRole('row', { name: /^2016 / })).toContainText((b / 1000).toFixed(1));

  await statement.getByRole('link', { name: /^Open in Sectors/ }).click();
  await expect(page).toHaveURL(/\/sectors\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toMatchObject({
    classification: 'hs-chapters',
    flow: 'exports',
    year: '2016',
    compare: '2011',
    sector: 'hs-87',
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Sector breakdowns' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2016');
  await expect(page.getByRole('combobox', { name: 'Compare with' })).toHaveValue('2011');
  await expect(page.getByRole('button', { name: /^Chapters/ })).toContainText('1 selected');
  // The one chapter selected is HS 87.
  await page.getByRole('button', { name: /^Chapters/ }).click();
  await expect(page.getByRole('checkbox', { name: /^HS 87 Vehicles and parts/ })).toBeChecked();
  expect(consoleErrors).toEqual([]);
});

test('an open "Check against the data" panel with several series, claims and a share has no axe violations', async ({
  page,
}) => {
  await page.goto('/viewpoints?expert=snyder,eskeland&to=2014');
  for (const id of ['vp-010', 'vp-011']) {
    const statement = page.locator(`#statement-${id}`);
    await statement.getByRole('button', { name: 'Check against the data' }).click();
    await expect(statement.locator('.recharts-wrapper > svg.recharts-surface').first()).toBeVisible();
  }
  await expect(page.locator('#statement-vp-010 figure')).toHaveCount(3);
  await expect(page.getByRole('table', { name: 'Claimed vs recorded' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0, { timeout: 15_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .include('#statement-vp-010')
    .include('#statement-vp-011')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('the source link opens in a new tab without giving the page access to the opener', async ({
  page,
  consoleErrors,
}) => {
  const linked = viewpoints.find((v) => v.id === 'vp-020')!;
  await page.goto('/viewpoints?expert=stangarone');
  const link = page
    .locator('#statement-vp-020')
    .getByRole('link', { name: /Was the Korea-US FTA Really a 'Horrible Deal\?'/ });
  await expect(link).toHaveAttribute('href', linked.source.url!);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // A seed row without a URL names its source as text.
  await expect(page.locator('#statement-vp-002').getByRole('link')).toHaveCount(0);
  await expect(page.locator('#statement-vp-002')).toContainText('Reported by CNNMoney, 4 Jan 2018');
  expect(consoleErrors).toEqual([]);
});

test('keyboard: a timeline marker shows its statement on focus and Enter goes to it', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/viewpoints?expert=schott');
  const figure = page.getByRole('figure', { name: 'Statements over time' });
  const marker = figure.getByRole('button', {
    name: /^Jeffrey J\. Schott, Nov 2018 \(dated to the month only; placed mid-month\), Neutral analysis, quote:/,
  });
  await marker.focus();
  await expect(figure.locator('.vp-timeline__tooltip')).toContainText('On balance, the modest revisions will restrict');
  await expect(marker).toBeFocused();
  // The markers are one Tab stop: the arrow keys move between them.
  await page.keyboard.press('ArrowRight');
  await expect(
    figure.getByRole('button', { name: /^Jeffrey J\. Schott, Nov 2018 \([^)]*\), Neutral analysis, paraphrase:/ }),
  ).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.locator('#statement-vp-028')).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('compare mode puts two experts side by side and fits a phone screen', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/viewpoints?compare=stangarone,tan&topic=autos');
  const a = page.getByRole('region', { name: /Troy Stangarone/ });
  const b = page.getByRole('region', { name: /Krystal Tan/ });
  await expect(a.locator('article')).toHaveCount(
    viewpoints.filter((v) => v.expertId === 'stangarone' && v.topics.includes('autos')).length,
  );
  await expect(b.locator('article')).toHaveCount(
    viewpoints.filter((v) => v.expertId === 'tan' && v.topics.includes('autos')).length,
  );
  // Nothing wider than the screen.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(consoleErrors).toEqual([]);
});
