import { defineConfig } from '@playwright/test';

/**
 * The Electron end-to-end test (electron-app.e2e.ts). Runs against dist/ (it builds first)
 * where Electron's binary is installed; elsewhere it reports itself as skipped, with the reason.
 * On Linux it needs a display (run under xvfb-run on CI).
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results/electron',
  // First run on a machine compiles better-sqlite3 for Electron (see scripts/electron-native.mjs).
  timeout: 600_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['github']] : [['list']],
});
