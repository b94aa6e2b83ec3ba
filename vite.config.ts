/// <reference types="vitest/config" />
import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { staticShellHtml, staticShellTitle } from './src/app/static-shell.ts';
import { PAGE_HEADS, type PagePath } from './src/lib/page-heads.ts';

/**
 * Content-Security-Policy of the built app: its own scripts, styles and service worker only, nothing inline;
 * images may be data:/blob: URLs (chart exports); the API origin is allowed when a real API is configured.
 * Dev mode needs inline scripts for hot reload, so the policy is added to production builds only.
 */
function contentSecurityPolicy(apiBase: string | undefined): Plugin {
  const apiOrigin = apiBase ? new URL(apiBase).origin : '';
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${apiOrigin ? ` ${apiOrigin}` : ''}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
  return {
    name: 'korus-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

// Each route's page module and the module of its first chart (as src/app/routes.tsx loads them).
const ROUTE_MODULES: Record<string, string[]> = {
  '/': ['src/features/overview/overview-page.tsx', 'src/features/overview/balance-overview-card.tsx'],
  '/trends': ['src/features/trends/trends-page.tsx', 'src/features/trends/trade-chart.tsx'],
  '/sectors': ['src/features/sectors/sectors-page.tsx', 'src/features/sectors/hs-balance-card.tsx'],
  '/viewpoints': ['src/features/viewpoints/viewpoints-page.tsx', 'src/features/viewpoints/statement-timeline.tsx'],
  '/data': ['src/features/data/data-page.tsx'],
};

/**
 * public/boot.js, a plain script in the head, starts what the opened page needs as the HTML is parsed: the
 * chunks of its route (data-routes), which the entry would only ask for once it has run, and the mock API's
 * service worker (data-mock-worker), the mock API's chunk (data-mock-api), the chunk that loads the opened
 * view's data (data-mock-data) and what those two import (data-mock-preload); these only when no real API is
 * configured. The script imports the mock API's chunk and starts msw itself, rather than when the app's code asks
 * for it (a modulepreload link fetched it early but left its evaluation, and the worker's start, behind the page's
 * first render).
 */
function bootScript(apiBase: string | undefined): Plugin {
  let base = '/';
  return {
    name: 'korus-boot',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    // Each page's route gets its own HTML with the layout's header and the page's heading and lede in it
    // (src/app/static-shell.ts): they show as soon as the HTML and the stylesheet are in, before the app's code
    // has run. `trends.html` is what `vite preview` and static hosts serve for /trends; index.html (the overview)
    // is also every other path's fallback, where boot.js hides the overview's header (data-shell).
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset' || typeof index.source !== 'string') {
          throw new Error('korus-boot: no index.html in the bundle');
        }
        const template = index.source;
        for (const path of Object.keys(PAGE_HEADS) as PagePath[]) {
          const html = template
            .replace('<html lang="en">', `<html lang="en" data-shell="${path}">`)
            .replace(/<title>[^<]*<\/title>/, `<title>${staticShellTitle(path)}</title>`)
            .replace('<div id="root"></div>', `<div id="root">${staticShellHtml(path, base)}</div>`);
          if (!html.includes('data-static-shell') || !html.includes('data-shell=')) {
            throw new Error('korus-boot: index.html has no <html lang="en"> or <div id="root"></div> to fill');
          }
          if (path === '/') index.source = html;
          else this.emitFile({ type: 'asset', fileName: `${path.slice(1)}.html`, source: html });
        }
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (!ctx.bundle) return [];
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) return [];
        const byModule = new Map(chunks.flatMap((c) => (c.facadeModuleId ? [[c.facadeModuleId, c] as const] : [])));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        // A chunk and what it imports, leaving out what the entry brings anyway.
        const closure = (file: string, into: Set<string>) => {
          if (into.has(file) || file === entry.fileName || entry.imports.includes(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) closure(dep, into);
        };
        const routes = Object.fromEntries(
          Object.entries(ROUTE_MODULES).map(([path, modules]) => {
            const files = new Set<string>();
            for (const module of modules) {
              const chunk = [...byModule].find(([id]) => id.endsWith(`/${module}`))?.[1];
              if (!chunk) throw new Error(`korus-boot: no chunk for ${module}`);
              closure(chunk.fileName, files);
            }
            // Their stylesheets too: the page's code waits for them before it renders.
            const css = [...files].flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
            return [path, [...files, ...new Set(css)]];
          }),
        );
        const mock = apiBase ? undefined : chunks.find((c) => c.facadeModuleId?.endsWith('/mocks/browser.ts'));
        const mockData = apiBase
          ? undefined
          : chunks.find((c) => c.facadeModuleId?.endsWith('/mocks/first-chart-data.ts'));
        if (!apiBase && (!mock || !mockData)) throw new Error('korus-boot: no chunk for the mock API');
        // What those two import, preloaded with them: else the browser finds it only once it has parsed them, and
        // that waited for the entry's evaluation (measured: requested ~0.5 s into a load instead of at once).
        const mockImports = new Set<string>();
        for (const dep of [...(mock?.imports ?? []), ...(mockData?.imports ?? [])]) closure(dep, mockImports);
        // The entry is fetched at once (modulepreload) and run by boot.js once the HTML's page header has been
        // painted: as a module script of the HTML it often ran first, and the header waited behind ~0.3 s of
        // evaluation on a phone.
        const entryScript = `<script type="module" crossorigin src="${base}${entry.fileName}"></script>`;
        if (!html.includes(entryScript)) throw new Error('korus-boot: no entry script in index.html');
        return {
          html: html.replace(entryScript, `<link rel="modulepreload" crossorigin href="${base}${entry.fileName}">`),
          tags: [
            {
              tag: 'script',
              attrs: {
                src: `${base}boot.js`,
                'data-base': base,
                'data-entry': entry.fileName,
                'data-routes': JSON.stringify(routes),
                ...(mock && mockData
                  ? {
                      'data-mock-worker': 'mockServiceWorker.js',
                      'data-mock-api': mock.fileName,
                      'data-mock-data': mockData.fileName,
                      'data-mock-preload': JSON.stringify([...mockImports]),
                    }
                  : {}),
              },
              injectTo: 'head' as const,
            },
          ],
        };
      },
    },
  };
}

/**
 * msw's cookie store is replaced by an empty one in the build (mocks/msw-cookie-store.ts says why); `npm run dev`
 * serves msw as its dependency pre-bundling built it, with the store.
 */
function mswCookieStore(): Plugin {
  const stub = resolve(import.meta.dirname, 'mocks/msw-cookie-store.ts');
  return {
    name: 'korus-msw-cookie-store',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source.endsWith('/cookieStore.mjs') && importer?.replaceAll('\\', '/').includes('/msw/lib/core/') ? stub : null,
  };
}

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Compresses the built scripts and stylesheets once, at build time (`name.gz` next to each), and lets `vite preview`
 * serve those files, as a static host or CDN does. `vite preview` otherwise gzips every response again on each
 * request, in the same process and on the same cores as the browser it serves (~1.5 MB of JavaScript per cold
 * load). The benchmark's reference page is built and served with this plugin too.
 */
export function precompressedAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'korus-precompressed-assets',
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle: {
      order: 'post',
      handler: () => {
        const walk = (dir: string): string[] =>
          readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
            entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
          );
        for (const file of walk(outDir)) {
          if (!(extname(file) in COMPRESSIBLE) || statSync(file).size < 1024) continue;
          writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
        }
      },
    },
    configurePreviewServer: (server) => {
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        const type = COMPRESSIBLE[extname(path)];
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        const file = join(outDir, decodeURIComponent(path));
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !type || !accepts || !file.startsWith(outDir))
          return next();
        const gz = `${file}.gz`;
        if (!existsSync(gz) || !existsSync(file)) return next();
        const stat = statSync(file);
        // Revalidated on every load (no-cache), as vite preview does: a warm load gets 304s.
        const etag = `W/"${stat.size}-${stat.mtimeMs}"`;
        res.setHeader('Content-Type', type);
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('ETag', etag);
        // Added to what preview's CORS layer set (Origin), not in its place.
        res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
        if (req.headers['if-none-match'] === etag) {
          res.statusCode = 304;
          return res.end();
        }
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', statSync(gz).size);
        if (req.method === 'HEAD') return res.end();
        createReadStream(gz).pipe(res);
      });
    },
  };
}

// recharts and the packages only it uses, and the shared components that draw with it.
const CHART_LIBRARY =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|immer|reselect|react-redux|redux|redux-thunk|decimal\.js-light|eventemitter3|tiny-invariant|es-toolkit|use-sync-external-store|react-is|clsx)[\\/]|[\\/]src[\\/]components[\\/](milestones|active-label-tracker)\.tsx$/;
// The app's shared code (components, helpers, API client) and the small libraries the pages share.
// Not the export code, which loads when an Export menu opens.
const SHARED_CODE = /[\\/]src[\\/](components|lib|api)[\\/]|[\\/]node_modules[\\/](@tanstack|react)[\\/]/;
const ON_DEMAND_CODE = /[\\/]src[\\/]lib[\\/](csv|chart-export)\.ts$/;
const isSharedCode = (id: string) => SHARED_CODE.test(id) && !ON_DEMAND_CODE.test(id);

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    bootScript(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    precompressedAssets(),
    mswCookieStore(),
  ],
  preview: { port: 4173, strictPort: true },
  // The mock-API chunk (msw + the data set) is large and loads lazily; it is not counted in route budgets.
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The chart library in one chunk, not fifteen: the browser opens six connections to a host, and a first
          // chart waited for its chart chunks behind the page's other requests (the mock worker's script too).
          // The pages' shared code in one chunk too (it was a dozen small ones, each a request a page waited for,
          // and a revalidation on every warm load).
          groups: [
            { name: 'charts', test: CHART_LIBRARY, includeDependenciesRecursively: false, priority: 20 },
            {
              name: 'shared',
              test: isSharedCode,
              minShareCount: 2,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Pages load lazily and draw real charts; on a busy 2-core CI machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
  },
}));
