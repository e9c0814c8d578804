// One flat config for the whole workspace; every package runs `eslint .` against it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/storybook-static/**',
      '**/node_modules/**',
      '**/.turbo/**',
      '**/custom-elements.json',
      'packages/data/src/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/elements/src/**/*.ts', 'apps/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts', 'apps/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Config files and scripts run in Node.
    files: [
      '**/*.config.{js,ts,mjs}',
      '**/scripts/**',
      '**/*.mjs',
      'apps/*/e2e/**',
      'apps/bench/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
