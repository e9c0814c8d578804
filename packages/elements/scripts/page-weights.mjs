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
/**
 * What each page weighs today, in gzip bytes, rounded up to the next 100 B: chunk names carry
 * content hashes, so any change renames chunks and moves every page by a byte or two. Raised on
 * 3 December 2026 by what issue 16's `src` attribute costs on every page, and on 4 December 2026 by
 * what issue 21's Persian story costs on every page, then by what issue 24's error wording costs
 * (decision 0029).
 */
const CEILINGS = { quoteCard: 26_200, badge: 18_600, timeline: 34_400, allThree: 39_300 };
export const METAFILE = new URL('../node_modules/.cache/size/embed-metafile.json', import.meta.url);
export const EMBED_DIR = new URL('../dist/embed/', import.meta.url);

/**
 * The page kinds whose bytes are budgeted (issue 13), and one that is only reported. A budget is
 * what a reader should download; it is never raised to fit the build. While a page misses its
 * budget, its `gzipCeiling` is what it weighs today: the build fails if the page grows past it.
 * Lower the ceiling whenever a page gets lighter; drop it once the page meets its budget. It rises
 * only for what an issue requires on every page and cannot load later, by the bytes measured, and
 * decision 0029 records each rise. See docs/decisions/0029.
 */
export const PAGES = [
  {
    label: 'a page with one quote card',
    widgets: ['quote-card'],
    gzipBudget: 12 * KB,
    gzipCeiling: CEILINGS.quoteCard,
  },
  {
    label: 'a page with one inline badge',
    widgets: ['actor-badge'],
    gzipBudget: 10 * KB,
    gzipCeiling: CEILINGS.badge,
  },
  {
    label: 'the whole story (one timeline)',
    widgets: ['timeline'],
    gzipBudget: 19 * KB,
    gzipCeiling: CEILINGS.timeline,
  },
  {
    label: 'a page with all three widgets',
    widgets: ['timeline', 'quote-card', 'actor-badge'],
    gzipCeiling: CEILINGS.allThree,
  },
];

/**
 * A page's verdict. A missed budget is said, with by how much; while a page has a ceiling, only
 * growth past it fails the build; without one, a missed budget fails it.
 * @param {number} total
 * @param {number} [budget]
 * @param {number} [ceiling]
 */
export function judgeWeight(total, budget, ceiling) {
  const met = budget !== undefined && total <= budget;
  const grew = ceiling !== undefined && total > ceiling;
  const fails = grew || (ceiling === undefined && budget !== undefined && !met);
  const verdict = fails ? 'FAIL' : met ? 'ok  ' : budget === undefined ? 'info' : 'MISS';
  const notes = [
    budget === undefined ? '' : `budget ${budget} B${met ? '' : `, missed by ${total - budget} B`}`,
    ceiling === undefined
      ? ''
      : `ceiling ${ceiling} B${grew ? `, ${total - ceiling} B over it` : ''}`,
  ]
    .filter(Boolean)
    .join('; ');
  return { verdict, fails, notes };
}

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
  // A Persian page fetches the story's Persian text beside the widget (docs/decisions/0013).
  { label: 'a Persian timeline: the story’s Persian text', sources: ['src/embed/timeline.fa.ts'] },
  { label: 'a Persian quote card: its Persian text', sources: ['src/embed/quote-card.fa.ts'] },
  { label: 'a Persian badge: its Persian text', sources: ['src/embed/actor-badge.fa.ts'] },
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
