// Sizes as a server would send them: raw, gzip and brotli, both at their best settings
// (what a CDN or a build step precompresses to), computed with Node's own zlib.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {Buffer} body */
export function compressedSizes(body) {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }).length,
  };
}

/**
 * Totals of the files a page loaded, per category and for the two sums the report uses:
 * `code` (JS + CSS, what the issue asks for) and `all` (everything the story needs: code, its data
 * file when the widget fetches one, and fonts).
 * @param {{ category: string, raw: number, gzip: number, brotli: number }[]} files
 */
export function byteTotals(files) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const totals = { js: zero(), css: zero(), data: zero(), font: zero(), code: zero(), all: zero() };
  for (const file of files) {
    const groups = [
      file.category,
      'all',
      ...(file.category === 'js' || file.category === 'css' ? ['code'] : []),
    ];
    for (const group of groups) {
      for (const key of ['raw', 'gzip', 'brotli']) totals[group][key] += file[key];
    }
  }
  return totals;
}
