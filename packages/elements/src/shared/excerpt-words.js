// Plain JavaScript so that the build's data projection (scripts/display-data-plugin.mjs) shares it.

/** Words kept from each end of a long excerpt: enough for a text fragment to find the paragraph. */
export const WORDS_EACH_SIDE = 3;

/**
 * The words of a verbatim excerpt that a text fragment (`#:~:text=`) matches on, quotation marks
 * and ellipses dropped: a long excerpt is reduced to its first and last few words.
 * @param {string} excerpt
 * @returns {{ start: string[], end: string[] }} the words that open and close the passage
 */
export function excerptEnds(excerpt) {
  const words = excerpt
    .replace(/[“”"‘’…]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const half = Math.min(WORDS_EACH_SIDE, Math.ceil(words.length / 2));
  return {
    start: words.slice(0, half),
    end: words.slice(Math.max(half, words.length - WORDS_EACH_SIDE)),
  };
}
