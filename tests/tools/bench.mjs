// Benchmark: bundle sizes, and in headless Chromium against `vite preview` the time from navigation to the
// first chart drawn per route (cold and warm) and from a filter change to the chart updating (normal speed and
// 4× CPU throttling), plus a scale check on a synthetic sector catalogue. Prints tables, writes
// bench/results.json.   npm run bench [-- --runs 7 --no-build]
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { bundleReport, kb } from './bundle-report.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const PORT = Number(process.env.BENCH_PORT ?? 4599);
const BASE = `http://localhost:${PORT}`;
const CHART = '.recharts-wrapper svg.recharts-surface';
const ROUTES = { '/': CHART, '/trends': CHART, '/sectors': CHART, '/viewpoints': CHART };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === null || x === undefined ? '—' : `${x.toFixed(0)} ms`);

if (!args.includes('--no-build')) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// ---- bundle
const bundle = bundleReport();
console.log('\nBundle (gzip level 9)');
for (const c of [...bundle.chunks].sort((a, b) => b.gzip - a.gzip)) {
  console.log(`  ${c.file.padEnd(44)} ${kb(c.raw).padStart(10)} raw ${kb(c.gzip).padStart(10)} gzip   ${c.key}`);
}
console.log('\nFirst load per route (JS gzip; mock API not counted)');
for (const r of bundle.routes) {
  console.log(`  ${r.route.padEnd(12)} first load ${kb(r.jsGzip).padStart(9)}   with its charts ${kb(r.withChartsJsGzip).padStart(9)}   CSS ${kb(r.cssGzip)}`);
}

// ---- browser timings
const preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
const stopPreview = () => {
  try {
    process.kill(-preview.pid);
  } catch {
    /* already gone */
  }
};
process.on('exit', stopPreview);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(BASE)).ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function timeToChart(page, path, selector) {
  await page.goto(BASE + path, { waitUntil: 'commit' });
  await page.waitForFunction((sel) => document.querySelector(sel) !== null, selector, { polling: 'raf', timeout: 30_000 });
  return page.evaluate(() => performance.now());
}

async function throttle(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

const loads = {};
for (const [path, selector] of Object.entries(ROUTES)) {
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    // Cold: a new profile each time (no HTTP cache, no service worker yet).
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    cold.push(await timeToChart(page, path, selector));
    // Warm: the same profile again (cached assets, service worker installed).
    warm.push(await timeToChart(page, path, selector));
    await context.close();
  }
  loads[path] = { coldMs: median(cold), warmMs: median(warm), runs: RUNS };
}
console.log(`\nNavigation to first chart drawn (median of ${RUNS})`);
for (const [path, r] of Object.entries(loads)) console.log(`  ${path.padEnd(12)} cold ${ms(r.coldMs).padStart(8)}   warm ${ms(r.warmMs).padStart(8)}`);

/**
 * Changes a <select> (by its label) and measures until `done(text)` holds for the figure's caption, in the
 * page's own clock, polled every animation frame.
 */
async function filterChange(page, label, values, figureIndex = 0) {
  const times = [];
  for (const value of values) {
    times.push(
      await page.evaluate(
        ({ label, value, figureIndex }) =>
          new Promise((resolveTime, reject) => {
            const select = [...document.querySelectorAll('label')].find((l) => l.textContent === label)?.control;
            if (!(select instanceof HTMLSelectElement)) return reject(new Error(`no select ${label}`));
            const caption = () => document.querySelectorAll('figure figcaption')[figureIndex]?.textContent ?? '';
            const before = caption();
            const t0 = performance.now();
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            const poll = () => {
              const figure = document.querySelectorAll('figure')[figureIndex];
              const drawn = figure?.querySelector('.recharts-wrapper svg.recharts-surface');
              if (caption() !== before && caption().includes(value) && drawn) resolveTime(performance.now() - t0);
              else if (performance.now() - t0 > 20_000) reject(new Error('timeout'));
              else requestAnimationFrame(poll);
            };
            requestAnimationFrame(poll);
          }),
        { label, value, figureIndex },
      ),
    );
  }
  return median(times);
}

const interactions = {};
for (const rate of [1, 4]) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await throttle(page, rate);
  await timeToChart(page, '/trends?from=2000&to=2025', CHART);
  const trends = await filterChange(page, 'From', ['2005', '2010', '2012', '2008', '2015', '2001', '2011', '2003']);
  await timeToChart(page, '/sectors?classification=usitc-sectors', CHART);
  const sectors = await filterChange(page, 'Year', ['2013', '2015', '2014', '2016', '2017', '2013', '2016', '2014']);
  interactions[`cpu${rate}x`] = { trendsFromMs: trends, sectorsYearMs: sectors };
  await context.close();
}
console.log('\nFilter change to chart updated (median of 8)');
for (const [k, r] of Object.entries(interactions)) {
  console.log(`  ${k.padEnd(6)} trends "From" ${ms(r.trendsFromMs).padStart(8)}   sectors "Year" ${ms(r.sectorsYearMs).padStart(8)}`);
}

// ---- scale check: a synthetic catalogue of 100 sectors × 35 years, generated here and served by the mock API
// of this page only; it is never shown as real data (labels say "Synthetic").
function installSyntheticCatalogue() {
  const YEARS = Array.from({ length: 35 }, (_, i) => 1991 + i);
  const makeSynthetic = (real) => {
    const sectors = Array.from({ length: 100 }, (_, i) => ({
      id: `synthetic-${String(i + 1).padStart(3, '0')}`,
      label: `Synthetic benchmark sector ${i + 1}`,
      classification: 'synthetic',
      description: 'Generated for the benchmark; not real data.',
      kind: 'item',
    }));
    const values = sectors.flatMap((s, i) =>
      YEARS.map((year, j) => ({
        year,
        period: 'Jan–Dec',
        partial: false,
        sectorId: s.id,
        flow: 'exports',
        measure: 'value',
        value: ((i * 37 + j * 11) % 97) * 10 + 5,
        sourceId: 'census-fred',
        note: null,
      })),
    );
    const classification = {
      id: 'synthetic',
      label: 'Synthetic benchmark catalogue',
      description: 'Benchmark only: 100 generated sectors × 35 years.',
      flows: [{ flow: 'exports', years: YEARS, periods: YEARS.map((year) => ({ year, period: 'Jan–Dec', partial: false })), measures: ['value'], complete: true }],
      sourceIds: ['census-fred'],
    };
    return {
      ...real,
      meta: { ...real.meta, classifications: [...real.meta.classifications, classification] },
      sectors: [...real.sectors, ...sectors],
      sectorValues: [...real.sectorValues, ...values],
    };
  };
  // The mock API publishes its control object on window when it starts; swap the data before any request.
  let control;
  Object.defineProperty(window, 'korusMock', {
    configurable: true,
    get: () => control,
    set: (value) => {
      control = value;
      value.setDataset(makeSynthetic(value.realDataset));
    },
  });
}

const scale = {};
{
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addInitScript(installSyntheticCatalogue);
  const page = await context.newPage();
  const load = await timeToChart(page, '/sectors?classification=synthetic&year=2025', CHART);
  await page.waitForFunction(() => document.body.textContent?.includes('Synthetic benchmark sector'));
  const years = ['2000', '2010', '1995', '2020', '2005', '2015', '1999', '2024', '2001', '2012'];
  scale.sectorsLoadMs = load;
  scale.yearChangeMs = await filterChange(page, 'Year', years);
  await context.close();
}
console.log(`\nScale check, synthetic 100 sectors × 35 years on /sectors: load ${ms(scale.sectorsLoadMs)}, year change ${ms(scale.yearChangeMs)} median (target < 200 ms)`);

await browser.close();
stopPreview();

const results = {
  date: new Date().toISOString(),
  machine: { node: process.version, platform: process.platform },
  bundle: { routes: bundle.routes, mockApiGzip: bundle.mockApi?.gzip ?? null, chunks: bundle.chunks },
  loads,
  interactions,
  scale: { ...scale, targetMs: 200, pass: scale.yearChangeMs < 200 },
};
mkdirSync(resolve('bench'), { recursive: true });
writeFileSync(resolve('bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWrote bench/results.json');
process.exit(results.scale.pass ? 0 : 1);
