// Sizes of the production build (dist/): every chunk raw and gzip, and the first-load JS and CSS of each
// route (entry + the route's lazy page chunk + their static imports), leaving out the mock-API chunk that a
// deployment with a real backend does not load.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROUTES = {
  '/': 'src/features/overview/overview-page.tsx',
  '/trends': 'src/features/trends/trends-page.tsx',
  '/sectors': 'src/features/sectors/sectors-page.tsx',
  '/viewpoints': 'src/features/viewpoints/viewpoints-page.tsx',
};
const MOCK_API = 'mocks/browser.ts';
// Loaded when an Export menu opens, not with the page.
const ON_DEMAND = new Set(['src/lib/chart-export.ts']);

export function bundleReport(dist = resolve(process.cwd(), 'dist')) {
  const manifest = JSON.parse(readFileSync(resolve(dist, '.vite/manifest.json'), 'utf8'));
  const size = (file) => {
    const bytes = readFileSync(resolve(dist, file));
    return { raw: statSync(resolve(dist, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  const chunks = Object.entries(manifest).map(([key, c]) => ({ key, file: c.file, ...size(c.file), css: c.css ?? [] }));
  const closure = (key, seen = new Set()) => {
    if (seen.has(key) || key === MOCK_API) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const routes = Object.entries(ROUTES).map(([route, page]) => {
    const keys = new Set([...closure(entryKey), ...closure(page)]);
    // Chart modules the page imports dynamically at once (eagerLazy): they load in parallel with the data.
    const withCharts = new Set(keys);
    for (const dyn of manifest[page]?.dynamicImports ?? []) if (!ON_DEMAND.has(dyn)) closure(dyn, withCharts);
    const sum = (list, k) => list.reduce((a, b) => a + b[k], 0);
    const measure = (set) => {
      const files = [...set].map((k) => manifest[k]).filter(Boolean);
      const js = files.map((c) => size(c.file));
      const css = [...new Set(files.flatMap((c) => c.css ?? []))].map(size);
      return {
        files,
        jsRaw: sum(js, 'raw'),
        jsGzip: sum(js, 'gzip'),
        cssRaw: sum(css, 'raw'),
        cssGzip: sum(css, 'gzip'),
      };
    };
    const first = measure(keys);
    const full = measure(withCharts);
    return {
      route,
      jsRaw: first.jsRaw,
      jsGzip: first.jsGzip,
      cssRaw: first.cssRaw,
      cssGzip: first.cssGzip,
      withChartsJsGzip: full.jsGzip,
      withChartsJsRaw: full.jsRaw,
      chunks: first.files.map((c) => c.file),
    };
  });
  const mock = manifest[MOCK_API] ? size(manifest[MOCK_API].file) : null;
  return { chunks, routes, mockApi: mock };
}

export const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
