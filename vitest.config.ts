import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'build/**/*.test.ts',
      'tests/lint/**/*.test.ts',
    ],
    // Integration tests spawn real processes and build SQLite files; give them room on 2 cores.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
