import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/temp-dir.ts'],
    include: ['tests/unit/**/*.test.ts', 'tests/pipeline/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
