// Route table. Pages load lazily so each route's first load carries only its own code; each route's loader
// starts its page's data requests at once, in parallel with the page's code, without waiting for them.
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

type Prefetch = (client: QueryClient, search: URLSearchParams) => void;

const prefetch: Record<'overview' | 'trends' | 'sectors' | 'viewpoints', Prefetch> = {
  overview: (client) => {
    void client.prefetchQuery(annualTradeQuery({ category: 'goods' }));
    void client.prefetchQuery(eventsQuery());
  },
  trends: (client, search) => {
    void client.prefetchQuery(
      annualTradeQuery({ category: search.get('category') === 'services' ? 'services' : 'goods' }),
    );
    void client.prefetchQuery(annualTradeQuery({ category: 'services' }));
    void client.prefetchQuery(eventsQuery());
  },
  sectors: (client, search) => {
    // The HS views (the default one: the balance by chapter) start from the HS catalogue; the other
    // classifications from the sector catalogue, their figures depending on its defaults (fetched by the page).
    // The tariff and context cards further down ask for their own figures when they render.
    const classification = search.get('classification');
    if (classification === null || classification.startsWith('hs-')) {
      void client.prefetchQuery(hsCatalogueQuery());
      if (classification === null && !search.has('flow')) void client.prefetchQuery(hsBalanceQuery());
    } else {
      void client.prefetchQuery(sectorsQuery());
    }
  },
  viewpoints: (client) => {
    void client.prefetchQuery(expertsQuery());
    void client.prefetchQuery(viewpointsQuery());
  },
};

function loaderFor(client: QueryClient, page: keyof typeof prefetch) {
  return ({ request }: { request: Request }) => {
    void client.prefetchQuery(metaQuery());
    prefetch[page](client, new URL(request.url).searchParams);
    return null;
  };
}

// A page's first chart lives in a chunk of its own (with the chart library), which the page would only ask for
// once its own chunk has run: ask for both at once, so the chart's code arrives with the page's.
const alongside = (load: Promise<unknown>) => void load.catch(() => undefined);

// Filter changes (search params) stay on the page: no loader run, so they apply without a network step.
const samePageKeepsData = ({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) =>
  currentUrl.pathname !== nextUrl.pathname;

export const createRoutes = (client: QueryClient): RouteObject[] => [
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
            loader: loaderFor(client, 'overview'),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/overview/balance-overview-card.tsx'));
              return { Component: (await import('../features/overview/overview-page.tsx')).OverviewPage };
            },
          },
          {
            path: 'trends',
            loader: loaderFor(client, 'trends'),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/trends/trade-chart.tsx'));
              return { Component: (await import('../features/trends/trends-page.tsx')).TrendsPage };
            },
          },
          {
            path: 'sectors',
            loader: loaderFor(client, 'sectors'),
            shouldRevalidate: samePageKeepsData,
            lazy: async () => {
              alongside(import('../features/sectors/hs-balance-card.tsx'));
              return { Component: (await import('../features/sectors/sectors-page.tsx')).SectorsPage };
            },
          },
          {
            path: 'viewpoints',
            loader: loaderFor(client, 'viewpoints'),
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
