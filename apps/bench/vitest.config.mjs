import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.mjs'],
    // The smoke run starts Chromium and loads both widgets; the full benchmark is never run here.
    testTimeout: 90_000,
  },
});
