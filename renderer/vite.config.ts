import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The renderer is a static bundle: the local host (electron/host) and the Electron window both
 * load it from dist/renderer, so asset URLs are relative (`base: './'`).
 *
 * Dev server: `ATTUNE_API=http://127.0.0.1:PORT npx vite --config renderer/vite.config.ts`
 * proxies /api to a running `attune serve` host (open the page with that host's ?token=...).
 */
/** The dev server's hot-reload preamble is an inline script, which the shipped CSP forbids. */
const devWithoutCsp: Plugin = {
  name: 'attune-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/s, ''),
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devWithoutCsp],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Local-only app: no module preload polyfill fetching anything unexpected.
    modulePreload: { polyfill: false },
  },
  server: {
    host: '127.0.0.1',
    proxy: process.env['ATTUNE_API'] ? { '/api': process.env['ATTUNE_API'] } : undefined,
  },
});
