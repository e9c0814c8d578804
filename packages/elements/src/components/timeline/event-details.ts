import { html, nothing, type TemplateResult } from 'lit';
import type { Citation, Event, Quote } from '@iranwire/rapprochement-data';
import { describeAttribution } from '../quote-card/attribution.js';
import type { ResolvedDataset } from '../../shared/dataset.js';
import type { LocalizeController } from '../../shared/localize.js';
import { displayName, en, monogram } from '../../shared/people.js';
import { citationHref } from '../../shared/urls.js';

/** One speaker's words at one event: the reader sees one speaker line, then the words. */
export interface QuoteGroup {
  /** The speaker's person id or group words; also names the group's copy state. */
  key: string;
  quotes: Quote[];
}

/** What the timeline tells the details of an event. */
export interface DetailsContext {
  resolved: ResolvedDataset;
  l10n: LocalizeController;
  articleUrl: string | null | undefined;
  /** The group whose copy failed, with the text to copy by hand. */
  copyFallback: { key: string; text: string } | undefined;
  /** The group whose copy succeeded, for the status line. */
  copied: string | undefined;
}

/**
 * An event's quotes grouped by speaker, in the article's order. A quote nested in a longer one of
 * the same event (a remark inside a diary entry) is marked in its parent rather than shown twice.
 */
export function quoteGroups(quotes: readonly Quote[]): QuoteGroup[] {
  const byId = new Map(quotes.map((quote) => [quote.id, quote]));
  const groups = new Map<string, Quote[]>();
  for (const quote of quotes) {
    if (nestedIn(quote, byId)) continue;
    const key = quote.speaker.person ?? quote.speaker.group ?? '';
    groups.set(key, [...(groups.get(key) ?? []), quote]);
  }
  return [...groups].map(([key, list]) => ({ key, quotes: list }));
}

function nestedIn(quote: Quote, byId: Map<string, Quote>): Quote | undefined {
  const parent = quote.partOf ? byId.get(quote.partOf) : undefined;
  return parent?.text.includes(quote.text) ? parent : undefined;
}

/**
 * `text` with each of `phrases` marked. A phrase the article puts in quotation marks is found there
 * first (“wall” rather than the "wall" of "wall of distrust"); overlapping phrases mark once.
 */
export function markPhrases(
  text: string,
  phrases: readonly string[],
): Array<string | TemplateResult> {
  const ranges = phrases
    .map((phrase) => {
      const quoted = text.indexOf(`“${phrase}”`);
      const at = quoted >= 0 ? quoted + 1 : text.toLowerCase().indexOf(phrase.toLowerCase());
      return [at, at + phrase.length] as const;
    })
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0]);
  const parts: Array<string | TemplateResult> = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start < position) continue;
    parts.push(text.slice(position, start), html`<mark>${text.slice(start, end)}</mark>`);
    position = end;
  }
  parts.push(text.slice(position));
  return parts;
}

/** "Source: ¶4, ¶5": each paragraph once, linked with a text fragment of the cited words. */
export function renderSources(
  citations: readonly Citation[],
  articleUrl: string | null | undefined,
  l10n: LocalizeController,
): TemplateResult {
  const { strings } = l10n;
  const seen = new Set<number>();
  const links = citations
    .filter(({ paragraph }) => !seen.has(paragraph) && seen.add(paragraph))
    .map((citation, i) => {
      const label = html`<span aria-hidden="true">¶</span
        ><span class="visually-hidden">${strings.paragraph} </span
        >${l10n.number(citation.paragraph)}`;
      const href = citationHref(articleUrl, citation);
      return html`${i ? strings.comma : ''}${href ? html`<a href=${href}>${label}</a>` : label}`;
    });
  return html`<p class="source" part="source">${strings.sourceLabel}: ${links}</p>`;
}

/** The attribution line of some quotes: shared by all of them, or undefined when they differ. */
function sharedAttribution(quotes: Quote[], context: DetailsContext): string | undefined {
  const lines = quotes.map((quote) => attributionLine(quote, context));
  return lines.every((line) => line === lines[0]) ? lines[0] : undefined;
}

function attributionLine(quote: Quote, { resolved, l10n }: DetailsContext): string {
  const { chain, date } = describeAttribution(quote, resolved.index, l10n);
  return date ? `${chain}${l10n.strings.comma}${l10n.date(date)}` : chain;
}

/**
 * A group's words: full quotes as block quotations (with any nested quote marked in them);
 * fragments as the article's sentence with every fragment of that sentence marked, once.
 */
function renderWords(group: QuoteGroup, context: DetailsContext, shared: string | undefined) {
  const { resolved, l10n } = context;
  const textLang = resolved.dataset.article.language;
  const { strings } = l10n;
  const all = resolved.index.quotesOf(group.quotes[0]!.event);
  // In the article's order: a sentence stands where its first fragment does.
  const blocks: Array<Quote | { sentence: string; fragments: string[] }> = [];
  for (const quote of group.quotes) {
    if (!quote.fragment || !quote.context) {
      blocks.push(quote);
      continue;
    }
    const block = blocks.find((b) => 'sentence' in b && b.sentence === quote.context);
    if (block && 'sentence' in block) block.fragments.push(quote.text);
    else blocks.push({ sentence: quote.context, fragments: [quote.text] });
  }
  return blocks.map((block) => {
    if ('sentence' in block) {
      return html`<p class="context" part="context" lang=${textLang} dir="auto">
        ${markPhrases(block.sentence, block.fragments)}
      </p>`;
    }
    const nested = all.filter((other) => other.partOf === block.id).map((other) => other.text);
    return html`<blockquote part="quote">
        <p lang=${textLang} dir="auto">
          ${strings.quoteOpen}${markPhrases(block.text, nested)}${strings.quoteClose}
        </p>
      </blockquote>
      ${shared === undefined ? html`<p class="attribution">${attributionLine(block, context)}</p>` : nothing}`;
  });
}

/** One speaker line, their words, and one copy action for all of them. */
function renderGroup(group: QuoteGroup, context: DetailsContext): TemplateResult {
  const { resolved, l10n, copyFallback, copied } = context;
  const { strings, lang } = l10n;
  const person = group.quotes[0]!.speaker.person
    ? resolved.index.getPerson(group.quotes[0]!.speaker.person)
    : undefined;
  const name = person ? displayName(person, lang) : group.key;
  const shared = sharedAttribution(group.quotes, context);
  return html`<section class="group" part="quote-group" data-speaker=${group.key}>
    <p class="speaker">
      <span class="avatar" aria-hidden="true">${monogram(name)}</span>
      <span class="speaker-text">
        <strong class="speaker-name">${en(name, lang, !person?.nameFa)}</strong>
        ${shared ? html`<span class="attribution">${shared}</span>` : nothing}
      </span>
    </p>
    ${renderWords(group, context, shared)}
    <p class="copy">
      <button type="button" class="link" data-copy=${group.key}>${strings.copy}</button>
      <span role="status">${copied === group.key ? strings.copied : nothing}</span>
    </p>
    ${
      copyFallback?.key === group.key
        ? html`<p class="copy-fallback">${strings.copyFailed}</p>
            <textarea readonly aria-label=${strings.copy} .value=${copyFallback.text}></textarea>`
        : nothing
    }
  </section>`;
}

/** An event's details: its quotes grouped by speaker, then its sources. */
export function renderEventDetails(event: Event, context: DetailsContext): TemplateResult {
  const groups = quoteGroups(context.resolved.index.quotesOf(event.id));
  return html`${groups.map((group) => renderGroup(group, context))}
  ${renderSources(event.sources, context.articleUrl, context.l10n)}`;
}
