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

/**
 * zod re-exports all of its ~60 message locales as a namespace, which defeats tree-shaking; the CLI
 * speaks English only, so its bundle gets the English locale alone (zod installs it by default).
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${path.sep}zod${path.sep}`)
        ? { path: path.join(path.dirname(args.importer), '..', 'locales', 'en.js'), namespace: 'zod-en' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-en' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: path.dirname(args.path),
    }));
  },
};

export async function buildCli() {
  const { build } = await import('esbuild');
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    // The agreement reader runs in a worker thread of its own, beside main.mjs (serve-command.ts finds it).
    entryPoints: { main: 'electron/cli/main.ts', 'agreement-reader': 'electron/services/agreement-reader/worker.ts' },
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
    plugins: [englishOnlyZod],
  });
  const sources = Object.keys(result.metafile.inputs)
    // Our own files only: not packages, nor modules made up by a plugin (a "namespace:" prefix).
    .filter((f) => !f.startsWith('node_modules/') && !f.includes(':'))
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
