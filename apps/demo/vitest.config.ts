import { defineConfig } from 'vitest/config';

// End-to-end tests run in Node and drive the system Chromium through playwright-core
// against the built demo (apps/demo/dist) served on 127.0.0.1.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file launches one Chromium; two at a time is what two cores can carry.
    maxWorkers: 2,
    // expect.poll waits for the browser (a widget's chunks fetched and rendered), not a speed
    // budget: a second was too short on a busy 2-core machine.
    expect: { poll: { timeout: 15_000 } },
  },
});
