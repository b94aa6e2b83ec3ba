// Test setup: jest-dom matchers, the shared msw server (unhandled requests fail the test),
// and the layout APIs jsdom lacks so that recharts can draw at a fixed size.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '../mocks/node.ts';
import { resetDataset } from '../mocks/db.ts';

class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    const entry = {
      target,
      contentRect: { ...rect, toJSON: () => rect },
      borderBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
      devicePixelContentBoxSize: [{ inlineSize: 800, blockSize: 400 }],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver;
// jsdom does not implement scrolling; the router's scroll restoration calls it.
window.scrollTo = () => undefined;

// findBy… waits up to 10 s: lazy pages and charts can be slow on a loaded CI machine.
configure({ asyncUtilTimeout: 10_000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  resetDataset();
});
afterAll(() => server.close());
