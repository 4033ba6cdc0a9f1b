#!/usr/bin/env node
// `npm run build`: the renderer (Vite, config owned by renderer/), the Electron main and preload
// bundles and the command-line tool (esbuild). Idempotent; outputs go to dist/. Flags:
// --electron-only (main, preload and CLI), --renderer-only.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const wantRenderer = !args.has('--electron-only');
const wantElectron = !args.has('--renderer-only');

async function buildRenderer() {
  const configFile = path.join(root, 'renderer', 'vite.config.ts');
  if (!existsSync(configFile)) throw new Error(`renderer/vite.config.ts is missing: cannot build the user interface`);
  const { build } = await import('vite');
  await build({ configFile, logLevel: 'warn' });
  if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
    throw new Error('the renderer build did not produce dist/renderer/index.html');
  }
}

async function buildElectron() {
  const { build } = await import('esbuild');
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  const common = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    // Any import.meta in CJS output would silently be empty; fail instead.
    logOverride: { 'empty-import-meta': 'error' },
  };
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/main.ts'],
      outfile: 'dist/electron/main.cjs',
      platform: 'node',
      target: 'node22',
      // better-sqlite3 is native: it stays in node_modules, rebuilt for Electron's ABI when packaged.
      external: ['electron', 'better-sqlite3', 'pdfkit'],
      define: { __ATTUNE_VERSION__: JSON.stringify(pkg.version) },
    }),
    build({
      ...common,
      // The annotations CSV import's worker thread (its own SQLite connection), loaded beside main.cjs.
      entryPoints: ['electron/services/exchange/csv-import-worker.ts'],
      outfile: 'dist/electron/import-worker.cjs',
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
    }),
    build({
      ...common,
      // The agreement reader's worker thread (reads highlights while the first transcripts are computed).
      entryPoints: ['electron/services/agreement-reader/worker.ts'],
      outfile: 'dist/electron/agreement-reader.cjs',
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      // A sandboxed preload has no Node: 'browser' makes esbuild reject any Node built-in.
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);

  // Sandboxed preloads may require('electron') and nothing else; check the bundle, not the source.
  const preload = readFileSync(path.join(root, 'dist', 'electron', 'preload.cjs'), 'utf8');
  const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  const foreign = required.filter((r) => r !== 'electron');
  if (foreign.length)
    throw new Error(`preload.cjs requires ${foreign.join(', ')}: a sandboxed preload may only require electron`);

  // Window icon for Linux (Windows/macOS use the executable's icon).
  const icon = path.join(root, 'build', 'icons', '256x256.png');
  if (existsSync(icon)) {
    mkdirSync(path.join(root, 'dist', 'electron'), { recursive: true });
    copyFileSync(icon, path.join(root, 'dist', 'electron', 'icon.png'));
  }
}

const started = Date.now();
try {
  if (wantRenderer) await buildRenderer();
  if (wantElectron) await Promise.all([buildElectron(), buildCli()]);
  console.log(
    `attune build: ${[wantRenderer && 'dist/renderer', wantElectron && 'dist/electron', wantElectron && 'dist/cli'].filter(Boolean).join(' + ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (e) {
  console.error(`attune build failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
