// The app's first render, as src/main.tsx does it: the route's loader waits (at most FIRST_RENDER_DATA_WAIT_MS)
// for the first chart's data, so that the page is drawn once, with its figures, not as skeletons first. Later
// navigations do not wait, and neither a slow nor a failing API holds the page back longer than that.
import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import goods from '../../mocks/data/goods-annual.json';
import { server } from '../../mocks/node.ts';
import { FIRST_RENDER_DATA_WAIT_MS } from '../../src/app/routes.tsx';
import { formatBn } from '../../src/lib/format.ts';
import { openApp } from './render-app.tsx';

// The pages' code is compiled before the tests, so that an answer held back a moment arrives after it.
beforeAll(async () => {
  await Promise.all([
    import('../../src/features/trends/trends-page.tsx'),
    import('../../src/features/trends/trade-chart.tsx'),
    import('../../src/features/sectors/sectors-page.tsx'),
    import('../../src/features/sectors/hs-balance-card.tsx'),
  ]);
}, 30_000);

/** Holds the answers of an endpoint back a moment (less than the wait), then lets the mock API give them. */
const heldBack = (path: string) =>
  server.use(
    http.get(`*/api/v1${path}`, async () => {
      await delay(FIRST_RENDER_DATA_WAIT_MS / 2);
    }),
  );

const latestFull = goods.findLast((r) => r.exports !== null && r.imports !== null)!;

describe('the first render of a page opened by its address', () => {
  it('trends: the headline figures and the chart card are there at once, with no loading block', async () => {
    heldBack('/trade/annual');
    await openApp('/trends');
    // Synchronous queries: nothing is awaited after the first render.
    expect(screen.queryByRole('status', { name: /Loading goods trade figures/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Loading goods trade figures…')).not.toBeInTheDocument();
    const headline = screen.getByRole('region', { name: /^Headline figures, goods,/ });
    expect(headline).toHaveTextContent(formatBn(latestFull.exports));
    expect(screen.getByRole('figure', { name: /^US goods trade with South Korea/ })).toBeInTheDocument();
  });

  it('sectors: the balance by HS chapter is drawn from the answers the loader brought, at once', async () => {
    heldBack('/trade/hs-chapters');
    await openApp('/sectors');
    expect(
      screen.getByRole('figure', { name: /^Balance by HS chapters, \d{4}: US exports − US imports/ }),
    ).toBeInTheDocument();
  });

  it('a slow API holds the first render no longer than the wait: the page shows its loading blocks', async () => {
    server.use(
      http.get('*/api/v1/trade/annual', async () => {
        await delay(FIRST_RENDER_DATA_WAIT_MS + 2_000);
        return HttpResponse.json({ title: 'late' }, { status: 503 });
      }),
    );
    const { waited } = await openApp('/trends');
    expect(waited).toBeGreaterThanOrEqual(FIRST_RENDER_DATA_WAIT_MS - 50);
    expect(waited).toBeLessThan(FIRST_RENDER_DATA_WAIT_MS + 1_500);
    expect(screen.getByRole('heading', { level: 1, name: 'Trade trends' })).toBeInTheDocument();
    expect(screen.getAllByText('Loading goods trade figures…').length).toBeGreaterThan(0);
  });

  it('a failing API does not hold it for the whole wait, and the error is shown with Retry', async () => {
    server.use(http.get('*/api/v1/trade/annual', () => HttpResponse.json({ title: 'boom' }, { status: 500 })));
    const { waited } = await openApp('/trends');
    expect(waited).toBeLessThan(FIRST_RENDER_DATA_WAIT_MS);
    // The page asks once more as it mounts (a failed query is retried on mount), then says so.
    const alert = (await screen.findAllByRole('alert'))[0]!;
    expect(alert).toHaveTextContent('Could not load goods trade figures');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('a later navigation shows the next page at once, with its loading state, not after its data', async () => {
    const { router } = await openApp('/');
    server.use(
      http.get('*/api/v1/viewpoints', async () => {
        await delay(5_000);
        return HttpResponse.json({ title: 'late' }, { status: 503 });
      }),
    );
    const started = performance.now();
    await router.navigate('/viewpoints');
    expect(performance.now() - started).toBeLessThan(FIRST_RENDER_DATA_WAIT_MS);
    expect(await screen.findByRole('heading', { level: 1, name: 'Expert viewpoints' })).toBeInTheDocument();
    expect(screen.getByText('Loading the expert statements…')).toBeInTheDocument();
  });
});
