// The reference page's mock API: one endpoint, the real goods series, in a service worker (msw).
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import goods from '../../../mocks/data/goods-annual.json';

export const worker = setupWorker(http.get('/api/series', () => HttpResponse.json({ rows: goods })));
