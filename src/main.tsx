import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import './app/styles.css';

// Without a real API (VITE_API_BASE_URL unset) the mock API runs in a service worker; it must be
// ready before the first request, so rendering waits for it.
async function startMockApi(): Promise<void> {
  if (import.meta.env.VITE_API_BASE_URL) return;
  const { worker } = await import('../mocks/browser.ts');
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

startMockApi()
  .then(() => {
    const client = createQueryClient();
    const router = createBrowserRouter(createRoutes(client));
    root.render(
      <StrictMode>
        <AppProviders client={client}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    root.render(
      <main className="page page--narrow">
        <div className="notice notice--error" role="alert">
          <h1>The data service could not start</h1>
          <p>
            This dashboard serves its data through a service worker, which this browser did not allow. Reload the
            page, or open it in a browser window that allows service workers (not a private window in some browsers).
          </p>
        </div>
      </main>,
    );
  });
