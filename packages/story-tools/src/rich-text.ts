import { Parser } from 'htmlparser2';
import type { Paragraph, TextRun } from '@iranwire/rapprochement-data/validate';

/** What converting one HTML field kept, and what it had to leave out. */
export interface RichText {
  paragraphs: Paragraph[];
  /** Plain text of the whole field, paragraphs joined by a space. */
  plain: string;
  /** One phrase per kind of thing dropped, such as `<script> and its content` or `a javascript: link`. */
  dropped: string[];
}

/** Elements whose content is never text a reader should see. */
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'form',
  'head',
  'title',
]);
/** Elements that end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'table',
  'tr',
  'hr',
  'pre',
  'figure',
  'figcaption',
]);
/** Wrappers whose text is kept without saying so: structure the runs already express. */
const QUIET = new Set(['p', 'br', 'span', 'div', 'a', 'em', 'i', 'strong', 'b', 'body', 'html']);
/** A link's address as the schema takes it (http, https or mailto, normalised), or undefined. */
function safeHref(href: string): string | undefined {
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) && !/\s/.test(url.href)
      ? url.href
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * More tags than any real slide's text holds. Past it the markup is dropped whole, before parsing:
 * htmlparser2 slows down with the square of how deep tags nest (an upstream issue), and a 5 MB cell
 * of unclosed tags would take minutes.
 */
export const MAX_TAGS = 10_000;

/** Whether `html` has more than MAX_TAGS tags, counted in one pass. */
function tooManyTags(html: string): boolean {
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1))
    if (/[a-z/!?]/i.test(html[at + 1] ?? '') && ++tags > MAX_TAGS) return true;
  return false;
}

/** `html` with every `<…>` replaced by a space, in one pass (an unclosed `<` ends the text). */
function withoutTags(html: string): string {
  const parts: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    parts.push(html.slice(at, open < 0 ? undefined : open));
    if (open < 0) break;
    const close = html.indexOf('>', open);
    if (close < 0) break;
    parts.push(' ');
    at = close + 1;
  }
  return parts.join('');
}

/**
 * Converts TimelineJS3's HTML text to what the dataset holds: paragraphs of plain runs, with
 * emphasis, strong and http(s)/mailto links. Everything else is dropped (tags, attributes, event
 * handlers, scripts and their content) and named in `dropped`. Parsed with htmlparser2, so entities
 * and malformed markup are handled as browsers do, and nothing passes through as markup.
 */
export function richText(html: string): RichText {
  const paragraphs: Paragraph[] = [];
  const dropped = new Set<string>();
  let runs: TextRun[] = [];
  let skipDepth = 0;
  let em = 0;
  let strong = 0;
  /** The open links, innermost last; undefined for one whose address was dropped. */
  const links: (string | undefined)[] = [];

  const flush = () => {
    // Whitespace at the paragraph's edges is HTML formatting, not text.
    const first = runs[0];
    const last = runs[runs.length - 1];
    if (first) first.text = first.text.trimStart();
    if (last) last.text = last.text.trimEnd();
    runs = runs.filter((run) => run.text !== '');
    if (runs.length) paragraphs.push(runs as Paragraph);
    runs = [];
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipDepth || DROP_WITH_CONTENT.has(name)) {
          if (!skipDepth) dropped.add(`<${name}> and its content`);
          skipDepth++;
          return;
        }
        for (const attribute of Object.keys(attributes))
          if (/^on/i.test(attribute)) dropped.add(`event handlers (${attribute})`);
        if (BLOCK.has(name)) flush();
        if (name === 'em' || name === 'i') em++;
        if (name === 'strong' || name === 'b') strong++;
        if (name === 'a') {
          const href = attributes.href?.trim();
          const safe = href ? safeHref(href) : undefined;
          if (href && !safe)
            dropped.add(
              /^[a-z][a-z0-9+.-]*:/i.test(href)
                ? `a ${href.split(':')[0]!.toLowerCase()}: link (its text kept)`
                : 'a link with no absolute address (its text kept)',
            );
          links.push(safe);
        }
        if (name === 'blockquote')
          dropped.add(
            '<blockquote> (its text kept as a paragraph: TimelineJS does not say who spoke, so no quote is made)',
          );
        if (name === 'img') dropped.add('<img> (an event has one media item: the Media column)');
        else if (!QUIET.has(name) && !BLOCK.has(name)) dropped.add(`<${name}> (its text kept)`);
      },
      ontext(text) {
        if (skipDepth) return;
        const value = text.replace(/\s+/g, ' ');
        if (!value) return;
        const href = links[links.length - 1];
        const run: TextRun = { text: value };
        if (em) run.em = true;
        if (strong) run.strong = true;
        if (href) run.href = href;
        const previous = runs[runs.length - 1];
        if (
          previous &&
          previous.em === run.em &&
          previous.strong === run.strong &&
          previous.href === run.href
        )
          previous.text += value;
        else runs.push(run);
      },
      onclosetag(name) {
        if (skipDepth) {
          skipDepth--;
          return;
        }
        if (name === 'em' || name === 'i') em = Math.max(0, em - 1);
        if (name === 'strong' || name === 'b') strong = Math.max(0, strong - 1);
        if (name === 'a') links.pop();
        if (BLOCK.has(name)) flush();
      },
      oncomment() {
        dropped.add('HTML comments');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  if (tooManyTags(html)) {
    dropped.add(`its markup, over ${MAX_TAGS.toLocaleString('en')} tags (its text kept)`);
    parser.write(withoutTags(html));
  } else parser.write(html);
  parser.end();
  flush();
  // Runs that whitespace collapsing emptied, and double spaces across runs.
  for (const paragraph of paragraphs)
    for (let i = 1; i < paragraph.length; i++)
      if (paragraph[i - 1]!.text.endsWith(' ') && paragraph[i]!.text.startsWith(' '))
        paragraph[i]!.text = paragraph[i]!.text.slice(1);
  const cleaned = paragraphs
    .map((paragraph) => paragraph.filter((run) => run.text !== '') as Paragraph)
    .filter((paragraph) => paragraph.length > 0);
  return {
    paragraphs: cleaned,
    plain: cleaned.map((paragraph) => paragraph.map((run) => run.text).join('')).join(' '),
    dropped: [...dropped],
  };
}
