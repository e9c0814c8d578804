import { fileURLToPath } from 'node:url';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const configDir = fileURLToPath(new URL('.storybook', import.meta.url));

/**
 * Every story as a test in Chromium: it must render, pass its play function and pass axe. Run once
 * with the toolbar's defaults and once more in Persian on a dark page, so that every state (errors,
 * compact, filtered…) is also checked right to left and for contrast in the dark theme.
 */
function storyTests(
  name: string,
  initialGlobals: Record<string, string>,
  tags: { exclude?: string[] } = {},
): TestProjectInlineConfiguration {
  return {
    extends: true,
    plugins: [
      storybookTest({ configDir, storybookUrl: 'http://127.0.0.1:6006', initialGlobals, tags }),
    ],
    test: {
      name,
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: chromiumLaunchOptions() }),
        instances: [{ browser: 'chromium' }],
        // The test server, like every server here, listens on 127.0.0.1 only.
        api: { host: '127.0.0.1' },
      },
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      storyTests('stories', { locale: 'en', theme: 'light' }),
      // The docs pages' helpers are English and light only.
      storyTests('stories fa dark', { locale: 'fa', theme: 'dark' }, { exclude: ['docs-helper'] }),
      {
        // The static build, served from a sub-path as a newsroom would host it.
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
