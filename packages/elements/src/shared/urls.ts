import { dataset as builtInDataset, type Citation } from '@iranwire/rapprochement-data';
import { excerptEnds } from './excerpt-words.js';

/**
 * The article's text, one anchor per paragraph (`#p6`), shipped beside the code: `dist/source.html`
 * next to `embed.js` and the npm entries. Resolved against this module, so the script-tag bundle
 * finds it wherever `embed.js` is hosted, and bundlers that follow `new URL('…', import.meta.url)`
 * (Vite, webpack 5, Parcel) copy it with the app (docs/decisions/0028).
 */
const SOURCE_PAGE = new URL('./source.html', import.meta.url).href;

/**
 * Where a component's source links point: its `source-url` when set; for the built-in story, the
 * shipped page of the article's text, so the links work on any host page; for custom data, the
 * current page (its source is the dataset owner's to name with `source-url`).
 */
export function sourceUrlFor(sourceUrl: string | null | undefined, dataset: object): string | null {
  return sourceUrl || (dataset === builtInDataset ? SOURCE_PAGE : null);
}

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
  // On the shipped page, the paragraph's anchor is where browsers without text fragments land.
  const page = `${base.split('#')[0]}#${base === SOURCE_PAGE ? `p${citation.paragraph}` : ''}`;
  const { start, end } = excerptEnds(citation.excerpt);
  if (start.length === 0) return base ? page : undefined;
  const directive = end.length ? `${encodeTerm(start)},${encodeTerm(end)}` : encodeTerm(start);
  return `${page}:~:text=${directive}`;
}
