// What a reader's browser downloads for each kind of page, from the script-tag build's module graph
// (esbuild's metafile, written by tsup.config.ts). A page with some widgets fetches embed.js, then
// for each widget its entry in src/embed/ and every chunk that entry imports statically, at any
// depth. Dynamic imports that wait for the reader (a badge's panel, the custom-data validator) are
// not part of the page load. test/embed-loading.test.mjs checks these lists against what Chromium
// really fetches. See docs/decisions/0029.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1000;
export const METAFILE = new URL('../node_modules/.cache/size/embed-metafile.json', import.meta.url);
export const EMBED_DIR = new URL('../dist/embed/', import.meta.url);

/** The page kinds whose bytes are budgeted (issue 13), and one that is only reported. */
export const PAGES = [
  { label: 'a page with one quote card', widgets: ['quote-card'], gzipBudget: 12 * KB },
  { label: 'a page with one inline badge', widgets: ['actor-badge'], gzipBudget: 10 * KB },
  { label: 'the whole story (one timeline)', widgets: ['timeline'], gzipBudget: 19 * KB },
  { label: 'a page with all three widgets', widgets: ['timeline', 'quote-card', 'actor-badge'] },
];

/** Loaded after the page, on a reader's action: reported, not budgeted. */
export const LATER = [
  {
    label: 'opening a badge’s panel',
    sources: [
      'src/components/actor-badge/actor-badge.panel.ts',
      'iw-data:events',
      'iw-data:quotes',
    ],
  },
  { label: 'setting .data (the validator)', sources: ['../data/dist/validate.js'] },
];

export function readMetafile() {
  return JSON.parse(readFileSync(METAFILE, 'utf8'));
}

/** Output file names (relative to dist/embed/) in the graph, by the source that is their entry. */
function outputs(metafile) {
  const bySource = new Map();
  const imports = new Map();
  for (const [path, output] of Object.entries(metafile.outputs)) {
    if (!path.endsWith('.js')) continue;
    const name = posix.basename(path);
    if (output.entryPoint) bySource.set(output.entryPoint, name);
    imports.set(
      name,
      output.imports
        .filter((item) => item.kind === 'import-statement')
        .map((item) => posix.basename(item.path)),
    );
  }
  return { bySource, imports };
}

/** The file made from `source` and everything it imports statically, at any depth. */
export function closure(metafile, source) {
  const { bySource, imports } = outputs(metafile);
  const start = bySource.get(source);
  if (!start) throw new Error(`No output in dist/embed/ has the entry ${source}`);
  const files = new Set([start]);
  for (const file of files) for (const next of imports.get(file) ?? []) files.add(next);
  return files;
}

/** Every file a page with these widgets fetches as it loads. */
export function pageFiles(metafile, widgets) {
  const files = closure(metafile, 'src/embed.ts');
  for (const widget of widgets)
    for (const file of closure(metafile, `src/embed/${widget}.ts`)) files.add(file);
  return [...files].sort();
}

/** gzip (level 9) size of each file in dist/embed/, summed. */
export function gzipBytes(files) {
  let total = 0;
  const each = {};
  for (const file of files) {
    each[file] = gzipSync(readFileSync(new URL(file, EMBED_DIR)), { level: 9 }).length;
    total += each[file];
  }
  return { total, each };
}
