// First: the mock API's start (begun by public/boot.js; see start-mock-api.ts), which the requests wait for.
import { mockApiReady } from './start-mock-api.ts';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { waitForApi } from './api/client.ts';
import { AppProviders } from './app/providers.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createRoutes } from './app/routes.tsx';
import { routerInitialized } from './app/router-ready.ts';
import { followShellFocus, ShellFocusHandover } from './app/shell-focus.tsx';
import './app/styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing from index.html');
const root = createRoot(container);

// Without a real API the mock API runs in a service worker. The page does not wait for it: the shell, the route's
// code and its skeletons render at once, and only the requests wait (api/client.ts).
let apiFailed = false;
if (mockApiReady) {
  waitForApi(mockApiReady);
  mockApiReady.catch((error: unknown) => {
    console.error(error);
    apiFailed = true;
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
let rendered = false;
const router = createBrowserRouter(createRoutes(client, { isFirstRender: () => !rendered }));
followShellFocus();
const renderApp = () => {
  // After the mock API failed to start, its message stays.
  if (apiFailed) return;
  rendered = true;
  // A transition: the first render is time-sliced, so the mock API's start (messages with its service worker) and
  // the first requests go on during it instead of waiting behind one long task.
  startTransition(() =>
    root.render(
      // Router updates without transitions: a filter change (URL) commits in the same render as the page's own
      // state instead of a moment later, so a chart redraws once per change.
      <StrictMode>
        <AppProviders client={client}>
          <ShellFocusHandover container={container} />
          <RouterProvider router={router} useTransitions={false} />
        </AppProviders>
      </StrictMode>,
    ),
  );
};
// The first render waits for the opened route's code and (for a moment at most) its first chart's data
// (app/routes.tsx): the route's HTML shows the page's header and a skeleton until then (app/static-shell.ts), and
// the page then takes its place with the same header, drawn with its data in one render.
void routerInitialized(router).then(renderApp);
