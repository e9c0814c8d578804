// Bundles src/js/prerender-worker.js into dist/js/: @lit-labs/ssr and the widgets as Node runs them
// (the `node` export conditions: Lit's server builds and its DOM shim), for a Web Worker. The
// result is the same HTML iw-prerender writes; test/generator.test.ts compares the two.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const source = fileURLToPath(new URL('../src/js/prerender-worker.js', import.meta.url));
const result = await build({
  entryPoints: [source],
  outfile: fileURLToPath(new URL('../dist/js/prerender-worker.js', import.meta.url)),
  bundle: true,
  format: 'esm',
  // Neither browser nor Node: the `node` condition picks Lit's server builds, and any Node
  // built-in left in the graph fails the build instead of failing in the page.
  platform: 'neutral',
  conditions: ['node', 'import'],
  mainFields: ['module', 'main'],
  target: 'es2022',
  minify: true,
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      // Lit's hydration digest (@lit-labs/ssr-client, node build) base64-encodes a binary string
      // with Buffer; in a worker, btoa does exactly that.
      name: 'buffer-as-btoa',
      setup(build) {
        build.onResolve({ filter: /^buffer$/ }, () => ({ path: 'buffer', namespace: 'btoa' }));
        build.onLoad({ filter: /.*/, namespace: 'btoa' }, () => ({
          contents:
            'export const Buffer = { from: (binary) => ({ toString: () => btoa(binary) }) };',
        }));
      },
    },
  ],
});
const bytes = Object.values(result.metafile.outputs)[0].bytes;
console.log(`prerender worker: ${bytes} B (loaded by the generator only)`);
