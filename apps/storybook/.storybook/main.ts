import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/docs/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {
    disableTelemetry: true,
    // No "what's new" fetches, no crash reports: nothing leaves 127.0.0.1.
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      // Relative asset URLs, so the static build works from any sub-path (/, /storybook/, /a/b/c/).
      base: './',
      // Only warnings: the build log stays readable in CI.
      logLevel: 'warn',
      build: {
        ...viteConfig.build,
        // Storybook's own preview runtime is one large chunk; the components' byte budget is
        // enforced in packages/elements, not here.
        chunkSizeWarningLimit: 2048,
        // No "plugins took n% of the build" notes: Storybook's own story-file transform dominates.
        rolldownOptions: { ...viteConfig.build?.rolldownOptions, checks: { pluginTimings: false } },
      },
    };
  },
};

export default config;
