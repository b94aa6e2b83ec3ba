// Starts the mock API (msw in a service worker) when no real API is configured (VITE_API_BASE_URL unset). This is
// the first import of src/main.tsx, so it runs before the rest of the app's code is evaluated.

declare global {
  interface Window {
    /** Set by public/boot.js, which starts the mock API as soon as its code arrives. */
    korusBoot?: { mockApi?: Promise<void> };
  }
}

/** Resolves once the mock API answers requests; rejects if it cannot start. Null with a real API. */
export const mockApiReady: Promise<void> | null = import.meta.env.VITE_API_BASE_URL
  ? null
  : // Should boot.js's start fail (its import, say), this one asks again: the module starts msw only once.
    (window.korusBoot?.mockApi?.catch(start) ?? start());

function start(): Promise<void> {
  // Registering the script public/boot.js registered returns its registration; this covers a page served without
  // that script (`npm run dev`).
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
