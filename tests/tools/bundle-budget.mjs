// Fails when the first-load JS (gzip) of any route exceeds the budget. Measured: see README "Performance".
import { bundleReport, kb } from './bundle-report.mjs';

// Budget = measured first-load JS of the largest route + 10%, rounded up (the ceiling is 250 KB).
const BUDGET_GZIP = Number(process.env.BUNDLE_BUDGET_KB ?? 250) * 1024;

const { routes, mockApi } = bundleReport();
let failed = false;
for (const r of routes) {
  const over = r.jsGzip > BUDGET_GZIP;
  failed ||= over;
  console.log(`${over ? 'OVER ' : 'ok   '} ${r.route.padEnd(12)} first-load JS ${kb(r.jsGzip)} gzip (${kb(r.jsRaw)} raw), CSS ${kb(r.cssGzip)} gzip`);
}
if (mockApi) console.log(`      mock API chunk (not counted): ${kb(mockApi.gzip)} gzip`);
console.log(`budget: ${kb(BUDGET_GZIP)} gzip per route`);
process.exit(failed ? 1 : 0);
