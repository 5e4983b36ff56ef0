import { defineConfig } from 'vitest/config';

// Browser smoke tests over an already built dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    globalSetup: ['tests/temp-dir.ts'],
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
