import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MAIN_CHART = /US goods trade with South Korea/;

async function exportFrom(page: Page, item: string): Promise<Download> {
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  return download;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/trends?from=2012&to=2019');
  await expect(
    page.getByRole('figure', { name: MAIN_CHART }).locator('.recharts-wrapper svg.recharts-surface').first(),
  ).toBeVisible();
});

test('PNG export is a 2× image of the whole figure and not blank', async ({ page, consoleErrors }) => {
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const box = await figure.boundingBox();
  const download = await exportFrom(page, 'Download PNG');
  expect(download.suggestedFilename()).toBe('korus-goods-trade-2012-2019.png');
  const bytes = readFileSync(await download.path());
  const { width, height } = pngSize(bytes);
  expect(width).toBeGreaterThanOrEqual(1600);
  // The PNG is the composed export (title, legend, chart, source, footer) at ≥ 2× density.
  expect(width).toBeGreaterThanOrEqual(Math.round(box!.width * 1.5));
  expect(height).toBeGreaterThan(box!.height);
  // Decode in the browser and count distinct colours: a blank image has one.
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return { count: seen.size, opaque: data[3] === 255 };
  }, bytes.toString('base64'));
  expect(colours.opaque).toBe(true);
  expect(colours.count).toBeGreaterThan(20);
  await expect(page.getByText('Saved korus-goods-trade-2012-2019.png')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('SVG export is standalone XML with the title, legend and source as text', async ({ page, consoleErrors }) => {
  const download = await exportFrom(page, 'Download SVG');
  expect(download.suggestedFilename()).toBe('korus-goods-trade-2012-2019.svg');
  const svg = readFileSync(await download.path(), 'utf8');
  expect(svg).not.toContain('foreignObject');
  expect(svg).not.toContain('var(--');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return {
      error: doc.querySelector('parsererror') !== null,
      root: doc.documentElement.nodeName,
      texts: texts.join('\n'),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('svg');
  expect(parsed.texts).toContain('US goods trade with South Korea');
  expect(parsed.texts).toContain('2012–2019');
  for (const legend of ['US exports', 'US imports', 'Balance (below zero = US deficit)'])
    expect(parsed.texts).toContain(legend);
  expect(parsed.texts).toContain('U.S. Census Bureau');
  expect(consoleErrors).toEqual([]);
});

test('CSV export holds exactly the rows of the table view', async ({ page, consoleErrors }) => {
  const download = await exportFrom(page, 'Download CSV');
  expect(download.suggestedFilename()).toBe('korus-goods-trade-2012-2019.csv');
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  // The '#' metadata block is skipped as comments (pandas: comment='#').
  const csv = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, comments: '#' }).data;
  expect(csv[0]).toEqual(['Year', 'US exports ($ m)', 'US imports ($ m)', 'Balance ($ m)']);

  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Show table' }).click();
  const rows = figure.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(8);
  const tableYears = await rows.locator('th').allTextContents();
  expect(csv.slice(1).map((r) => r[0])).toEqual(tableYears);
  // Same figures: the table shows $ bn to one decimal, the CSV $ m at full precision.
  const tableExports = await rows.locator('td:nth-child(2)').allTextContents();
  expect(csv.slice(1).map((r) => (Number(r[1]) / 1000).toFixed(1))).toEqual(tableExports);
  expect(consoleErrors).toEqual([]);
});

test('copy image reports its outcome and the page keeps working', async ({ page, consoleErrors }) => {
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Copy image' }).click();
  await expect(figure.getByRole('status').filter({ hasText: /copied|Export failed/ })).toBeVisible();
  await figure.getByRole('button', { name: 'Show table' }).click();
  await expect(figure.getByRole('table')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('PNG ends with the provenance footer, and its lower band holds no brush', async ({ page, consoleErrors }) => {
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  // The brush is on screen, in its own colour (the traveller handles are filled with the brush stroke).
  const brushColour = await figure
    .locator('.recharts-brush rect')
    .last()
    .evaluate((r) => getComputedStyle(r).fill);
  const [r0, g0, b0] = brushColour.match(/\d+/g)!.map(Number) as [number, number, number];
  const download = await exportFrom(page, 'Download PNG');
  const bytes = readFileSync(await download.path());
  const band = await page.evaluate(
    async ({ b64, target }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const count = (y0: number, y1: number, test: (r: number, g: number, b: number) => boolean) => {
        const data = ctx.getImageData(0, y0, img.width, y1 - y0).data;
        let n = 0;
        for (let i = 0; i < data.length; i += 4) if (test(data[i]!, data[i + 1]!, data[i + 2]!)) n++;
        return n;
      };
      const near = (r: number, g: number, b: number) => Math.hypot(r - target[0]!, g - target[1]!, b - target[2]!) < 24;
      const dark = (r: number, g: number, b: number) => r + g + b < 3 * 140;
      const h = img.height;
      return {
        // The lower third: the bottom of the plot, where the brush was, the source and the footer.
        brushPixels: count(Math.round(h * 0.66), h, near),
        // The last tenth (the footer line and the bottom margin): the footer's text.
        footerInk: count(Math.round(h * 0.9), h, dark),
      };
    },
    { b64: bytes.toString('base64'), target: [r0, g0, b0] },
  );
  expect(band.brushPixels).toBeLessThan(10);
  expect(band.footerInk).toBeGreaterThan(200);
  expect(consoleErrors).toEqual([]);
});

test('SVG ends with the footer: KORUS Lens, the view URL, data as of and the export date', async ({
  page,
  consoleErrors,
}) => {
  const download = await exportFrom(page, 'Download SVG');
  const svg = readFileSync(await download.path(), 'utf8');
  const footer = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return doc.querySelector('.provenance text')?.textContent ?? '';
  }, svg);
  const url = page.url();
  expect(url).toContain('/trends?from=2012&to=2019');
  expect(footer.replace(/\s+/g, ' ')).toMatch(/^KORUS Lens · /);
  expect(footer.replace(/\s+/g, '')).toContain(url.replace(/\s+/g, ''));
  expect(footer).toContain('data as of 10 Jun 2026');
  expect(footer).toMatch(/exported \d{1,2} [A-Z][a-z]{2} \d{4}$/);
  expect(svg).not.toContain('recharts-brush');
  expect(consoleErrors).toEqual([]);
});

test('CSV starts with the same provenance as comment lines', async ({ page }) => {
  const download = await exportFrom(page, 'Download CSV');
  const lines = readFileSync(await download.path(), 'utf8')
    .slice(1)
    .split('\r\n');
  const comments = lines.filter((l) => l.startsWith('#'));
  expect(comments[0]).toMatch(/^# US goods trade with South Korea: /);
  expect(comments).toContain(`# KORUS Lens: ${page.url()}`);
  expect(comments.at(-1)).toMatch(/^# Data as of 10 Jun 2026; downloaded /);
  expect(lines[comments.length]).toBe('Year,US exports ($ m),US imports ($ m),Balance ($ m)');
});

test('Copy link puts the current URL, filters included, on the clipboard; Cite gives a citation to copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/trends?category=goods&from=2014&to=2018');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('button', { name: 'Copy link' }).click();
  await expect(figure.getByRole('status')).toHaveText('Link copied to the clipboard');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  expect(copied).toContain('from=2014');
  expect(copied).toContain('to=2018');

  await figure.getByRole('button', { name: 'Cite' }).click();
  const text = figure.getByRole('textbox', { name: 'Citation text' });
  await expect(text).toHaveValue(
    /^US goods trade with South Korea\. KORUS Lens, .*from=2014.*Data: U\.S\. Census Bureau/,
  );
  await figure.getByRole('button', { name: 'Copy citation' }).click();
  await expect(figure.getByRole('status')).toHaveText('Citation copied to the clipboard');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await text.inputValue());
});

// Every chart of the trends page, annual and monthly: the CSV's title line, its column headers and its values
// carry one unit ($ m), and the values are the table's ($ bn on screen).
for (const url of ['/trends?from=2012&to=2019', '/trends?freq=monthly&mfrom=2024-01&mto=2026-04']) {
  test(`CSV title, headers and values agree on every chart of ${url}`, async ({ page }) => {
    await page.goto(url);
    const figures = page.locator('figure.chart-card');
    await expect(figures).toHaveCount(4, { timeout: 15_000 });
    for (let i = 0; i < 4; i++) {
      const figure = figures.nth(i);
      await figure.scrollIntoViewIfNeeded();
      await figure.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: 'Download CSV' }).click(),
      ]);
      const text = readFileSync(await download.path(), 'utf8').slice(1);
      const title = text.split('\r\n')[0]!;
      const csv = Papa.parse<string[]>(text, { skipEmptyLines: true, comments: '#' }).data;
      const money = csv[0]!.filter((h) => /\(\$ (m|bn)\)$/.test(h));
      expect(money.length, `${download.suggestedFilename()}: money columns`).toBeGreaterThan(0);
      expect(
        money.every((h) => h.endsWith('($ m)')),
        csv[0]!.join(','),
      ).toBe(true);
      expect(title, download.suggestedFilename()).toContain('$ m');
      expect(title, download.suggestedFilename()).not.toContain('$ bn');
      // The values are $ m: the table (in $ bn) shows the same figure divided by 1,000.
      const column = csv[0]!.indexOf(money[0]!);
      await figure.getByRole('button', { name: 'Show table' }).click();
      const header = money[0]!.replace('($ m)', '($ bn)');
      const headers = await figure.getByRole('table').locator('thead th').allTextContents();
      const tableColumn = headers.findIndex((h) => h.trim() === header);
      expect(tableColumn, `${header} in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
      const firstRow = csv.slice(1).find((r) => r[column] !== '')!;
      const cells = await figure.getByRole('table').locator('tbody tr').first().locator('th, td').allTextContents();
      const firstTableRow = csv.slice(1)[0]!;
      if (firstTableRow === firstRow) {
        const shown = Number(cells[tableColumn]!.replace('\u2212', '-').replace(/[^0-9.-]/g, ''));
        expect(Math.abs(shown - Number(firstRow[column]) / 1000)).toBeLessThan(0.051);
      }
      await figure.getByRole('button', { name: 'Show chart' }).click();
    }
  });
}

test('the change chart’s PNG and SVG hold all three panels with their titles and the year axis', async ({
  page,
  consoleErrors,
}) => {
  const figure = page.getByRole('figure', { name: 'Change from the previous year' });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.recharts-wrapper > svg.recharts-surface')).toHaveCount(3, { timeout: 15_000 });
  await figure.getByRole('button', { name: 'Export' }).click();
  const [svgFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync(await svgFile.path(), 'utf8');
  for (const title of ['Change in exports', 'Change in imports', 'Change in balance']) expect(svg).toContain(title);
  // Three chart surfaces nested in the document, the last one with the year ticks of the range.
  expect(svg.match(/<svg /g)?.length).toBe(4);
  for (const year of ['2012', '2014', '2016', '2018']) expect(svg).toContain(`>${year}</`);
  // The PNG is drawn from the same document: taller than one panel would make it.
  await figure.getByRole('button', { name: 'Export' }).click();
  const [pngFile] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: 'Download PNG' }).click(),
  ]);
  const { width, height } = pngSize(readFileSync(await pngFile.path()));
  expect(height / width).toBeGreaterThan(0.8);
  expect(consoleErrors).toEqual([]);
});
