// Fault injection for the mock API: lets end-to-end tests and the benchmark make any endpoint fail in a
// chosen way (in the browser, through `window.korusMock`), so error states can be exercised for real.
import { delay, http, HttpResponse } from 'msw';

export type FaultKind = 'http-500' | 'network' | 'slow' | 'malformed-json' | 'invalid-schema' | 'html';

export interface Fault {
  kind: FaultKind;
  /** For `slow`: how long to wait before answering normally, in ms. */
  delayMs?: number;
}

const faults = new Map<string, Fault>();

/** `path` is matched against the request path, e.g. "/api/v1/trade/annual" or "/api/v1/" for all. */
export function setFault(path: string, fault: Fault): void {
  faults.set(path, fault);
}

export function clearFaults(): void {
  faults.clear();
}

function faultFor(pathname: string): Fault | undefined {
  let best: [string, Fault] | undefined;
  for (const entry of faults) {
    if (pathname.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1];
}

/** Runs before the real handlers; answers only when a fault is set for the path. */
export const faultHandler = http.all('*/api/v1/*', async ({ request }) => {
  const fault = faultFor(new URL(request.url).pathname);
  if (!fault) return undefined;
  switch (fault.kind) {
    case 'http-500':
      return HttpResponse.json(
        { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Injected fault.' },
        { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
      );
    case 'network':
      return HttpResponse.error();
    case 'slow':
      await delay(fault.delayMs ?? 10_000);
      return undefined;
    case 'malformed-json':
      return new HttpResponse('{"rows": [1, 2', { headers: { 'Content-Type': 'application/json' } });
    case 'invalid-schema':
      return HttpResponse.json({ unexpected: true, rows: 'not a list' });
    case 'html':
      return new HttpResponse('<!doctype html><title>SPA fallback</title>', {
        headers: { 'Content-Type': 'text/html' },
      });
  }
});
