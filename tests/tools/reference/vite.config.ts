// The benchmark's reference page: the same libraries as the app, bare (one route, one chart), built into its own
// out dir. The msw worker script is the app's (public/).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  publicDir: here('../../../public'),
  plugins: [react()],
  build: { outDir: here('../../../dist-reference'), emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 2000 },
  logLevel: 'warn',
});
