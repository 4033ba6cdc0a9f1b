#!/usr/bin/env node
// Runs the built CLI (dist/cli/main.mjs, made by `npm run build` and by the postinstall step), which
// starts without compiling TypeScript. While the build is missing or older than a source file it was
// made from, runs the sources through tsx instead, so a change is never run stale. ATTUNE_DEBUG=1
// says on stderr which of the two ran.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = `${root}dist/cli/main.mjs`;

/** Why the built CLI cannot be used, or null when it is up to date. */
function staleness() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(`${root}dist/cli/sources.json`, 'utf8'));
    statSync(built);
  } catch {
    return 'dist/cli is missing (run `npm run build`)';
  }
  for (const file of manifest.sources) {
    let mtime;
    try {
      mtime = statSync(`${root}${file}`).mtimeMs;
    } catch {
      return `${file} is gone since the build`;
    }
    if (mtime > manifest.builtAt) return `${file} changed after the build`;
  }
  return null;
}

// `attune text … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const stale = staleness();
let main;
if (stale === null) {
  if (process.env.ATTUNE_DEBUG) process.stderr.write(`attune: running the built CLI ${built}\n`);
  ({ main } = await import(built));
} else {
  if (process.env.ATTUNE_DEBUG) process.stderr.write(`attune: running the TypeScript sources with tsx: ${stale}\n`);
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../electron/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
