import { html, nothing, type TemplateResult } from 'lit';
import type { Citation, Event, Quote } from '@iranwire/rapprochement-data';
import { describeAttribution } from '../quote-card/attribution.js';
import type { ResolvedDataset } from '../../shared/dataset.js';
import type { LocalizeController } from '../../shared/localize.js';
import { displayName, monogram } from '../../shared/people.js';
import { inline, markPhrases, recordText } from '../../shared/record-text.js';
import { renderOriginal } from '../../shared/translation.js';
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
 * fragments as the article's sentence with every fragment of that sentence marked, once. In the
 * reader's language where the story has the translation, each followed by the notice that it is a
 * translation and the original one action away.
 */
function renderWords(group: QuoteGroup, context: DetailsContext, shared: string | undefined) {
  const { resolved, l10n } = context;
  const story = resolved.dataset;
  const { strings, lang } = l10n;
  const text = (quote: Quote, field: string) => recordText(quote, field, lang, story);
  const all = resolved.index.quotesOf(group.quotes[0]!.event);
  // In the article's order: a sentence stands where its first fragment does.
  const blocks: Array<Quote | { sentence: Quote; fragments: Quote[] }> = [];
  for (const quote of group.quotes) {
    if (!quote.fragment || !quote.context) {
      blocks.push(quote);
      continue;
    }
    const block = blocks.find((b) => 'sentence' in b && b.sentence.context === quote.context);
    if (block && 'sentence' in block) block.fragments.push(quote);
    else blocks.push({ sentence: quote, fragments: [quote] });
  }
  return blocks.map((block) => {
    if ('sentence' in block) {
      const sentence = text(block.sentence, 'context');
      return html`<p class="context" part="context" lang=${sentence.lang} dir="auto">
          ${markPhrases(
            sentence.text,
            block.fragments.map((fragment) => text(fragment, 'text').text),
          )}
        </p>
        ${
          sentence.translated
            ? renderOriginal(
                markPhrases(
                  block.sentence.context!,
                  block.fragments.map((fragment) => fragment.text),
                ),
                story,
                l10n,
                false,
              )
            : nothing
        }`;
    }
    const nested = all.filter((other) => other.partOf === block.id);
    const words = text(block, 'text');
    return html`<blockquote part="quote">
        <p lang=${words.lang} dir="auto">
          ${strings.quoteOpen}${markPhrases(
            words.text,
            nested.map((other) => text(other, 'text').text),
          )}${strings.quoteClose}
        </p>
      </blockquote>
      ${
        words.translated
          ? renderOriginal(
              markPhrases(
                block.text,
                nested.map((other) => other.text),
              ),
              story,
              l10n,
            )
          : nothing
      }
      ${shared === undefined ? html`<p class="attribution">${attributionLine(block, context)}</p>` : nothing}`;
  });
}

/** One speaker line, their words, and the copy actions for all of them. */
function renderGroup(group: QuoteGroup, context: DetailsContext): TemplateResult {
  const { resolved, l10n, copyFallback, copied } = context;
  const { strings, lang } = l10n;
  const story = resolved.dataset;
  const first = group.quotes[0]!;
  const person = first.speaker.person ? resolved.index.getPerson(first.speaker.person) : undefined;
  const name = person
    ? displayName(person, lang, story)
    : recordText(first, 'speaker.group', lang, story);
  const shared = sharedAttribution(group.quotes, context);
  const translated = group.quotes.some(
    (quote) => recordText(quote, 'text', lang, story).translated,
  );
  return html`<section class="group" part="quote-group" data-speaker=${group.key}>
    <p class="speaker">
      <span class="avatar" aria-hidden="true">${monogram(name.text)}</span>
      <span class="speaker-text">
        <strong class="speaker-name">${inline(name, lang)}</strong>
        ${shared ? html`<span class="attribution">${shared}</span>` : nothing}
      </span>
    </p>
    ${renderWords(group, context, shared)}
    <p class="copy">
      <button type="button" class="link" data-copy=${group.key}>
        ${translated ? strings.copyTranslation : strings.copy}
      </button>
      ${
        translated
          ? html`<button type="button" class="link" data-copy=${group.key} data-original>
              ${strings.copyOriginal}
            </button>`
          : nothing
      }
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
