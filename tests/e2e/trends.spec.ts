import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const MAIN_CHART = /US goods trade with South Korea/;

test('a shared range shows exactly those years in the table', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2012&to=2019');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await expect(figure).toContainText('2012–2019');
  await figure.getByRole('button', { name: 'Show table' }).click();
  const years = await figure.getByRole('table').locator('tbody th').allTextContents();
  expect(years).toEqual(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019']);
  expect(consoleErrors).toEqual([]);
});

test('dragging the brush writes the range to the URL', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2000&to=2019');
  const traveller = page.locator('.recharts-brush-traveller').first();
  await traveller.scrollIntoViewIfNeeded();
  const box = (await traveller.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=(200[1-9]|201\d)&to=2019/);
  const from = Number(new URL(page.url()).searchParams.get('from'));
  await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue(String(from));
  await expect(page.getByRole('figure', { name: MAIN_CHART })).toContainText(`${from}–2019`);
  // A drag is not a click on a year.
  await expect(page.getByText(/No sector data exists for/)).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('clicking a year opens that year on the sectors page', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2012&to=2019');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const tick = figure
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: '2016' })
    .first();
  await tick.scrollIntoViewIfNeeded();
  const box = (await tick.boundingBox())!;
  // As a user does: point at the year (the tooltip shows), then click.
  await page.mouse.move(box.x + box.width / 2, box.y - 120);
  await expect(figure.locator('.chart-tooltip')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y - 120);
  await expect(page).toHaveURL(/\/sectors\?classification=hs-chapters&flow=balance&year=2016$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sector breakdowns' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('a year without sector data says so', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2002&to=2008');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const tick = figure
    .locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: '2005' })
    .first();
  await tick.scrollIntoViewIfNeeded();
  const box = (await tick.boundingBox())!;
  // As a user does: point at the year (the tooltip shows), then click.
  await page.mouse.move(box.x + box.width / 2, box.y - 120);
  await expect(figure.locator('.chart-tooltip')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y - 120);
  // The message appears where the user is: in the chart's card, under the plot, in a live region.
  const message = figure.getByRole('status').filter({ hasText: 'No sector data exists for 2005' });
  await expect(message).toBeVisible();
  await expect(message).toBeInViewport();
  await expect(page).toHaveURL(/\/trends\?from=2002&to=2008$/);
  expect(consoleErrors).toEqual([]);
});

test('pressing Enter on a year chosen with the arrow keys opens its sectors', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2013&to=2017');
  const surface = page.getByRole('figure', { name: MAIN_CHART }).getByRole('application').first();
  await surface.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const tooltip = page.getByRole('figure', { name: MAIN_CHART }).locator('.chart-tooltip');
  await expect(tooltip).toContainText(/^20\d\d/);
  const year = (await tooltip.locator('.chart-tooltip__label').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/sectors\\?classification=hs-chapters&flow=balance&year=${year}$`));
  expect(consoleErrors).toEqual([]);
});

test('milestones show their date and description on focus', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2010&to=2020');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.getByRole('img', { name: /^KORUS in force, 15 Mar 2012/ }).focus();
  await expect(figure.locator('.milestone-detail')).toContainText(
    '15 Mar 2012 · KORUS in force: KORUS enters into force',
  );
  await page.getByRole('checkbox', { name: 'Show all events' }).click();
  await expect(page).toHaveURL(/events=1/);
  await expect(figure.getByRole('img', { name: /Joint Committee, 1st session/ })).toBeAttached();
  expect(consoleErrors).toEqual([]);
});

test('the two 2025 milestones share one ◆ on the year axis that names both', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2015&to=2025');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const marker = figure.getByRole('img', { name: /^2 KORUS milestones, 2025:/ });
  await expect(marker).toHaveCount(1);
  await marker.focus();
  await expect(figure.locator('.milestone-detail')).toContainText('US 25% auto tariff takes effect (3 Apr 2025)');
  await expect(figure.locator('.milestone-detail')).toContainText('U.S.–Korea trade deal announced');
  await expect(figure.getByRole('img', { name: /^US 25% auto tariff takes effect/ })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});

test('the brush handles are named Start year and End year and give their values in years', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends?from=1990&to=2000');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const start = figure.getByRole('slider', { name: 'Start year' });
  const end = figure.getByRole('slider', { name: 'End year' });
  await expect(start).toHaveAttribute('aria-valuetext', '1990');
  await expect(start).toHaveAttribute('aria-valuenow', '1990');
  await expect(end).toHaveAttribute('aria-valuetext', '2000');
  for (const handle of [start, end]) {
    await expect(handle).toHaveAttribute('aria-valuemin', '1985');
    await expect(handle).toHaveAttribute('aria-valuemax', '2025');
  }
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await expect(start).toHaveAttribute('aria-valuetext', '1991');
  await expect(page).toHaveURL(/from=1991&to=2000/);
  await expect(figure.getByRole('slider', { name: 'Start year' })).toHaveAttribute('aria-valuenow', '1991');
  expect(consoleErrors).toEqual([]);
});

test('the plot tooltip hides while the brush is dragged, and the brush labels stay inside the card', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  await figure.locator('.recharts-brush').scrollIntoViewIfNeeded();
  const card = (await figure.boundingBox())!;
  const plot = (await figure.locator('.recharts-cartesian-grid').boundingBox())!;
  // Point at the first year of the plot: its tooltip shows.
  await page.mouse.move(plot.x + 4, plot.y + plot.height / 2);
  await expect(figure.locator('.chart-tooltip')).toBeVisible();
  const [first, last] = [
    figure.locator('.recharts-brush-traveller').first(),
    figure.locator('.recharts-brush-traveller').last(),
  ];
  const a = (await first.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(a.x + 40, a.y + a.height / 2, { steps: 6 });
  await expect(figure.locator('.chart-tooltip')).toBeHidden();
  await page.mouse.up();
  await expect(page).toHaveURL(/from=19[89]\d/);
  // Drag the end handle a little: its year label, drawn to its right, stays inside the card.
  const b = (await last.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
  await page.mouse.down();
  await page.mouse.move(b.x - 3, b.y + b.height / 2, { steps: 3 });
  const texts = await figure.locator('.recharts-brush-texts text').all();
  expect(texts.length).toBe(2);
  for (const text of texts) {
    const t = (await text.boundingBox())!;
    expect(t.x).toBeGreaterThanOrEqual(card.x);
    expect(t.x + t.width).toBeLessThanOrEqual(card.x + card.width - 8);
  }
  await page.mouse.up();
  expect(consoleErrors).toEqual([]);
});

/** The boxes of the milestone labels of a chart, and of its plot and surface. */
async function labelBoxes(figure: Locator) {
  const labels = await Promise.all(
    (await figure.locator('.milestone text').all()).map(async (t) => (await t.boundingBox())!),
  );
  const plot = (await figure.locator('.recharts-cartesian-grid').first().boundingBox())!;
  const surface = (await figure.locator('.recharts-wrapper > svg.recharts-surface').first().boundingBox())!;
  return { labels, plot, surface };
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [1366, 390]) {
  test(`milestone labels never overprint the data or each other and are never clipped (${width} px)`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/trends');
    for (const name of [MAIN_CHART, 'Change from the previous year', 'Balance in goods and in services']) {
      const figure = page.getByRole('figure', { name });
      await expect(figure.locator('.milestone').first()).toBeAttached();
      const { labels, plot, surface } = await labelBoxes(figure);
      for (const [i, label] of labels.entries()) {
        // Above the plot (where the data are), inside the chart.
        expect(label.y + label.height, `${name}: label ${i} over the plot`).toBeLessThanOrEqual(plot.y + 1);
        expect(label.y).toBeGreaterThanOrEqual(surface.y);
        expect(label.x).toBeGreaterThanOrEqual(surface.x);
        expect(label.x + label.width, `${name}: label ${i} clipped`).toBeLessThanOrEqual(surface.x + surface.width);
        for (const other of labels.slice(i + 1)) expect(overlap(label, other), `${name}: labels overlap`).toBe(false);
      }
    }
    // The main chart names at least the first milestone at both widths.
    expect((await labelBoxes(page.getByRole('figure', { name: MAIN_CHART }))).labels.length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });
}

test('"Show all events" puts minor events on a rail under the year axis, one marker a year, with a legend entry', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/trends?category=services&events=1');
  const figure = page.getByRole('figure', { name: /US services trade with South Korea/ });
  await expect(figure.getByRole('list', { name: 'Legend' })).toContainText('◇ Other KORUS event');
  const minors = figure.locator('.milestone--minor');
  await expect(minors.first()).toBeAttached();
  const ticks = (await figure.locator('.recharts-xAxis-tick-labels').boundingBox())!;
  const plot = (await figure.locator('.recharts-cartesian-grid').boundingBox())!;
  const xs = new Set<number>();
  for (const minor of await minors.all()) {
    const diamond = (await minor.locator('rect').boundingBox())!;
    // Under the axis labels, not over the data.
    expect(diamond.y).toBeGreaterThanOrEqual(ticks.y + ticks.height - 1);
    expect(diamond.y).toBeGreaterThan(plot.y + plot.height);
    xs.add(Math.round(diamond.x));
  }
  // No stack: one marker for each year with events.
  expect(xs.size).toBe(await minors.count());
  await expect(figure.getByRole('img', { name: /^\d+ other KORUS events, 2018:/ })).toBeAttached();
  expect(consoleErrors).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap on a ◆ shows the milestone, and the year ticks fall on round years', async ({ page, consoleErrors }) => {
    await page.goto('/trends');
    const figure = page.getByRole('figure', { name: MAIN_CHART });
    const marker = figure.getByRole('img', { name: /^KORUS in force, 15 Mar 2012/ });
    await marker.locator('rect').tap();
    await expect(figure.locator('.milestone-detail')).toContainText('15 Mar 2012 · KORUS in force');
    await expect(page).toHaveURL(/\/trends$/);
    const years = (await figure.locator('.recharts-xAxis-tick-labels text').allTextContents()).map(Number);
    expect(years.length).toBeGreaterThanOrEqual(3);
    for (const y of years) expect(y % 5, `tick ${y}`).toBe(0);
    expect(years).not.toContain(2011);
    expect(consoleErrors).toEqual([]);
  });
});

test('a partial year says so in the tooltip before the click', async ({ page, consoleErrors }) => {
  await page.goto('/trends?from=2021&to=2025');
  const figure = page.getByRole('figure', { name: MAIN_CHART });
  const surface = figure.getByRole('application').first();
  await surface.focus();
  const tooltip = figure.locator('.chart-tooltip');
  for (let i = 0; i < 8 && (await tooltip.locator('.chart-tooltip__label').allTextContents())[0] !== '2025'; i++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(tooltip.locator('.chart-tooltip__label')).toHaveText('2025');
  await expect(tooltip).toContainText('2025 (Jan–Aug) only');
  expect(consoleErrors).toEqual([]);
});
