import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import pkg from './package.json' with { type: 'json' };
import { displayDataPlugin } from './scripts/display-data-plugin.mjs';
import { minifyTemplatesPlugin } from './scripts/minify-templates-plugin.mjs';

/** The version the guarded `define()` compares when a second copy of the package registers. */
const define = { __IW_VERSION__: JSON.stringify(pkg.version) };

/** Where the script-tag build's module graph is kept for scripts/check-size.mjs (not shipped). */
const METAFILE = 'node_modules/.cache/size/embed-metafile.json';

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
    // No `clean` here: with it, tsup deletes every .d.ts under dist/ before writing this build's,
    // racing the server build's dist/ssr/index.d.ts. The build script empties dist/ first instead.
    splitting: true,
    treeshake: true,
    external: ['lit', /^lit\//, /^@iranwire\/rapprochement-data/],
    // The same template text as embed.js and the server renderer: hydration compares a digest of it.
    esbuildPlugins: [minifyTemplatesPlugin()],
    define,
  },
  // For Node sites with a build step and for the prerender CLI (docs/decisions/0045): Lit's server
  // renderer around the same components, template text minified as in the browser builds, so that
  // the digests hydration checks agree.
  {
    entry: { index: 'src/ssr/index.ts', cli: 'src/ssr/cli.ts' },
    // Its chunks beside it, under the package's sideEffects glob: bundlers of server code (and the
    // demo's prerender worker) must keep the chunks that add the story's records.
    outDir: 'dist/ssr',
    format: 'esm',
    target: 'node20',
    platform: 'node',
    dts: { entry: { index: 'src/ssr/index.ts' } },
    sourcemap: true,
    splitting: true,
    treeshake: true,
    // The story as embed.js has it (the display projection, decision 0024): the markup must be what
    // the browser renders from the same records, or hydration finds a different template.
    external: ['lit', /^lit\//, /^@lit-labs\//, 'parse5', '@iranwire/rapprochement-data/validate'],
    noExternal: ['@iranwire/rapprochement-data', '@iranwire/cli-files'],
    esbuildPlugins: [serverSourcePage(), displayDataPlugin(), minifyTemplatesPlugin()],
    define,
  },
  // For a page with no build step: the loader embed.js and, beside it, the chunks it imports as the
  // page's tags appear (docs/decisions/0029). dist/embed/ is the folder to self-host.
  {
    entry: { embed: 'src/embed.ts' },
    outDir: 'dist/embed',
    clean: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    minify: true,
    sourcemap: true,
    // One chunk per widget and per kind of record, shared chunks for what widgets have in common
    // (Lit, the shared code), and the custom-data validator on its own: a page fetches what it shows.
    splitting: true,
    // esbuild's own tree shaking: tsup's (Rollup over esbuild's output) prints the minified syntax
    // out again (`true` for `!0`, `;}`), which cost every page bytes.
    treeshake: false,
    noExternal: [/.*/],
    esbuildPlugins: [displayDataPlugin(), minifyTemplatesPlugin(), metafileWriter(METAFILE)],
    esbuildOptions(options) {
      // Lit's BSD-3-Clause notices go to a .LEGAL.txt file beside the chunk, linked from it.
      options.legalComments = 'linked';
      options.metafile = true;
    },
    define,
  },
]);

/** Writes esbuild's metafile (which file imports which) for the byte budgets of each page. */
function metafileWriter(path: string): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'iw-metafile',
    setup(build) {
      build.onEnd(async ({ metafile }) => {
        if (!metafile) return;
        await mkdir(dirname(path), { recursive: true });
        await writeFile(path, JSON.stringify(metafile));
      });
    },
  };
}

/**
 * The server build's src/shared/urls.ts: the article's text is `source.html` beside embed.js, which
 * the browser finds from its own URL and the server cannot. `render()` says where embed.js is served
 * (`globalThis.__iwSourcePage`, possibly relative), and that link is used as it is. Browser builds
 * are left alone.
 */
function serverSourcePage(): NonNullable<Options['esbuildPlugins']>[number] {
  return {
    name: 'iw-server-source-page',
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]shared[\\/]urls\.ts$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const declaration = "const SOURCE_PAGE = new URL('./source.html', import.meta.url).href;";
        const check = 'if (!url) return undefined;';
        if (!source.includes(declaration) || !source.includes(check))
          throw new Error(`${path} changed: update serverSourcePage() in tsup.config.ts`);
        return {
          loader: 'ts',
          contents: source
            .replace(declaration, '')
            .replaceAll('SOURCE_PAGE', '(globalThis as { __iwSourcePage?: string }).__iwSourcePage')
            .replace(
              check,
              `${check}\n  if (url === (globalThis as { __iwSourcePage?: string }).__iwSourcePage) return url;`,
            ),
        };
      });
    },
  };
}
