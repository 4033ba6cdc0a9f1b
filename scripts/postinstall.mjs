// Electron's own install script downloads its binary from a host that may be unreachable
// (offline CI, locked-down lab machines). npm is told not to run it (allowScripts), and we
// run it here instead so a failure only warns: everything except the Electron window still works.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';

const require = createRequire(import.meta.url);
let installJs;
try {
  installJs = require.resolve('electron/install.js');
} catch {
  installJs = undefined;
}
if (installJs && existsSync(installJs)) {
  const r = spawnSync(process.execPath, [installJs], { stdio: 'inherit', timeout: 300_000 });
  if (r.status !== 0) {
    console.warn(
      'attune: Electron binary could not be installed (no access to its download host?). ' +
        '`npm start` will fall back to the browser UI; everything else works.',
    );
  }
}

// The command-line tool is shipped built (dist/cli), so `npx attune` starts without compiling
// TypeScript right after `npm ci`. Without esbuild (a production install) bin/attune.mjs falls
// back to running the sources through tsx, so a failure here only warns.
try {
  const { buildCli } = await import('./build-cli.mjs');
  await buildCli();
} catch (e) {
  console.warn(
    `attune: the command-line tool could not be built (${e instanceof Error ? e.message : String(e)}); ` +
      'it will run from the TypeScript sources, which starts more slowly.',
  );
}
