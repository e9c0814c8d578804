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
    // Relative asset URLs, so the static build works from any sub-path (/, /storybook/, /a/b/c/).
    return { ...viteConfig, base: './' };
  },
};

export default config;
