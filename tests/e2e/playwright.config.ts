import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from '../support/chromium.ts';

/**
 * End-to-end tests: Debian's Chromium against a real `attune serve` host per test
 * (see fixtures.ts). `npm run build` (or at least the Vite build) must have run first.
 */
export default defineConfig({
  testDir: '.',
  // *.e2e.ts, so vitest's default *.test.ts / *.spec.ts patterns never pick these up.
  testMatch: '**/*.e2e.ts',
  // Separate folders per suite (and per engineer via ATTUNE_E2E_OUTPUT): Playwright empties its outputDir at start.
  outputDir: process.env['ATTUNE_E2E_OUTPUT'] ?? '../../test-results/e2e',
  timeout: 90_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env['CI'] ? [['list'], ['github']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: CHROMIUM_LAUNCH,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
  },
});
