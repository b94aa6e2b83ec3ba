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
  const tick = figure.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: '2016' }).first();
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
  const tick = figure.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value', { hasText: '2005' }).first();
  await tick.scrollIntoViewIfNeeded();
  const box = (await tick.boundingBox())!;
  // As a user does: point at the year (the tooltip shows), then click.
  await page.mouse.move(box.x + box.width / 2, box.y - 120);
  await expect(figure.locator('.chart-tooltip')).toBeVisible();
  await page.mouse.click(box.x + box.width / 2, box.y - 120);
  await expect(page.getByRole('status').filter({ hasText: 'No sector data exists for 2005' })).toBeVisible();
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
  await expect(figure.locator('.milestone-detail')).toContainText('15 Mar 2012 · KORUS in force: KORUS enters into force');
  await page.getByRole('checkbox', { name: 'Show all events' }).click();
  await expect(page).toHaveURL(/events=1/);
  await expect(figure.getByRole('img', { name: /^Joint Committee, 1st session/ })).toBeAttached();
  expect(consoleErrors).toEqual([]);
});
