import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

/** Tests that must give the same answers in a reader's browser as in Node: dates, helpers, validation. */
const IN_BOTH = ['test/format-date.test.ts', 'test/api.test.ts', 'test/validate.test.ts'];

export default defineConfig({
  test: {
    // The pack test installs a tarball into a throwaway project; give it room on 2 cores.
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['test/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          include: IN_BOTH,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
