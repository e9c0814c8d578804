import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The CLI tests spawn the built command; the 5 MB file takes a moment on 2 cores.
  test: { environment: 'node', include: ['test/**/*.test.ts'], testTimeout: 30_000 },
});
