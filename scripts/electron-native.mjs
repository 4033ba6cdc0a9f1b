// better-sqlite3 is a native module: node_modules holds a build for Node's ABI (CLI, tests),
// and Electron needs one for its own ABI. Rebuilding node_modules in place would break the
// Node side, so for development runs (npm start, the Electron e2e test) we keep a separate
// copy in dist/electron/node_modules, which Node's resolution finds first from
// dist/electron/main.cjs. Packaged apps do not use this: electron-builder rebuilds the copy it
// ships. Needs network once (Electron headers or a prebuilt binary), like Electron's own install.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/** Electron's executable, or null when its binary was never downloaded. */
export function electronBinary() {
  try {
    const p = require('electron');
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

export function electronVersion() {
  return JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
}

/**
 * Makes dist/electron/node_modules/better-sqlite3 a build for this Electron. Cheap when it
 * is already there (a stamp file records what it was built for).
 */
export async function ensureElectronSqlite(log = (m) => console.error(m)) {
  const version = electronVersion();
  const sourceDir = path.dirname(require.resolve('better-sqlite3/package.json'));
  const sqliteVersion = JSON.parse(readFileSync(path.join(sourceDir, 'package.json'), 'utf8')).version;
  const buildRoot = path.join(root, 'dist', 'electron');
  const target = path.join(buildRoot, 'node_modules', 'better-sqlite3');
  const binary = path.join(target, 'build', 'Release', 'better_sqlite3.node');
  const stampFile = path.join(target, '.attune-built-for');
  const stamp = `electron ${version} ${process.platform}-${process.arch} better-sqlite3 ${sqliteVersion}`;
  if (existsSync(binary) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return target;

  log(`attune: building better-sqlite3 for Electron ${version} (once)…`);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  // Sources only: the Node-ABI binary must not come along.
  cpSync(sourceDir, target, {
    recursive: true,
    filter: (p) => path.relative(sourceDir, p).split(path.sep)[0] !== 'build',
  });
  // @electron/rebuild walks the dependencies of the package.json in buildPath.
  writeFileSync(
    path.join(buildRoot, 'package.json'),
    `${JSON.stringify({ name: 'attune-electron-dev', private: true, dependencies: { 'better-sqlite3': sqliteVersion } }, null, 2)}\n`,
  );
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: buildRoot, electronVersion: version, onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binary))
    throw new Error(`rebuilding better-sqlite3 for Electron ${version} produced no ${path.relative(root, binary)}`);
  writeFileSync(stampFile, stamp);
  return target;
}
