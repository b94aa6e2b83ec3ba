// The statements timeline in a real browser: markers never overprint one another (boxes measured at desktop
// and phone widths), the markers are one Tab stop with the arrow keys inside, the skip link, lane names on
// their lane on a phone, and dates known only to the month or year read as such. Expectations come from the
// served data files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

interface ViewpointRow {
  id: string;
  expertId: string;
  date: string;
  datePrecision: 'day' | 'month' | 'year';
  statementKind: string;
  topics: string[];
}
interface ExpertRow {
  id: string;
  name: string;
}
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../mocks/data/${file}`, import.meta.url)), 'utf8')) as T;
const viewpoints = read<ViewpointRow[]>('viewpoints.json');
const experts = read<ExpertRow[]>('experts.json');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const byDate = (a: ViewpointRow, b: ViewpointRow) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id);
/** Lanes: the experts with a statement, in the served order. */
const lanes = experts.filter((e) => viewpoints.some((v) => v.expertId === e.id));
const laneStatements = (expertId: string) => viewpoints.filter((v) => v.expertId === expertId).sort(byDate);

const timeline = (page: Page) => page.getByRole('figure', { name: 'Statements over time' });
const marker = (page: Page, id: string) => timeline(page).locator(`.vp-point[data-statement="${id}"]`);
const focusedStatement = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-statement') ?? null);

interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
/** The markers' boxes relative to the timeline's own box: a layout change of the page between two measurements
 * moves the figure, not its markers against its lanes. */
async function markerBoxes(figure: Locator): Promise<Box[]> {
  return figure.evaluate((fig) => {
    const origin = fig.getBoundingClientRect();
    return [...fig.querySelectorAll('.vp-point')].map((el) => {
      const r = el.getBoundingClientRect();
      return {
        id: el.getAttribute('data-statement') ?? '',
        x: r.x - origin.x,
        y: r.y - origin.y,
        width: r.width,
        height: r.height,
      };
    });
  });
}
const overlapping = (boxes: Box[]) => {
  const pairs: string[] = [];
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        pairs.push(`${a.id} × ${b.id}`);
    }
  }
  return pairs;
};

for (const width of [1366, 390]) {
  test(`at ${width} px no two statement markers overlap, also where statements share a date`, async ({
    page,
    consoleErrors,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // The data has several statements of one expert on one date (e.g. 4 Jan 2018), which used to overprint.
    const shared = viewpoints.filter(
      (v, _, all) => all.filter((o) => o.expertId === v.expertId && o.date === v.date).length > 1,
    );
    expect(shared.length).toBeGreaterThan(1);
    for (const url of ['/viewpoints', '/viewpoints?events=1']) {
      await page.goto(url);
      const figure = timeline(page);
      await expect(figure.locator('.vp-point')).toHaveCount(viewpoints.length);
      const boxes = await markerBoxes(figure);
      expect(boxes.every((b) => b.width > 8 && b.height > 8)).toBe(true);
      expect(overlapping(boxes), url).toEqual([]);
      // Every marker lies inside its expert's lane.
      const bands = await figure.evaluate((fig) => {
        const top = fig.getBoundingClientRect().top;
        return [...fig.querySelectorAll('rect.vp-lane')]
          .map((el) => el.getBoundingClientRect())
          .map((r) => ({ top: r.top - top, bottom: r.bottom - top }));
      });
      expect(bands).toHaveLength(lanes.length);
      for (const b of boxes) {
        const lane = lanes.findIndex((e) => e.id === viewpoints.find((v) => v.id === b.id)?.expertId);
        const band = bands[lane]!;
        expect(b.y, b.id).toBeGreaterThanOrEqual(band.top - 1);
        expect(b.y + b.height, b.id).toBeLessThanOrEqual(band.bottom + 1);
      }
    }
    // Nothing wider than the screen.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
  });
}

test('on a phone each lane name sits on its own lane', async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/viewpoints');
  const figure = timeline(page);
  await expect(figure.locator('.vp-point')).toHaveCount(viewpoints.length);
  // Lanes and labels measured in one go (the same layout), relative to the timeline's own box, so that a layout
  // change of the page between two measurements cannot move one against the other.
  const { lanesDrawn, labels } = await figure.evaluate((el) => {
    const origin = el.getBoundingClientRect().top;
    const box = (node: Element) => {
      const r = node.getBoundingClientRect();
      return { lane: node.getAttribute('data-lane'), top: r.top - origin, bottom: r.bottom - origin };
    };
    return {
      lanesDrawn: [...el.querySelectorAll('rect.vp-lane')].map(box),
      labels: [...el.querySelectorAll('text.vp-lane-label')].map((node) => ({ ...box(node), text: node.textContent })),
    };
  });
  expect(labels.map((l) => l.text)).toEqual(lanes.map((e) => e.name.replace(/\s*\(.*\)\s*$/, '')));
  for (const label of labels) {
    const band = lanesDrawn.find((l) => l.lane === label.lane)!;
    expect(label.top, label.text ?? '').toBeGreaterThanOrEqual(band.top);
    expect(label.bottom, label.text ?? '').toBeLessThanOrEqual(band.bottom);
  }
  // The label is above its lane's markers, not between two lanes.
  const first = laneStatements(lanes[0]!.id)[0]!;
  const markerTop = await marker(page, first.id).evaluate(
    (node, figureSelector) =>
      node.getBoundingClientRect().top - node.closest(figureSelector)!.getBoundingClientRect().top,
    'figure',
  );
  expect(markerTop).toBeGreaterThan(labels[0]!.bottom - 1);
  expect(consoleErrors).toEqual([]);
});

test('the markers are one Tab stop; the arrow keys, Home and End move between them; Enter opens the statement', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/viewpoints');
  const figure = timeline(page);
  await expect(figure.locator('.vp-point')).toHaveCount(viewpoints.length);
  // One marker is in the Tab order: the first statement of the top lane.
  await expect(figure.locator('.vp-point[tabindex="0"]')).toHaveCount(1);
  await expect(figure.locator('.vp-point[tabindex="-1"]')).toHaveCount(viewpoints.length - 1);
  const [top, second] = lanes;
  const topLane = laneStatements(top!.id);
  await expect(marker(page, topLane[0]!.id)).toHaveAttribute('tabindex', '0');

  // Tab from the toolbar reaches exactly one marker, and the next Tab leaves the markers.
  await figure.getByRole('button', { name: 'Show table' }).focus();
  const visited: Array<string | null> = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    visited.push(await focusedStatement(page));
  }
  expect(visited.filter((id) => id !== null)).toEqual([topLane[0]!.id]);

  await marker(page, topLane[0]!.id).focus();
  await expect(figure.locator('.vp-timeline__tooltip')).toBeVisible();
  // → and ← walk the lane in time.
  for (const expected of topLane.slice(1)) {
    await page.keyboard.press('ArrowRight');
    expect(await focusedStatement(page)).toBe(expected.id);
  }
  await page.keyboard.press('ArrowRight');
  expect(await focusedStatement(page)).toBe(topLane.at(-1)!.id);
  await page.keyboard.press('Home');
  expect(await focusedStatement(page)).toBe(topLane[0]!.id);
  await page.keyboard.press('End');
  expect(await focusedStatement(page)).toBe(topLane.at(-1)!.id);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedStatement(page)).toBe(topLane.at(-2)!.id);

  // ↓ goes to the next expert's statement nearest in time; ↑ comes back to the top lane.
  const from = topLane.at(-2)!;
  const fy = (d: string) => {
    const [y, m = '7', day = '15'] = d.split('-');
    return Number(y) + (Number(m) - 1) / 12 + (Number(day) - 1) / 365;
  };
  const nearest = [...laneStatements(second!.id)].sort(
    (a, b) => Math.abs(fy(a.date) - fy(from.date)) - Math.abs(fy(b.date) - fy(from.date)),
  )[0]!;
  await page.keyboard.press('ArrowDown');
  const down = await focusedStatement(page);
  expect(laneStatements(second!.id).map((v) => v.id)).toContain(down);
  expect(Math.abs(fy(viewpoints.find((v) => v.id === down)!.date) - fy(from.date))).toBeCloseTo(
    Math.abs(fy(nearest.date) - fy(from.date)),
    1,
  );
  await page.keyboard.press('ArrowUp');
  expect(topLane.map((v) => v.id)).toContain(await focusedStatement(page));

  // The marker last moved to is the Tab stop now; Ctrl+End is the latest statement of all.
  await page.keyboard.press('Control+End');
  const latest = [...viewpoints].sort(byDate).at(-1)!;
  expect(await focusedStatement(page)).toBe(latest.id);
  await expect(figure.locator('.vp-point[tabindex="0"]')).toHaveAttribute('data-statement', latest.id);
  await expect(figure.locator('.vp-timeline__tooltip')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page.locator(`#statement-${latest.id}`)).toBeFocused();
  // Space works as Enter does.
  await marker(page, topLane[0]!.id).focus();
  await page.keyboard.press(' ');
  await expect(page.locator(`#statement-${topLane[0]!.id}`)).toBeFocused();
  expect(consoleErrors).toEqual([]);
});

test('"Skip to statements" comes before the timeline and moves the focus to the statements', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/viewpoints');
  await expect(timeline(page).locator('.vp-point')).toHaveCount(viewpoints.length);
  const skip = page.getByRole('link', { name: 'Skip to statements' });
  // Tab (only Tab) from the last chip or the results heading area reaches the skip link before any marker.
  await page.getByRole('heading', { name: 'Statements', exact: true }).click();
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedStatement(page), 'a marker came before the skip link').toBeNull();
    reached = await skip.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  const list = page.getByRole('list', { name: `${viewpoints.length} statements` });
  await expect(list).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await list.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a date known to the year or the month only reads as such, and sits inside its period', async ({
  page,
  consoleErrors,
}) => {
  const yearOnly = viewpoints.find((v) => v.datePrecision === 'year')!;
  const monthOnly = viewpoints.find((v) => v.datePrecision === 'month' && v.date >= '2025')!;
  expect(yearOnly).toBeDefined();
  expect(monthOnly).toBeDefined();
  const name = (id: string) => experts.find((e) => e.id === id)!.name;
  const [y, m] = monthOnly.date.split('-');
  const monthLabel = `${MONTHS[Number(m) - 1]} ${y}`;

  await page.goto('/viewpoints');
  const figure = timeline(page);
  const year = marker(page, yearOnly.id);
  await expect(year).toHaveAttribute(
    'aria-label',
    new RegExp(`^${name(yearOnly.expertId)}, ${yearOnly.date} \\(dated to the year only; placed mid-year\\), `),
  );
  await expect(marker(page, monthOnly.id)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${name(monthOnly.expertId)}, ${monthLabel} \\(dated to the month only; placed mid-month\\), `),
  );
  await year.focus();
  const tooltip = figure.locator('.vp-timeline__tooltip');
  await expect(tooltip.locator('.chart-tooltip__label')).toHaveText(`${name(yearOnly.expertId)} · ${yearOnly.date}`);
  await expect(tooltip).toContainText('Date: dated to the year only; placed mid-year');

  // The year-only marker sits between the ticks of its year and the next.
  const tick = async (label: string) => {
    const ticks = figure.locator('text.recharts-cartesian-axis-tick-value');
    const box = await ticks.filter({ hasText: new RegExp(`^${label}$`) }).boundingBox();
    return box ? box.x + box.width / 2 : null;
  };
  const start = await tick(yearOnly.date);
  const end = await tick(String(Number(yearOnly.date) + 1));
  const box = (await year.boundingBox())!;
  expect(start).not.toBeNull();
  expect(end).not.toBeNull();
  expect(box.x + box.width / 2).toBeGreaterThan(start!);
  expect(box.x + box.width / 2).toBeLessThan(end!);
  expect(consoleErrors).toEqual([]);
});

test('a keyboard walk of the page reaches the footer, with one stop in the timeline and never on <body>', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/viewpoints');
  await expect(timeline(page).locator('.vp-point')).toHaveCount(viewpoints.length);
  await page.locator('body').focus();
  const stops: string[] = [];
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      const footer = document.querySelector('footer');
      if (!el || el === document.body || !footer) return { stop: 'body', last: false };
      const focusable = [
        ...document.querySelectorAll<HTMLElement | SVGElement>('a[href], button, input, select, textarea, [tabindex]'),
      ].filter((e) => e.tabIndex >= 0 && !(e as HTMLButtonElement).disabled && e.getClientRects().length > 0);
      const beforeFooter = focusable.filter(
        (e) => e.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const statement = el.getAttribute('data-statement');
      return {
        stop: statement
          ? `marker ${statement}`
          : (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 60),
        last: beforeFooter.at(-1) === el,
      };
    });
    if (where.stop === 'body') throw new Error(`Focus fell to <body> after:\n${stops.join('\n')}`);
    stops.push(where.stop);
    if (where.last) break;
  }
  const markers = stops.filter((s) => s.startsWith('marker '));
  expect(markers).toHaveLength(1);
  const skip = stops.indexOf('Skip to statements');
  expect(skip).toBeGreaterThan(-1);
  expect(skip).toBeLessThan(stops.indexOf(markers[0]!));
  // Every statement's check is on the way (the statements follow the timeline).
  const checks = await page.getByRole('button', { name: 'Check against the data' }).count();
  expect(stops.filter((s) => s.includes('Check against the data'))).toHaveLength(checks);
  expect(consoleErrors).toEqual([]);
});

test('axe: compare mode with an empty column on a phone, and the timeline with a marker focused', async ({
  page,
  consoleErrors,
}) => {
  const silent = experts.find((e) => !viewpoints.some((v) => v.expertId === e.id && v.topics.includes('autos')))!;
  const speaker = experts.find((e) => viewpoints.some((v) => v.expertId === e.id && v.topics.includes('autos')))!;
  const axe = async () => {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/viewpoints?compare=${speaker.id},${silent.id}&topic=autos`);
  await expect(page.getByRole('region', { name: new RegExp(silent.name) })).toContainText('No statement on this topic');
  await expect(timeline(page).locator('.vp-point').first()).toBeAttached();
  await axe();

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/viewpoints');
  await expect(timeline(page).locator('.vp-point')).toHaveCount(viewpoints.length);
  await timeline(page).locator('.vp-point[tabindex="0"]').focus();
  await expect(timeline(page).locator('.vp-timeline__tooltip')).toBeVisible();
  await axe();
  expect(consoleErrors).toEqual([]);
});
