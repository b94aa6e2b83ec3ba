// Fault injection end to end: every page, every way the API can fail (through window.korusMock in the
// production build), slow answers, bad addresses and markup in the data. The app must say what went wrong,
// offer Retry, keep the rest of the app usable, never throw, and recover once the API answers again.
import type { Locator, Page, Request } from '@playwright/test';
import type { Fault, FaultKind } from '../../mocks/faults.ts';
import { test, expect } from './fixtures.ts';

type PageId = 'overview' | 'trends' | 'sectors' | 'viewpoints';

interface PageCase {
  /** The link text in the header's main navigation. */
  nav: string;
  heading: string;
  /** The page's own data: failing these endpoints must show an error, while other pages keep working. */
  primary: string[];
  /** Every endpoint the page requests: any of them failing must be reported, never a silent gap. */
  endpoints: string[];
  /** A page without the primary endpoints, to check that the rest of the app keeps working. */
  other: PageId;
  /** Real content, drawn from the API. */
  content: (page: Page) => Locator;
}

const PAGES: Record<PageId, PageCase> = {
  overview: {
    nav: 'Overview',
    heading: 'US–South Korea trade under KORUS',
    primary: ['/api/v1/trade/annual'],
    endpoints: ['/api/v1/trade/annual', '/api/v1/meta', '/api/v1/events'],
    other: 'sectors',
    // Figures with their source: the source names come from /meta.
    content: (page) =>
      page.getByRole('figure', { name: /US goods balance with South Korea/ }).filter({ hasText: 'U.S. Census Bureau' }),
  },
  trends: {
    nav: 'Trade trends',
    heading: 'Trade trends',
    primary: ['/api/v1/trade/annual'],
    endpoints: ['/api/v1/trade/annual', '/api/v1/meta', '/api/v1/events'],
    other: 'sectors',
    content: (page) =>
      page.getByRole('figure', { name: /US goods trade with South Korea/ }).filter({ hasText: 'U.S. Census Bureau' }),
  },
  sectors: {
    nav: 'Sectors',
    heading: 'Sector breakdowns',
    // The default view: HS chapters, balance (the chapter names come from the /hs-chapters catalogue).
    primary: ['/api/v1/trade/hs-chapters'],
    endpoints: ['/api/v1/trade/hs-chapters', '/api/v1/meta', '/api/v1/hs-chapters'],
    other: 'trends',
    content: (page) =>
      page.getByRole('figure', { name: /^Balance by HS chapters, \d{4}/ }).filter({ hasText: 'Total balance' }),
  },
  viewpoints: {
    nav: 'Expert viewpoints',
    heading: 'Expert viewpoints',
    primary: ['/api/v1/viewpoints'],
    endpoints: ['/api/v1/viewpoints', '/api/v1/experts', '/api/v1/meta', '/api/v1/events'],
    other: 'overview',
    content: (page) => page.getByRole('list', { name: /\d+ statements/ }),
  },
};
const PAGE_IDS = Object.keys(PAGES) as PageId[];

const KINDS: Exclude<FaultKind, 'slow'>[] = ['http-500', 'network', 'malformed-json', 'invalid-schema', 'html'];

/** Retries of network and 5xx errors (0.5 s, 1 s backoff and more) come before the message. */
const ERROR_TIMEOUT = 15_000;
const PAYLOAD = '<img src=x onerror=alert(1)>';

/** Browsers log every failed request ("Failed to load resource: …"); that is expected, anything else is not. */
const unexpected = (errors: string[]) => errors.filter((e) => !/^Failed to load resource: /.test(e));

const errorAlerts = (page: Page) => page.getByRole('alert').filter({ hasText: 'Could not load' });
const loading = (page: Page) => page.getByRole('status').filter({ hasText: /^Loading/ });
const heading = (page: Page, id: PageId) =>
  page.getByRole('heading', { level: 1, name: PAGES[id].heading, exact: true });

async function navigate(page: Page, id: PageId) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: PAGES[id].nav, exact: true }).click();
  await expect(heading(page, id)).toBeVisible();
}

/** Opens the app on the 404 page, which requests nothing from the API, so every page's data is still to load. */
async function startOutsideThePages(page: Page) {
  await page.goto('/nowhere');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page.waitForFunction(() => window.korusMock !== undefined);
}

async function setFaults(page: Page, prefixes: string[], fault: Fault) {
  await page.evaluate(
    ([paths, f]) => {
      for (const path of paths) window.korusMock!.setFault(path, f);
    },
    [prefixes, fault] as const,
  );
}

async function clearFaults(page: Page) {
  await page.evaluate(() => window.korusMock!.clearFaults());
}

/** An error message with its Retry button is on screen (after the client's own retries). */
async function expectErrorWithRetry(page: Page) {
  const alert = errorAlerts(page).first();
  await expect(alert).toBeVisible({ timeout: ERROR_TIMEOUT });
  await expect(alert.getByRole('button', { name: 'Retry', exact: true })).toBeEnabled();
}

/**
 * Waits until the client has given up: no API request for longer than its longest retry backoff, so that every
 * query that was going to fail has failed before the API is restored.
 */
async function waitForRetriesToEnd(page: Page, quietMs = 2_500) {
  let last = Date.now();
  const onRequest = (request: Request) => {
    if (new URL(request.url()).pathname.startsWith('/api/v1/')) last = Date.now();
  };
  page.on('request', onRequest);
  try {
    await expect.poll(() => Date.now() - last, { timeout: 20_000, intervals: [250] }).toBeGreaterThan(quietMs);
  } finally {
    page.off('request', onRequest);
  }
}

/** Presses Retry on each error message until the page has neither errors nor blocks still loading. */
async function retryAll(page: Page) {
  await expect(async () => {
    const alerts = errorAlerts(page);
    const failed = await alerts.allInnerTexts();
    if (failed.length > 0)
      await alerts.first().getByRole('button', { name: 'Retry', exact: true }).click({ timeout: 1_000 });
    expect(failed, 'error messages left').toEqual([]);
    expect(await loading(page).allInnerTexts(), 'blocks still loading').toEqual([]);
  }).toPass({ intervals: [1_000, 1_000, 2_000], timeout: 20_000 });
}

test.describe('an API failure on one page', () => {
  for (const id of PAGE_IDS) {
    for (const kind of KINDS) {
      test(`${id}: ${kind} shows an error with Retry, the other pages keep working, and Retry recovers`, async ({
        page,
        consoleErrors,
      }) => {
        test.setTimeout(60_000);
        const target = PAGES[id];
        await startOutsideThePages(page);
        await setFaults(page, target.primary, { kind });

        await navigate(page, id);
        await expectErrorWithRetry(page);
        await expect(target.content(page)).toHaveCount(0);

        // The rest of the app is unaffected: another page loads and shows its data.
        await navigate(page, target.other);
        await expect(PAGES[target.other].content(page)).toBeVisible({ timeout: 10_000 });
        await expect(errorAlerts(page)).toHaveCount(0);

        // Back on the failing page, the fault still stands.
        await navigate(page, id);
        await expectErrorWithRetry(page);

        // The API answers again: Retry brings the content.
        await waitForRetriesToEnd(page);
        await clearFaults(page);
        await errorAlerts(page).first().getByRole('button', { name: 'Retry', exact: true }).click();
        await expect(target.content(page)).toBeVisible({ timeout: 10_000 });
        await retryAll(page);
        await expect(loading(page)).toHaveCount(0, { timeout: 10_000 });

        expect(consoleErrors.filter((e) => e.startsWith('pageerror:'))).toEqual([]);
        expect(unexpected(consoleErrors)).toEqual([]);
      });
    }
  }
});

test.describe('the whole API down', () => {
  for (const id of PAGE_IDS) {
    test(`${id}: every block says so, navigation works, and Retry restores the whole page`, async ({
      page,
      consoleErrors,
    }) => {
      test.setTimeout(60_000);
      const target = PAGES[id];
      await startOutsideThePages(page);
      await setFaults(page, ['/api/v1/'], { kind: 'network' });

      await navigate(page, id);
      await expectErrorWithRetry(page);

      // Another page opens from the header and explains its own failure: no blank page, no crash.
      await navigate(page, target.other);
      await expectErrorWithRetry(page);

      await navigate(page, id);
      await expectErrorWithRetry(page);
      await waitForRetriesToEnd(page);
      await clearFaults(page);
      await retryAll(page);
      await expect(target.content(page)).toBeVisible({ timeout: 10_000 });
      // Nothing is left waiting forever for data that failed earlier.
      await expect(loading(page)).toHaveCount(0, { timeout: 10_000 });

      expect(consoleErrors.filter((e) => e.startsWith('pageerror:'))).toEqual([]);
      expect(unexpected(consoleErrors)).toEqual([]);
    });
  }
});

test.describe('each endpoint a page needs, failing alone', () => {
  for (const id of PAGE_IDS) {
    for (const endpoint of PAGES[id].endpoints) {
      test(`${id}: a failing ${endpoint} is reported with Retry, not left blank or loading`, async ({
        page,
        consoleErrors,
      }) => {
        test.setTimeout(45_000);
        const target = PAGES[id];
        await startOutsideThePages(page);
        // An invalid answer is not retried, so the outcome is immediate.
        await setFaults(page, [endpoint], { kind: 'invalid-schema' });

        await navigate(page, id);
        await expectErrorWithRetry(page);

        await clearFaults(page);
        await retryAll(page);
        await expect(target.content(page)).toBeVisible({ timeout: 10_000 });
        await expect(loading(page)).toHaveCount(0, { timeout: 10_000 });
        expect(unexpected(consoleErrors)).toEqual([]);
      });
    }
  }
});

test.describe('a slow API', () => {
  for (const id of PAGE_IDS) {
    test(`${id}: skeletons while waiting, navigation still works, content after the delay`, async ({
      page,
      consoleErrors,
    }) => {
      test.setTimeout(40_000);
      const target = PAGES[id];
      await startOutsideThePages(page);
      await setFaults(page, ['/api/v1/'], { kind: 'slow', delayMs: 4_000 });

      await navigate(page, id);
      await expect(loading(page).first()).toBeVisible();
      await expect(target.content(page)).toHaveCount(0);

      // While the data is on its way, the header still navigates at once.
      await navigate(page, target.other);
      await expect(loading(page).first()).toBeVisible();
      await navigate(page, id);

      await expect(target.content(page)).toBeVisible({ timeout: 15_000 });
      await expect(loading(page)).toHaveCount(0, { timeout: 10_000 });
      await expect(errorAlerts(page)).toHaveCount(0);
      expect(unexpected(consoleErrors)).toEqual([]);
    });
  }

  test('a 10-second delay: loading state throughout, other pages reachable, content when the answer comes', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(60_000);
    await startOutsideThePages(page);
    await setFaults(page, ['/api/v1/'], { kind: 'slow', delayMs: 10_000 });

    await navigate(page, 'trends');
    await expect(page.getByRole('status').filter({ hasText: 'Loading goods trade figures…' }).first()).toBeVisible();

    // The header works while the data is on its way.
    const leaving = Date.now();
    await navigate(page, 'sectors');
    await expect(page.getByRole('status').filter({ hasText: 'Loading the data catalogue…' })).toBeVisible();
    expect(Date.now() - leaving).toBeLessThan(5_000);

    const started = Date.now();
    await navigate(page, 'trends');
    // Half-way, still loading, not an error.
    await page.waitForTimeout(5_000);
    await expect(page.getByRole('status').filter({ hasText: 'Loading goods trade figures…' }).first()).toBeVisible();
    await expect(errorAlerts(page)).toHaveCount(0);

    await expect(PAGES.trends.content(page)).toBeVisible({ timeout: 20_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
    // Cards further down ask for their data after the main chart has drawn: their answers take 10 s more.
    await expect(loading(page)).toHaveCount(0, { timeout: 15_000 });
    await expect(errorAlerts(page)).toHaveCount(0);
    expect(unexpected(consoleErrors)).toEqual([]);
  });
});

test.describe('the mock API starting', () => {
  test('a request that fails before the worker is ready is reported with Retry, and Retry recovers', async ({
    page,
    consoleErrors,
  }) => {
    test.setTimeout(45_000);
    // The fault is in place as soon as the mock API's module loads, before its worker has started.
    await page.addInitScript(() => {
      let control: Window['korusMock'];
      Object.defineProperty(window, 'korusMock', {
        configurable: true,
        get: () => control,
        set: (value: NonNullable<Window['korusMock']>) => {
          control = value;
          value.setFault('/api/v1/trade/annual', { kind: 'invalid-schema' });
        },
      });
    });
    await page.goto('/trends');
    // The page renders without waiting for the worker; its requests wait, then fail, and say so.
    await expect(heading(page, 'trends')).toBeVisible();
    await expectErrorWithRetry(page);
    await clearFaults(page);
    await retryAll(page);
    await expect(PAGES.trends.content(page)).toBeVisible({ timeout: 10_000 });
    expect(unexpected(consoleErrors)).toEqual([]);
  });

  test('a worker that cannot start is announced in an alert, not left loading', async ({ browser }) => {
    // A browser that does not allow service workers (as some private windows).
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`));
    await page.goto('/trends');
    const alert = page.getByRole('alert').filter({ hasText: 'The data service could not start' });
    await expect(alert).toBeVisible({ timeout: 15_000 });
    await expect(alert).toContainText('service worker');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

test('when the app’s code does not arrive, the page says so in an alert', async ({ page }) => {
  // The entry (preloaded by the HTML, run by boot.js) fails to load.
  await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/trends');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The dashboard could not load');
  await expect(alert).toContainText('reload the page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The dashboard could not load');
});

test('an unknown route shows the 404 page with links back into the app', async ({ page, consoleErrors }) => {
  await page.goto('/trends/extra/path?x=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/trends/extra/path')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Sectors' }).click();
  await expect(heading(page, 'sectors')).toBeVisible();
  await expect(PAGES.sectors.content(page)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test.describe('invalid address parameters', () => {
  const CASES: { id: PageId; url: string; rejected: string[]; canonical: RegExp }[] = [
    {
      id: 'trends',
      url: '/trends?from=abc&to=1700&category=oil',
      rejected: ['abc', '1700', 'oil'],
      canonical: /\/trends\?to=1985$/,
    },
    {
      id: 'sectors',
      url: '/sectors?classification=nope&year=abcd&sector=zzz&flow=sideways',
      rejected: ['nope', 'abcd', 'zzz', 'sideways'],
      canonical: /\/sectors$/,
    },
    {
      id: 'viewpoints',
      url: '/viewpoints?expert=nobody&topic=weather&from=x',
      rejected: ['nobody', 'weather', '“x”'],
      canonical: /\/viewpoints$/,
    },
  ];
  for (const { id, url, rejected, canonical } of CASES) {
    test(`${url} renders the page with a notice and a rewritten address`, async ({ page, consoleErrors }) => {
      await page.goto(url);
      await expect(heading(page, id)).toBeVisible();
      const notice = page.getByRole('status').filter({ hasText: 'Some settings in the address were adjusted' });
      await expect(notice).toBeVisible();
      for (const value of rejected) await expect(notice).toContainText(value);
      await expect(page).toHaveURL(canonical);
      await expect(PAGES[id].content(page)).toBeVisible();
      await expect(errorAlerts(page)).toHaveCount(0);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test.describe('markup in the data stays text', () => {
  test('a sector label with HTML is shown literally in the ranking, its table and its detail', async ({
    page,
    consoleErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await startOutsideThePages(page);
    const id = await page.evaluate(async (label) => {
      const mock = window.korusMock!;
      const data = await mock.getDataset();
      const victim = data.hsChapters.chapters.find((c) => c.id === 'hs-87')!;
      mock.setDataset({
        ...data,
        hsChapters: {
          ...data.hsChapters,
          chapters: data.hsChapters.chapters.map((c) =>
            c.id === victim.id ? { ...c, label, description: `About ${label}` } : c,
          ),
        },
      });
      return victim.id;
    }, PAYLOAD);

    await navigate(page, 'sectors');
    const figure = PAGES.sectors.content(page);
    await expect(figure.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();
    await figure.getByRole('button', { name: 'Show table' }).click();
    const button = figure.getByRole('button', { name: `${PAYLOAD}: show details` });
    await expect(button).toHaveText(PAYLOAD);
    await button.click();
    await expect(page).toHaveURL(new RegExp(`[?&]detail=${id}(&|$)`));
    await expect(page.getByRole('heading', { level: 2, name: PAYLOAD, exact: true })).toBeVisible();
    await expect(page.getByText(`About ${PAYLOAD}`)).toBeVisible();

    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('a statement and an expert name with HTML are shown literally on the viewpoints page', async ({
    page,
    consoleErrors,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await startOutsideThePages(page);
    await page.evaluate(async (payload) => {
      const mock = window.korusMock!;
      const data = await mock.getDataset();
      const first = data.viewpoints[0]!;
      mock.setDataset({
        ...data,
        viewpoints: data.viewpoints.map((v) =>
          v.id === first.id ? { ...v, statement: `Claimed ${payload} here` } : v,
        ),
        experts: data.experts.map((e) => (e.id === first.expertId ? { ...e, name: payload } : e)),
      });
    }, PAYLOAD);

    await navigate(page, 'viewpoints');
    await expect(PAGES.viewpoints.content(page)).toBeVisible();
    await expect(page.getByText(`Claimed ${PAYLOAD} here`).first()).toBeVisible();
    await expect(page.getByText(PAYLOAD, { exact: true }).first()).toBeVisible();

    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
