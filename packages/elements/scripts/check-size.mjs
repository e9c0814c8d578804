// Byte budgets of real page loads, checked at every build: for each kind of page, the gzip bytes of
// every file its widgets fetch (scripts/page-weights.mjs). Fails the build (exit 1) when a page is
// over its budget, or, while it still misses its budget, when it grows past what it weighs today
// (its ceiling). Every miss is printed with its size. The budgets are issue 13's; see
// docs/decisions/0029.
import {
  LATER,
  PAGES,
  closure,
  gzipBytes,
  judgeWeight,
  pageFiles,
  readMetafile,
} from './page-weights.mjs';

const metafile = readMetafile();
let failed = false;
for (const { label, widgets, gzipBudget, gzipCeiling } of PAGES) {
  const files = pageFiles(metafile, widgets);
  const { total, each } = gzipBytes(files);
  const { verdict, fails, notes } = judgeWeight(total, gzipBudget, gzipCeiling);
  failed ||= fails;
  console.log(`${verdict} ${label}: ${total} B gzip in ${files.length} files (${notes})`);
  console.log(`       ${files.map((file) => `${file} ${each[file]}`).join(', ')}`);
}
for (const { label, sources } of LATER) {
  const files = [...new Set(sources.flatMap((source) => [...closure(metafile, source)]))];
  const { total } = gzipBytes(files);
  console.log(
    `info ${label}: up to ${total} B gzip more (${files.join(', ')}, less what the page has)`,
  );
}
if (failed) {
  console.error(
    'A page grew past its ceiling or over its budget; see above. Find savings: never raise a budget or a ceiling.',
  );
  process.exit(1);
}
