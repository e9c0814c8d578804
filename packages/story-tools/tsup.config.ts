import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: 'esm',
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // The data package stays a dependency; the parsers too, so npm dedupes them.
  external: [/^@iranwire\//, 'htmlparser2', 'papaparse'],
});
