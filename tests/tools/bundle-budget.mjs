// Fails when the first-load JS (gzip) of any route exceeds the budget. Measured: see README "Performance".
import { bundleReport, kb } from './bundle-report.mjs';

// Budgets = the largest route's measured size + 10%, rounded up (measured 125.9 KB and 261.4 KB gzip).
// First load: what a route needs to show its filters, headline figures and skeletons (ceiling 250 KB).
// With its charts: plus the chart chunks it starts loading at once, in parallel with its data.
const BUDGET_GZIP = Number(process.env.BUNDLE_BUDGET_KB ?? 139) * 1024;
const BUDGET_WITH_CHARTS_GZIP = Number(process.env.BUNDLE_BUDGET_CHARTS_KB ?? 288) * 1024;

const { routes, mockApi } = bundleReport();
let failed = false;
for (const r of routes) {
  const over = r.jsGzip > BUDGET_GZIP || r.withChartsJsGzip > BUDGET_WITH_CHARTS_GZIP;
  failed ||= over;
  console.log(
    `${over ? 'OVER ' : 'ok   '} ${r.route.padEnd(12)} first-load JS ${kb(r.jsGzip)} gzip (${kb(r.jsRaw)} raw), CSS ${kb(r.cssGzip)} gzip; with its charts ${kb(r.withChartsJsGzip)} gzip`,
  );
}
if (mockApi) console.log(`      mock API chunk (not counted): ${kb(mockApi.gzip)} gzip`);
console.log(`budget per route: first load ${kb(BUDGET_GZIP)} gzip, with charts ${kb(BUDGET_WITH_CHARTS_GZIP)} gzip`);
process.exit(failed ? 1 : 0);
