import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Every story is a test in Chromium, with the toolbar's defaults (English, auto theme): it must
        // render, pass its play function and pass axe.
        extends: true,
        plugins: [storybookTest({ configDir, storybookUrl: 'http://127.0.0.1:6006' })],
        test: {
          name: 'stories',
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            // The test server, like every server here, listens on 127.0.0.1 only.
            api: { host: '127.0.0.1' },
          },
        },
      },
      {
        // The static build, served from a sub-path as a newsroom would host it; every story runs
        // there again in Persian on a dark page (test/static-build.test.ts).
        test: {
          name: 'static-build',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
