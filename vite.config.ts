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

export default defineConfig(({ mode }) => ({
  plugins: [react(), contentSecurityPolicy(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL)],
  preview: { port: 4173, strictPort: true },
  // The mock-API chunk (msw + the data set) is large and loads lazily; it is not counted in route budgets.
  build: { sourcemap: false, chunkSizeWarningLimit: 1000, manifest: true },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Pages load lazily and draw real charts; on a busy 2-core CI machine that takes seconds, not milliseconds.
    testTimeout: 30_000,
  },
}));
