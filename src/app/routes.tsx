// Route table. Pages load lazily so each route's first load carries only its own code.
import type { RouteObject } from 'react-router';
import { AppLayout } from './layout.tsx';
import { RouteError } from './route-error.tsx';
import { NotFoundPage } from './not-found.tsx';
import { PageFallback } from './page-fallback.tsx';

export const routes: RouteObject[] = [
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
            lazy: async () => ({ Component: (await import('../features/overview/overview-page.tsx')).OverviewPage }),
          },
          {
            path: 'trends',
            lazy: async () => ({ Component: (await import('../features/trends/trends-page.tsx')).TrendsPage }),
          },
          {
            path: 'sectors',
            lazy: async () => ({ Component: (await import('../features/sectors/sectors-page.tsx')).SectorsPage }),
          },
          {
            path: 'viewpoints',
            lazy: async () => ({
              Component: (await import('../features/viewpoints/viewpoints-page.tsx')).ViewpointsPage,
            }),
          },
          { path: '*', Component: NotFoundPage },
        ],
      },
    ],
  },
];
