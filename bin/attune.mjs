#!/usr/bin/env node
// Runs the TypeScript CLI directly (tsx), so `npx attune …` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// `attune text … | head` closes the pipe early: that is the reader's choice, not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
