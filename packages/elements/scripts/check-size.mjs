// Byte budgets of real page loads, checked at every build: for each kind of page, the gzip bytes of
// every file its widgets fetch (scripts/page-weights.mjs). Fails the build (exit 1) when a page is
// over its budget. The budgets are issue 13's; see docs/decisions/0029.
import { LATER, PAGES, closure, gzipBytes, pageFiles, readMetafile } from './page-weights.mjs';

const metafile = readMetafile();
let failed = false;
for (const { label, widgets, gzipBudget } of PAGES) {
  const files = pageFiles(metafile, widgets);
  const { total, each } = gzipBytes(files);
  const ok = gzipBudget === undefined || total <= gzipBudget;
  failed ||= !ok;
  const verdict = gzipBudget === undefined ? 'info' : ok ? 'ok  ' : 'FAIL';
  const budget =
    gzipBudget === undefined
      ? ''
      : ` (budget ${gzipBudget} B${ok ? '' : `, ${total - gzipBudget} B over`})`;
  console.log(`${verdict} ${label}: ${total} B gzip in ${files.length} files${budget}`);
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
  console.error('A page is over its byte budget; see above. Find savings: never raise a budget.');
  process.exit(1);
}
