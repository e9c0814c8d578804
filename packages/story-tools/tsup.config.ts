import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
  format: 'esm',
  target: 'node20',
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // The data package stays a dependency; the parsers too, so npm dedupes them. The commands' file
  // handling (@iranwire/cli-files, private) is bundled in.
  external: [/^@iranwire\/rapprochement-/, 'htmlparser2', 'papaparse'],
  noExternal: ['@iranwire/cli-files'],
});
