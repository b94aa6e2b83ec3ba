// Fails when the first-load JS (gzip) of any route exceeds the budget, or when the mock API chunk grows past its
// own (msw and the handlers only: the data sets are chunks of their own, loaded when an endpoint needs them).
// Measured: see README "Performance".
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundleReport, kb } from './bundle-report.mjs';

// Route budgets: the largest route's measured size + 10%, rounded up. Reset when the trends page gained its monthly,
// partner and tariff cards and the sectors page its HS-chapter views: measured 139.6 KB first load (/trends) and
// 299.1 KB with charts (/sectors). With the shared code in one chunk: 143.0 KB first load (/sectors; + 10% would be
// above the budget, which stays) and 292.6 KB with charts (/sectors), so 322 KB.
// First load: what a route needs to show its filters, headline figures and skeletons (ceiling 250 KB).
// With its charts: plus the chart chunks it starts loading at once, in parallel with its data.
const BUDGET_GZIP = Number(process.env.BUNDLE_BUDGET_KB ?? 154) * 1024;
const BUDGET_WITH_CHARTS_GZIP = Number(process.env.BUNDLE_BUDGET_CHARTS_KB ?? 322) * 1024;
// The mock API chunk: measured 42.1 KB gzip (msw without its cookie store, mocks/msw-cookie-store.ts, + handlers),
// + 10%: 47 KB. It was 193.4 KB with the data inside, 162.7 KB with msw's cookie store (tough-cookie, tldts).
const BUDGET_MOCK_GZIP = Number(process.env.BUNDLE_BUDGET_MOCK_KB ?? 47) * 1024;

const { routes, mockApi } = bundleReport();
let failed = false;
for (const r of routes) {
  const over = r.jsGzip > BUDGET_GZIP || r.withChartsJsGzip > BUDGET_WITH_CHARTS_GZIP;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${r.route.padEnd(12)} first-load JS ${kb(r.jsGzip)} gzip (${kb(r.jsRaw)} raw), CSS ${kb(r.cssGzip)} gzip; with its charts ${kb(r.withChartsJsGzip)} gzip`,
  );
}
if (mockApi) {
  // No data set may be bundled into the mock API chunk (statically imported): each must stay a dynamic import.
  const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'dist/.vite/manifest.json'), 'utf8'));
  const bundledData = (manifest['mocks/browser.ts']?.imports ?? []).filter((k) => k.startsWith('mocks/data/'));
  const over = mockApi.gzip > BUDGET_MOCK_GZIP || bundledData.length > 0;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} mock API chunk (not counted in routes): ${kb(mockApi.gzip)} gzip${bundledData.length ? `; bundles data: ${bundledData.join(', ')}` : ''}`,
  );
}
console.log(
  `budget per route: first load ${kb(BUDGET_GZIP)} gzip, with charts ${kb(BUDGET_WITH_CHARTS_GZIP)} gzip; mock API ${kb(BUDGET_MOCK_GZIP)} gzip`,
);
process.exit(failed ? 1 : 0);
