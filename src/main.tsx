import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { waitForApi } from './api/client.ts';
import { AppProviders } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

// Without a real API (VITE_API_BASE_URL unset) the mock API runs in a service worker. The page does not wait for
// it: the shell, the route's code and its skeletons render at once, and only the requests wait (api/client.ts).
if (!import.meta.env.VITE_API_BASE_URL) {
  // A service worker's first registration takes a while (its script is fetched, installed and activated): begin it
  // at once, while the mock API's own code is still on its way; startMockApi waits for it.
  const registration =
    'serviceWorker' in navigator
      ? navigator.serviceWorker.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`)
      : undefined;
  registration?.catch(() => undefined);
  const ready = import('../mocks/browser.ts').then((mock) => mock.startMockApi(registration));
  waitForApi(ready);
  ready.catch((error: unknown) => {
    console.error(error);
    root.render(
      <main className="page page--narrow">
        <div className="notice notice--error" role="alert">
          <h1>The data service could not start</h1>
          <p>
            This dashboard serves its data through a service worker, which this browser did not allow. Reload the page,
            or open it in a browser window that allows service workers (not a private window in some browsers).
          </p>
        </div>
      </main>,
    );
  });
}

const client = createQueryClient();
const router = createBrowserRouter(createRoutes(client));
// Router updates without transitions: a filter change (URL) commits in the same render as the page's own state
// instead of a moment later, so a chart redraws once per change.
root.render(
  <StrictMode>
    <AppProviders client={client}>
      <RouterProvider router={router} useTransitions={false} />
    </AppProviders>
  </StrictMode>,
);
