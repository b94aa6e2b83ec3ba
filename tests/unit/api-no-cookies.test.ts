// The mock API in the browser runs msw with an empty cookie store (mocks/msw-cookie-store.ts): cookies its
// handlers set would be dropped there. None sets one, and this keeps it so: every endpoint, asked the way the
// app asks, answers without a Set-Cookie header.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../mocks/handlers.ts';

const BASE = 'http://localhost';
// One request per endpoint with the parameters it needs, and its status (the last handler answers any other path).
const REQUESTS: Record<string, [query: string, status: number]> = {
  '/api/v1/meta': ['', 200],
  '/api/v1/trade/annual': ['?category=goods', 200],
  '/api/v1/sectors': ['?classification=usitc-sectors', 200],
  '/api/v1/trade/sectors': ['?classification=usitc-sectors&year=2019', 200],
  '/api/v1/events': ['', 200],
  '/api/v1/trade/monthly': ['', 200],
  '/api/v1/partners': ['', 200],
  '/api/v1/partners/annual': ['', 200],
  '/api/v1/experts': ['', 200],
  '/api/v1/viewpoints': ['', 200],
  '/api/v1/hs-chapters': ['', 200],
  '/api/v1/trade/hs-chapters': ['?year=2019&flow=balance', 200],
  '/api/v1/trade/hs-sections': ['?year=2019&flow=balance', 200],
  '/api/v1/tariff-commitments': ['', 200],
  '/api/v1/*': ['', 404],
};

describe('the mock API sets no cookies', () => {
  const paths = createHandlers().map((handler) => String(handler.info.path).replace(/^\*/, ''));

  it('has a request here for every endpoint it serves', () => {
    expect(paths.length).toBeGreaterThan(10);
    expect([...paths].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  it.each(Object.entries(REQUESTS))('%s answers without Set-Cookie', async (path, [query, status]) => {
    const res = await fetch(new URL(path.replace('*', 'no-such-endpoint') + query, BASE));
    expect(res.status, await res.clone().text()).toBe(status);
    expect(res.headers.get('set-cookie')).toBeNull();
  });
});
