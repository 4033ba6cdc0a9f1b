import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * Not part of `npm test`: walks the UI and writes docs/screenshots/*.png at 1440×900.
 * Run after `npm run build`: npx playwright test -c tests/e2e/screenshots.config.ts
 * (ATTUNE_SHOTS_DIR=/some/dir to write elsewhere).
 */
export default defineConfig({
  ...base,
  testMatch: '**/*.shots.ts',
  workers: 1,
});
