// Route table. Pages load lazily so each route's first load carries only its own code; each route's loader
// starts its page's data requests at once, in parallel with the page's code. On the app's first render the
// loader also waits (at most FIRST_RENDER_DATA_WAIT_MS) for the data of the page's first chart: the route's
// HTML shows the page's header and a skeleton meanwhile (static-shell.ts), and the page then renders once,
// with its chart, instead of rendering its skeletons first and everything again when the data arrives. That
// second render took the main thread while the mock API's worker was starting and its answers were coming in.
import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import {
  annualTradeQuery,
  eventsQuery,
  expertsQuery,
  hsBalanceQuery,
  hsCatalogueQuery,
  metaQuery,
  sectorsQuery,
  viewpointsQuery,
} from '../api/queries.ts';
import { AppLayout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFoundPage } from './not-found.tsx';
import { PageFallback } from './page-fallback.tsx';

/** How long the app's first render waits for its first chart's data before it shows its own skeletons. */
export const FIRST_RENDER_DATA_WAIT_MS = 800;

/** Starts a page's requests; resolves when those of its first chart have settled (answered or failed). */
type Prefetch = (client: QueryClient, search: URLSearchParams) => Promise<unknown>;

const prefetch: Record<'overview' | 'trends' | 'sectors' | 'viewpoints', Prefetch> = {
  overview: (client) =>
    Promise.all([client.prefetchQuery(annualTradeQuery({ category: 'goods' })), client.prefetchQuery(eventsQuery())]),
  trends: (client, search) => {
    const shown = client.prefetchQuery(
      annualTradeQuery({ category: search.get('category') === 'services' ? 'services' : 'goods' }),
    );
    // For the cards further down, which draw after the chart.
    void client.prefetchQuery(annualTradeQuery({ category: 'services' }));
    return Promise.all([shown, client.prefetchQuery(eventsQuery())]);
  },
  sectors: (client, search) => {
    // The HS views (the default one: the balance by chapter) start from the HS catalogue; the other
    // classifications from the sector catalogue, their figures depending on its defaults (fetched by the page).
    // The tariff and context cards further down ask for their own figures when they render.
    const classification = search.get('classification');
    if (classification === null || classification.startsWith('hs-')) {
      const catalogue = client.prefetchQuery(hsCatalogueQuery());
      return classification === null && !search.has('flow')
        ? Promise.all([catalogue, client.prefetchQuery(hsBalanceQuery())])
        : catalogue;
    }
    return client.prefetchQuery(sectorsQuery());
  },
  viewpoints: (client) =>
    Promise.all([
      client.prefetchQuery(expertsQuery()),
      client.prefetchQuery(viewpointsQuery()),
      client.prefetchQuery(eventsQuery()),
    ]),
};

export interface RouteOptions {
  /** True until the app's first render (main.tsx): the loaders then wait for the first chart's data. */
  isFirstRender?: () => boolean;
}

function loaderFor(client: QueryClient, page: keyof typeof prefetch, options: RouteOptions) {
  return async ({ request }: { request: Request }) => {
    const firstChart = Promise.all([
      client.prefetchQuery(metaQuery()),
      prefetch[page](client, new URL(request.url).searchParams),
    ]);
    // Later navigations show the page at once, with its skeletons.
    if (options.isFirstRender?.()) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        firstChart,
        new Promise((resolve) => (timer = setTimeout(resolve, FIRST_RENDER_DATA_WAIT_MS))),
      ]);
      clearTimeout(timer);
    }
    return null;
  };
}

// A page's first chart lives in a chunk of its own (with the chart library), which the page would only ask for
// once its own chunk has run: ask for both at once, so the chart's code arrives with the page's.
const alongside = (load: Promise<unknown>) => void load.catch(() => undefined);

// Filter changes (search params) stay on the page: no loader run, so they apply without a network step.
const samePageKeepsData = ({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) =>
  currentUrl.pathname !== nextUrl.pathname;

export const createRoutes = (client: QueryClient, options: RouteOptions = {}): RouteObject[] => [
  {
    path: '/',
    Component: AppLayout,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageFallback />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          {
            index: true,
            loader: loaderFor(client, 'overview', options),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/overview/balance-overview-card.tsx'));
              return { Component: (await import('../features/overview/overview-page.tsx')).OverviewPage };
            },
          },
          {
            path: 'trends',
            loader: loaderFor(client, 'trends', options),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/trends/trade-chart.tsx'));
              return { Component: (await import('../features/trends/trends-page.tsx')).TrendsPage };
            },
          },
          {
            path: 'sectors',
            loader: loaderFor(client, 'sectors', options),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/sectors/hs-balance-card.tsx'));
              return { Component: (await import('../features/sectors/sectors-page.tsx')).SectorsPage };
            },
          },
          {
            path: 'viewpoints',
            loader: loaderFor(client, 'viewpoints', options),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/viewpoints/statement-timeline.tsx'));
              return { Component: (await import('../features/viewpoints/viewpoints-page.tsx')).ViewpointsPage };
            },
          },
          {
            path: 'data',
            loader: () => {
              void client.prefetchQuery(metaQuery());
              return null;
            },
            lazy: async () => ({ Component: (await import('../features/data/data-page.tsx')).DataPage }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
