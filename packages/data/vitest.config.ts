import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/**/*.test.ts'],
    // The pack test installs a tarball into a throwaway project; give it room on 2 cores.
    testTimeout: 20_000,
  },
});
