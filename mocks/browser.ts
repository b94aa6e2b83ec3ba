// The mock API in the browser (service worker), used when no VITE_API_BASE_URL is set.
import { setupWorker } from 'msw/browser';
import { getDataset, realDataset, resetDataset, setDataset, type Dataset } from './db.ts';
import { clearFaults, faultHandler, setFault, type Fault } from './faults.ts';
import { createHandlers } from './handlers.ts';

// A small, realistic latency so that loading states are what users of a real API would see.
export const worker = setupWorker(faultHandler, ...createHandlers({ latencyMs: 120 }));

export interface MockControl {
  setFault: (path: string, fault: Fault) => void;
  clearFaults: () => void;
  getDataset: () => Dataset;
  setDataset: (dataset: Dataset) => void;
  resetDataset: () => void;
  realDataset: Dataset;
}

declare global {
  interface Window {
    /** Test and benchmark control of the mock API (absent when a real API is used). */
    korusMock?: MockControl;
  }
}

window.korusMock = { setFault, clearFaults, getDataset, setDataset, resetDataset, realDataset };
