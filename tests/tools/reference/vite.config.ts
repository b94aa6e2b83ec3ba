// The benchmark's reference page: the same libraries as the app, bare (one route, one chart), built into its own
// out dir. The msw worker script is the app's (public/). Built and served like the app: its scripts compressed once,
// at build time (precompressedAssets), not by vite preview on every request.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressedAssets } from '../../../vite.config.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('../../../public'),
  plugins: [react(), precompressedAssets()],
  build: { outDir: here('../../../dist-reference'), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
