// The mock API in the browser (service worker), used when no VITE_API_BASE_URL is set. This chunk holds msw and
// the handlers only; each data set is a chunk of its own, loaded the first time an endpoint serves it.
import { setupWorker } from 'msw/browser';
import { getDataset, resetDataset, setDataset, type Dataset } from './datasets.ts';
import { clearFaults, faultHandler, setFault, type Fault } from './faults.ts';
import { createHandlers, getLatency, setLatency } from './handlers.ts';

const worker = setupWorker(faultHandler, ...createHandlers());

// No simulated latency in the production build; in `npm run dev` a small one keeps loading states visible.
setLatency(import.meta.env.DEV ? 120 : 0);

export interface MockControl {
  setFault: (path: string, fault: Fault) => void;
  clearFaults: () => void;
  /** The whole data set being served (loads every file). */
  getDataset: () => Promise<Dataset>;
  /** Serves this data set (or the one the promise gives) instead of the files, until `resetDataset()`. */
  setDataset: (dataset: Dataset | Promise<Dataset>) => void;
  resetDataset: () => void;
  /** Simulated latency of every answer, in ms (0 in the production build). */
  setLatency: (ms: number) => void;
  getLatency: () => number;
}

declare global {
  interface Window {
    /** Test and benchmark control of the mock API (absent when a real API is used). */
    korusMock?: MockControl;
  }
}

window.korusMock = { setFault, clearFaults, getDataset, setDataset, resetDataset, setLatency, getLatency };

/** Resolves once a service worker controls the page (or after a few seconds, leaving msw to sort it out). */
function controlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      container.removeEventListener('controllerchange', done);
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, 5000);
    container.addEventListener('controllerchange', done);
  });
}

let started: Promise<void> | null = null;

/**
 * Registers the service worker (or takes over the registration the page began, `early`); resolves once it
 * answers the page's requests. Once: a second call (public/boot.js, then the app) gets the first one's promise.
 */
export function startMockApi(early?: Promise<ServiceWorkerRegistration>): Promise<void> {
  started ??= start(early);
  return started;
}

async function start(early?: Promise<ServiceWorkerRegistration>): Promise<void> {
  // msw reloads a page that a registered worker does not control yet: let the early registration take control
  // first (the worker claims its clients on activation). A failed one is msw's to report.
  if (early) await early.then(controlled, () => undefined);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
