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
 * Totals of the files a page loaded, per category and for the sums the report uses: `code` (JS +
 * CSS, what issue 13 asks for), `all` (everything the story needs: code, its data file when the
 * widget fetches one, and fonts; not the page's HTML) and `htmlJs` (the page's HTML and its JS,
 * what issue 12 compares: a prerendered widget moves bytes from script into the page).
 * @param {{ category: string, raw: number, gzip: number, brotli: number }[]} files
 */
export function byteTotals(files) {
  const zero = () => ({ raw: 0, gzip: 0, brotli: 0 });
  const totals = {
    html: zero(),
    js: zero(),
    css: zero(),
    data: zero(),
    font: zero(),
    code: zero(),
    all: zero(),
    htmlJs: zero(),
  };
  for (const file of files) {
    const { category } = file;
    const groups = [
      category,
      ...(category === 'html' ? [] : ['all']),
      ...(category === 'js' || category === 'css' ? ['code'] : []),
      ...(category === 'html' || category === 'js' ? ['htmlJs'] : []),
    ];
    for (const group of groups) {
      for (const key of ['raw', 'gzip', 'brotli']) totals[group][key] += file[key];
    }
  }
  return totals;
}
