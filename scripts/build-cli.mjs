// Builds the command-line tool: electron/cli/main.ts and what it imports, bundled by esbuild into
// dist/cli/ (one chunk per lazily loaded command), so `attune` starts without compiling TypeScript. The list of
// source files goes to dist/cli/sources.json: bin/attune.mjs runs the build only while it is newer
// than every one of them. Run by `npm run build` and by the postinstall step; `node
// scripts/build-cli.mjs` alone rebuilds it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'dist', 'cli');

export async function buildCli() {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'electron/cli/main.ts' },
    outdir: 'dist/cli',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages load from node_modules at run time (better-sqlite3 is native; the document readers are
    // CommonJS), except zod and csv-parse: plain ES modules that every agree command needs, bundled so
    // that start-up does not resolve and read their dozens of files.
    external: ['better-sqlite3', 'pdfkit', 'mammoth', 'jszip', '@xmldom/xmldom', 'electron'],
    outExtension: { '.js': '.mjs' },
    // Chunks beside main.mjs: repo-root.ts counts two levels up from whichever file holds it.
    chunkNames: '[name]-[hash]',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((f) => !f.startsWith('node_modules/') && !f.startsWith('(disabled)'))
    .sort();
  writeFileSync(path.join(outdir, 'sources.json'), `${JSON.stringify({ builtAt: Date.now(), sources }, null, 1)}\n`);
  return sources.length;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    const n = await buildCli();
    console.log(`attune build: dist/cli (${n} sources) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`attune build of the CLI failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  }
}
