/// <reference types="vitest/config" />
import { defineConfig, loadEnv, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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

/**
 * The mock API's chunk (msw and the handlers) is imported by the entry as soon as it runs; a modulepreload link
 * starts its download with the entry's instead of after it, so the worker starts sooner. Only when it is used.
 */
function preloadMockApi(apiBase: string | undefined): Plugin {
  let base = '/';
  return {
    name: 'korus-preload-mock-api',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        if (apiBase || !ctx.bundle) return [];
        const chunks = Object.values(ctx.bundle).filter((c) => c.type === 'chunk');
        const entry = chunks.find((c) => c.isEntry);
        const mock = chunks.find((c) => c.facadeModuleId?.endsWith('/mocks/browser.ts'));
        if (!entry || !mock) return [];
        const files = [
          mock.fileName,
          ...mock.imports.filter((f) => f !== entry.fileName && !entry.imports.includes(f)),
        ];
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

// recharts and the packages only it uses.
const CHART_LIBRARY =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|immer|reselect|react-redux|redux|redux-thunk|decimal\.js-light|eventemitter3|tiny-invariant|es-toolkit)[\\/]/;

export default defineConfig(({ mode }) => ({
  plugins: [
    react(),
    contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
    preloadMockApi(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL),
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
          groups: [{ name: 'charts', test: CHART_LIBRARY, includeDependenciesRecursively: false }],
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
