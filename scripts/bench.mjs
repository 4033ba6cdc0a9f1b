#!/usr/bin/env node
// `npm run bench`: every speed target Attune promises (the README's speed tables), each benchmark in its own process so one
// cannot warm up (or slow down) another. Prints each benchmark's table; timing never gates `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benches = [
  { name: 'Agreement engine', file: 'scripts/bench-agreement.ts' },
  { name: 'Command line, end to end', file: 'scripts/bench-cli.mjs' },
  { name: 'Text pipeline', file: 'scripts/bench-text.ts' },
  { name: 'Annotations CSV import', file: 'scripts/bench-import.ts' },
  { name: 'Transcript view in Chromium', file: 'scripts/bench-ui.ts' },
  { name: 'Printed transcript and Segments', file: 'scripts/bench-print.ts' },
  { name: 'Codings export and PDF report', file: 'scripts/bench-exports.ts' },
  { name: 'Lab and consortium scale', file: 'scripts/bench-lab.ts' },
];

let failed = false;
for (const b of benches) {
  if (!existsSync(`${root}/${b.file}`)) continue;
  console.log(`\n=== ${b.name} (${b.file}) ===`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', b.file, ...process.argv.slice(2)], {
    cwd: root,
    stdio: 'inherit',
  });
  if (r.status !== 0) {
    console.error(`bench: ${b.name} exited with status ${r.status}`);
    failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
