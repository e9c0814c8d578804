import { defineConfig, type Options } from 'tsup';
import pkg from './package.json' with { type: 'json' };
import { displayDataPlugin } from './scripts/display-data-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates-plugin.mjs';

/** The version the guarded `define()` compares when a second copy of the package registers. */
const define = { __IW_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig([
  // For npm users: classes without side effects, one define entry per tag; Lit and the data stay external.
  {
    entry: {
      index: 'src/index.ts',
      'iw-timeline': 'src/components/timeline/iw-timeline.ts',
      'iw-quote-card': 'src/components/quote-card/iw-quote-card.ts',
      'iw-actor-badge': 'src/components/actor-badge/iw-actor-badge.ts',
    },
    format: 'esm',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    external: ['lit', /^lit\//, /^@iranwire\/rapprochement-data/],
    define,
  },
  // For a page with no build step: Lit, the data and all three components in one minified file.
  embedBundle({ entry: { embed: 'src/embed.ts' } }),
  // Not shipped: the same bundle without the lazily loaded custom-data validator, measured by
  // scripts/check-size.mjs against the 25 KB budget for the default path.
  embedBundle({
    entry: { 'embed-without-validator': 'src/embed.ts' },
    outDir: 'node_modules/.cache/size',
    sourcemap: false,
    noExternal: [/^(?!@iranwire\/rapprochement-data\/validate$)/],
    external: ['@iranwire/rapprochement-data/validate'],
  }),
]);

/**
 * The self-contained script-tag bundle. `splitting: false` inlines the lazily imported custom-data
 * validator so the bundle stays one file.
 */
function embedBundle(overrides: Options): Options {
  return {
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: true,
    splitting: false,
    treeshake: true,
    noExternal: [/.*/],
    esbuildPlugins: [displayDataPlugin(), minifyTemplatesPlugin()],
    esbuildOptions(options) {
      // Lit's BSD-3-Clause notices go to embed.js.LEGAL.txt, linked from the bundle.
      options.legalComments = 'linked';
    },
    define,
    ...overrides,
  };
}
