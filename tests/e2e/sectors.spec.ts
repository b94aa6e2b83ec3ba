// The sectors page in the production build: the ranking with real figures, a sector's detail from the
// ranking and Back out of it, the ranking's CSV export, and the tariffs card with its partial year.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import type { Sector, SectorValue } from '../../src/api/schemas.ts';
import { formatBn, formatPercent } from '../../src/lib/format.ts';
import { test, expect } from './fixtures.ts';

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../mocks/data/${name}`, import.meta.url), 'utf8')) as T;
const catalogue = readJson<Sector[]>('sectors.json');
const values = readJson<SectorValue[]>('sector-values.json');
const labelOf = (id: string) => catalogue.find((s) => s.id === id)!.label;
const kindOf = (id: string) => catalogue.find((s) => s.id === id)?.kind;

/** USITC items of 2016, largest first: what the ranking must show. */
const ranked2016 = values
  .filter(
    (v) => v.year === 2016 && v.flow === 'exports' && v.sectorId.startsWith('usitc-') && kindOf(v.sectorId) === 'item',
  )
  .sort((a, b) => b.value! - a.value!);
const sum2016 = ranked2016.reduce((acc, v) => acc + v.value!, 0);

const RANKING_2016 = 'US exports to South Korea by USITC sectors, 2016';
const URL_2016 = '/sectors?classification=usitc-sectors&year=2016&flow=exports';

async function openRanking(page: Page) {
  await page.goto(URL_2016);
  const figure = page.getByRole('figure', { name: RANKING_2016 });
  await expect(figure.locator('.recharts-bar-rectangle').first()).toBeVisible();
  return figure;
}

test('the 2016 ranking shows the real figures, largest first', async ({ page, consoleErrors }) => {
  const figure = await openRanking(page);
  expect(ranked2016).toHaveLength(12);
  expect(labelOf(ranked2016[0]!.sectorId)).toBe('Transportation equipment');
  expect(formatBn(ranked2016[0]!.value)).toBe('8.6');
  await expect(figure.locator('.recharts-bar-rectangle')).toHaveCount(ranked2016.length);

  await figure.getByRole('button', { name: 'Show table' }).click();
  const rows = figure.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(ranked2016.length);
  await expect(rows.first().locator('th')).toHaveText('Transportation equipment');
  await expect(rows.first().locator('td').nth(1)).toHaveText('8.6');
  expect(await rows.locator('th').allTextContents()).toEqual(ranked2016.map((v) => labelOf(v.sectorId)));
  expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(ranked2016.map((v) => formatBn(v.value)));
  expect(await rows.locator('td:nth-child(4)').allTextContents()).toEqual(
    ranked2016.map((v) => formatPercent((v.value! / sum2016) * 100, { signed: false })),
  );
  await expect(figure).toContainText('(sum of all items)');
  expect(consoleErrors).toEqual([]);
});

test('a sector opens its detail from the table view, and Back returns to the ranking', async ({
  page,
  consoleErrors,
}) => {
  const figure = await openRanking(page);
  await figure.getByRole('button', { name: 'Show table' }).click();
  const top = ranked2016[0]!;
  await figure.getByRole('button', { name: `${labelOf(top.sectorId)}: show details` }).click();

  await expect(page).toHaveURL(new RegExp(`[?&]detail=${top.sectorId}(&|$)`));
  const heading = page.getByRole('heading', { level: 2, name: labelOf(top.sectorId), exact: true });
  await expect(heading).toBeVisible();
  await expect(heading).toBeFocused();
  await expect(page.getByRole('figure', { name: `${labelOf(top.sectorId)}: US exports` })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('year')).toBe('2016');

  await page.goBack();
  await expect(heading).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('detail')).toBe(false);
  expect(new URL(page.url()).searchParams.get('year')).toBe('2016');
  await expect(page.getByRole('figure', { name: RANKING_2016 })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('clicking a bar of the ranking opens that sector, and Back returns to the earlier selection', async ({
  page,
  consoleErrors,
}) => {
  const figure = await openRanking(page);
  // First a selection of two sectors, then the detail of another one from its bar.
  const [first, second, third] = ranked2016.map((v) => v.sectorId);
  await page.getByRole('button', { name: /^Sectors: / }).click();
  // The boxes follow the URL, which updates just after the click: click, then wait for the state.
  await page.getByRole('checkbox', { name: labelOf(first!), exact: true }).click();
  await expect(page.getByRole('checkbox', { name: labelOf(first!), exact: true })).toBeChecked();
  await page.getByRole('checkbox', { name: labelOf(second!), exact: true }).click();
  await expect(page.getByRole('checkbox', { name: labelOf(second!), exact: true })).toBeChecked();
  await expect.poll(() => new URL(page.url()).searchParams.get('sector')).toBe(`${first},${second}`);
  await page.keyboard.press('Escape');
  const before = new URL(page.url()).search;

  const bar = figure.locator('.recharts-bar-rectangle').nth(2);
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
  await expect(figure.locator('.chart-tooltip')).toContainText(labelOf(third!));
  await page.mouse.click(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);

  await expect(page).toHaveURL(new RegExp(`[?&]detail=${third}(&|$)`));
  await expect(page.getByRole('heading', { level: 2, name: labelOf(third!), exact: true })).toBeVisible();
  expect(new URL(page.url()).searchParams.get('sector')).toBe(`${first},${second}`);

  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: labelOf(third!), exact: true })).toHaveCount(0);
  expect(new URL(page.url()).search).toBe(before);
  await expect(page.getByRole('button', { name: 'Sectors: 2 selected' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('the CSV export of the ranking holds exactly the ranked rows of the table view', async ({
  page,
  consoleErrors,
}) => {
  const figure = await openRanking(page);
  await figure.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Download CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('korus-sector-ranking-usitc-sectors-exports-2016.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  const csv = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, comments: '#' }).data;
  expect(csv[0]).toEqual(['Rank', 'Sector', 'Value ($ m)', 'Share of total (%)', 'Note']);
  const body = csv.slice(1);
  expect(body).toHaveLength(ranked2016.length);
  expect(body.map((r) => r[0])).toEqual(ranked2016.map((_, i) => String(i + 1)));
  expect(body.map((r) => r[1])).toEqual(ranked2016.map((v) => labelOf(v.sectorId)));
  expect(body.map((r) => Number(r[2]))).toEqual(ranked2016.map((v) => v.value));
  expect(body.map((r) => Number(r[3]))).toEqual(ranked2016.map((v) => Number(((v.value! / sum2016) * 100).toFixed(2))));
  expect(body.map((r) => r[1])).not.toContain(labelOf('usitc-total'));

  // Same rows, same order as the table view.
  await figure.getByRole('button', { name: 'Show table' }).click();
  const rows = figure.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(ranked2016.length);
  expect(await rows.locator('th').allTextContents()).toEqual(body.map((r) => r[1]));
  expect(await rows.locator('td:nth-child(3)').allTextContents()).toEqual(body.map((r) => formatBn(Number(r[2]))));
  await expect(figure.getByRole('status')).toHaveText(
    `Saved korus-sector-ranking-usitc-sectors-exports-2016.csv (${ranked2016.length} rows)`,
  );
  expect(consoleErrors).toEqual([]);
});

test('HS-chapter imports show the tariffs card with the partial year 2025 labelled', async ({
  page,
  consoleErrors,
}) => {
  // The default year of HS imports is the latest full year (2024); the partial year is chosen explicitly.
  await page.goto('/sectors?classification=hs-chapters&flow=imports&year=2025');
  await expect(page.getByRole('radio', { name: 'US imports' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2025');
  await expect(page.getByRole('combobox', { name: 'Year' }).locator('option:checked')).toHaveText('2025 (Jan–Aug)');
  const ranking = page.getByRole('figure', { name: 'US imports by HS chapters, from South Korea, 2025 (Jan–Aug)' });
  await expect(ranking).toContainText('2025 (Jan–Aug) is a partial year');

  const tariffs = page.getByRole('figure', { name: 'Tariffs on US imports from South Korea' });
  await expect(tariffs).toContainText('2023, 2024, 2025 (Jan–Aug)');
  await expect(tariffs.getByRole('list', { name: 'Legend' })).toHaveText(/2023.*2024.*2025 \(Jan–Aug\)/);
  await expect(tariffs).toContainText('2025 (Jan–Aug) covers Jan–Aug only.');

  await tariffs.getByRole('button', { name: 'Show table' }).click();
  const table = tariffs.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Duty rate 2025 (Jan–Aug) (%)' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Duties 2025 (Jan–Aug) ($ m)' })).toBeVisible();
  // The first row is all chapters, with the rate computed from duties ÷ (CIF − charges).
  const at = (measure: string) =>
    values.find((v) => v.sectorId === 'hs-total' && v.year === 2025 && v.measure === measure)!.value!;
  const rate = (at('duties') / (at('cif-value') - at('charges'))) * 100;
  const first = table.locator('tbody tr').first();
  await expect(first.locator('th')).toHaveText(labelOf('hs-total'));
  await expect(first.locator('td').last()).toHaveText(formatPercent(rate, { signed: false }));
  expect(consoleErrors).toEqual([]);
});

test('ArrowDown and ArrowUp move through the ranking in the order of the list, and a hint says so', async ({
  page,
  consoleErrors,
}) => {
  const figure = await openRanking(page);
  await expect(figure.getByText(/↑ and ↓ move through the bars/)).toBeVisible();
  const surface = figure.locator('.recharts-wrapper > svg.recharts-surface');
  await surface.focus();
  const tooltip = figure.locator('.chart-tooltip__label');
  // Focus shows the first bar; Down goes to the second and third, Up back to the second.
  await expect(tooltip).toHaveText(labelOf(ranked2016[0]!.sectorId));
  await page.keyboard.press('ArrowDown');
  await expect(tooltip).toHaveText(labelOf(ranked2016[1]!.sectorId));
  await page.keyboard.press('ArrowDown');
  await expect(tooltip).toHaveText(labelOf(ranked2016[2]!.sectorId));
  await page.keyboard.press('ArrowUp');
  await expect(tooltip).toHaveText(labelOf(ranked2016[1]!.sectorId));
  // Sideways keys do not move against the list.
  await page.keyboard.press('ArrowLeft');
  await expect(tooltip).toHaveText(labelOf(ranked2016[1]!.sectorId));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]detail=${ranked2016[1]!.sectorId}(&|$)`));
  expect(consoleErrors).toEqual([]);
});

test('Enter right after an arrow key opens the bar the tooltip has just moved to', async ({ page, consoleErrors }) => {
  const figure = await openRanking(page);
  const surface = figure.locator('.recharts-wrapper > svg.recharts-surface');
  await surface.focus();
  await expect(figure.locator('.chart-tooltip__label')).toHaveText(labelOf(ranked2016[0]!.sectorId));
  // A busy page can take the next key before it has drawn again: press ↓ and, as soon as the tooltip shows the
  // second bar (before any later task runs), Enter.
  const shown = await surface.evaluate(async (el) => {
    const press = (key: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    press('ArrowDown');
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    const label = el.closest('figure')?.querySelector('.chart-tooltip__label')?.textContent ?? null;
    press('Enter');
    return label;
  });
  expect(shown).toBe(labelOf(ranked2016[1]!.sectorId));
  await expect(page).toHaveURL(new RegExp(`[?&]detail=${ranked2016[1]!.sectorId}(&|$)`));
  expect(consoleErrors).toEqual([]);
});

test('a click on a bar opens the detail below without moving the chart; Escape closes it and focus returns', async ({
  page,
  consoleErrors,
}) => {
  const figure = await openRanking(page);
  const bar = figure.locator('.recharts-bar-rectangle').nth(1);
  const box = (await bar.boundingBox())!;
  const top = await figure.evaluate((el) => el.getBoundingClientRect().top);
  await page.mouse.move(box.x + 20, box.y + box.height / 2);
  await expect(figure.locator('.chart-tooltip')).toContainText(labelOf(ranked2016[1]!.sectorId));
  await page.mouse.click(box.x + 20, box.y + box.height / 2);
  const heading = page.getByRole('heading', { level: 2, name: labelOf(ranked2016[1]!.sectorId), exact: true });
  await expect(heading).toBeFocused();
  expect(await figure.evaluate((el) => el.getBoundingClientRect().top)).toBeCloseTo(top, 0);
  await expect(figure.getByRole('status').filter({ hasText: 'open below this chart' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(heading).toHaveCount(0);
  expect(new URL(page.url()).searchParams.has('detail')).toBe(false);
  await expect.poll(() => figure.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('the Sectors panel closes on a click outside and when Tab leaves it', async ({ page, consoleErrors }) => {
  await openRanking(page);
  const button = page.getByRole('button', { name: /^Sectors: / });
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('heading', { level: 1 }).click();
  await expect(button).toHaveAttribute('aria-expanded', 'false');

  await button.click();
  // The panel's own last checkbox (chart cards have checkboxes too, e.g. Log scale).
  await page
    .locator(`[id="${await button.getAttribute('aria-controls')}"]`)
    .getByRole('checkbox')
    .last()
    .focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reset filters' })).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(consoleErrors).toEqual([]);
});

test('a disabled Flow option looks disabled and says why on hover', async ({ page, consoleErrors }) => {
  await openRanking(page);
  const imports = page.getByRole('radio', { name: 'US imports' });
  await expect(imports).toBeDisabled();
  const label = page.locator('label', { has: imports });
  await expect(label).toHaveAttribute('title', /no imports figures/);
  const style = await label.evaluate((el) => ({
    cursor: getComputedStyle(el).cursor,
    color: getComputedStyle(el).color,
  }));
  expect(style.cursor).toBe('not-allowed');
  const enabled = await page
    .locator('label', { has: page.getByRole('radio', { name: 'US exports' }) })
    .evaluate((el) => getComputedStyle(el).cursor);
  expect(enabled).not.toBe('not-allowed');
  expect(consoleErrors).toEqual([]);
});

test('switching classification keeps the scroll position while the new figures load and after', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/sectors?classification=usitc-sectors');
  await expect(
    page
      .getByRole('figure', { name: 'US exports to South Korea by USITC sectors, 2017' })
      .locator('.recharts-bar-rectangle')
      .first(),
  ).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 1200));
  const before = await page.evaluate(() => ({ y: window.scrollY, h: document.documentElement.scrollHeight }));
  expect(before.y).toBe(1200);
  await page.getByRole('combobox', { name: 'Classification' }).selectOption('hs-chapters');
  const samples: Array<{ y: number; h: number }> = [];
  for (let i = 0; i < 12; i++) {
    samples.push(await page.evaluate(() => ({ y: window.scrollY, h: document.documentElement.scrollHeight })));
    await page.waitForTimeout(60);
  }
  // The browser's scroll anchoring may shift by a line when the notes above change; never by a chart.
  for (const s of samples) expect(Math.abs(s.y - before.y), JSON.stringify(samples)).toBeLessThanOrEqual(40);
  await expect(page.getByRole('figure', { name: /^Balance by HS chapters, 2019/ })).toBeVisible();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before.y)).toBeLessThanOrEqual(40);
  expect(consoleErrors).toEqual([]);
});
