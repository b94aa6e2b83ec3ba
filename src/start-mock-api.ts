// Starts the mock API (msw in a service worker) when no real API is configured (VITE_API_BASE_URL unset). This is
// the first import of src/main.tsx, so it runs before the rest of the app's code is evaluated: the mock API's code
// is asked for, and evaluated, ahead of the route's, and the worker's start overlaps the page's first render.

/** Resolves once the mock API answers requests; rejects if it cannot start. Null with a real API. */
export const mockApiReady: Promise<void> | null = import.meta.env.VITE_API_BASE_URL ? null : start();

function start(): Promise<void> {
  // The registration began as the HTML was parsed (public/boot.js); registering the same script again returns it,
  // and covers a page served without that script.
  const registration =
    'serviceWorker' in navigator
      ? navigator.serviceWorker.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`)
      : undefined;
  registration?.catch(() => undefined);
  // The first chart's data files load alongside msw's code (a small chunk of its own), not after it has run.
  void import('../mocks/first-chart-data.ts').then(
    (data) => data.loadFirstChartData(),
    () => undefined,
  );
  return import('../mocks/browser.ts').then((mock) => mock.startMockApi(registration));
}
