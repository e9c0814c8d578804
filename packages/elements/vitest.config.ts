import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  define: { __IW_VERSION__: JSON.stringify(pkg.version) },
  test: {
    projects: [
      {
        // Component tests in real Chromium.
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
          },
        },
      },
      {
        // The built bundle served with real HTTP headers (CSP, Trusted Types).
        extends: true,
        test: { name: 'bundle', include: ['test/**/*.test.mjs'], environment: 'node' },
      },
    ],
  },
});
