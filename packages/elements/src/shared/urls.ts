import type { Citation } from '@iranwire/rapprochement-data';
import { excerptEnds } from './excerpt-words.js';

/** An http(s) URL, normalised; anything else (`javascript:`, `data:`, garbage) is dropped. */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Percent-encodes a text-fragment term; `-`, `,` and `&` are syntax there. */
function encodeTerm(words: string[]): string {
  return encodeURIComponent(words.join(' ')).replace(/-/g, '%2D');
}

/**
 * A link to the cited paragraph: a text fragment (`#:~:text=start,end`) built from the citation's
 * verbatim excerpt, so browsers scroll to and highlight the paragraph. It points into the article at
 * `articleUrl` (http(s) only) or, when there is none, into the current page, which is right when the
 * widget sits in the article itself. Returns undefined for an unsafe URL, so no link is rendered.
 */
export function citationHref(
  articleUrl: string | null | undefined,
  citation: Citation,
): string | undefined {
  const base = articleUrl ? safeHttpUrl(articleUrl) : '';
  if (base === undefined) return undefined;
  const { start, end } = excerptEnds(citation.excerpt);
  if (start.length === 0) return base ? base.split('#')[0] : undefined;
  const directive = end.length ? `${encodeTerm(start)},${encodeTerm(end)}` : encodeTerm(start);
  return `${base.split('#')[0]}#:~:text=${directive}`;
}
