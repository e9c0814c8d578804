// Byte budgets, checked at every build. Fails the build (exit 1) when a bundle outgrows its budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1000;
const budgets = [
  {
    // What a reader downloads by default: Lit, the data and all three components, minified.
    // The custom-data validator is loaded only when a page sets `.data`, so it is left out here.
    label: 'all three components + Lit + data (no validator)',
    file: 'node_modules/.cache/size/embed-without-validator.js',
    gzipBudget: 25 * KB,
  },
  {
    // The script-tag bundle as shipped, validator inlined.
    label: 'dist/embed.js as shipped',
    file: 'dist/embed.js',
    gzipBudget: 30 * KB,
  },
];

let failed = false;
for (const { label, file, gzipBudget } of budgets) {
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const ok = gzip <= gzipBudget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${label}: ${bytes.length} B min, ${gzip} B gzip, ${brotli} B brotli (gzip budget ${gzipBudget} B)`,
  );
}
if (failed) {
  console.error('A bundle is over its byte budget; see above.');
  process.exit(1);
}
