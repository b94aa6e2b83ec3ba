// The mock API in the browser (service worker), used when no VITE_API_BASE_URL is set.
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.ts';

// A small, realistic latency so that loading states are what users of a real API would see.
export const worker = setupWorker(...createHandlers({ latencyMs: 120 }));
