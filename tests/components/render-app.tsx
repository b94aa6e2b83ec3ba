// Renders the real app (routes, providers) at a URL, on the msw test server, with a fresh QueryClient.
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../../src/app/providers.tsx';
import { routerInitialized } from '../../src/app/router-ready.ts';
import { createRoutes, type RouteOptions } from '../../src/app/routes.tsx';

function appAt(url: string, options?: RouteOptions) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(createRoutes(client, options), { initialEntries: [url] });
  const draw = () =>
    render(
      <AppProviders client={client}>
        <RouterProvider router={router} />
      </AppProviders>,
    );
  return { client, router, draw };
}

export function renderApp(url: string) {
  const { client, router, draw } = appAt(url);
  return { ...draw(), router, client };
}

/**
 * Opens the app at `url` as src/main.tsx does on a page load: the first render waits for the router's first
 * navigation, whose loader waits (a moment at most) for the first chart's data. `waited`: how long, in ms.
 */
export async function openApp(url: string) {
  let rendered = false;
  const { client, router, draw } = appAt(url, { isFirstRender: () => !rendered });
  const started = performance.now();
  await routerInitialized(router);
  const waited = performance.now() - started;
  rendered = true;
  return { ...draw(), router, client, waited };
}
