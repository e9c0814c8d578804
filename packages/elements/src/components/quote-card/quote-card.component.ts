import { LitElement, html, nothing } from 'lit';
import type { Dataset, Quote } from '@iranwire/rapprochement-data';
import { renderCitation } from '../../shared/citation.js';
import { VERSION } from '../../shared/define.js';
import {
  DatasetController,
  type DatasetIndex,
  type ResolvedDataset,
} from '../../shared/dataset.js';
import { renderError, renderStoryError, warnOnce } from '../../shared/error-state.js';
import { LocalizeController, type Calendar } from '../../shared/localize.js';
import { copyText, quoteCitationText } from '../../shared/quote-text.js';
import { markPhrases, recordText } from '../../shared/record-text.js';
import { themeStyles, translationStyles } from '../../shared/shared.styles.js';
import { renderOriginal } from '../../shared/translation.js';
import { sourceUrlFor } from '../../shared/urls.js';
import { describeAttribution } from './attribution.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * Whose words they are, as the attribution line names them first: the person who first said or
 * wrote them (Zanganeh, for words Rafsanjani's diary records him saying), else the speaker. When the
 * line opens with an organization or a group, no person's badge is shown.
 */
function wordsOf(quote: Quote, articleId: string): string | undefined {
  const first = quote.attribution.find(
    (link) => !(link.act === 'quoted' && link.source === articleId),
  );
  return first ? first.person : quote.speaker.person;
}

/** Quotes longer than this collapse to a few lines behind a "Show the full quote" button. */
const COLLAPSE_AFTER_CHARACTERS = 320;

/** Nothing copied yet, or what the last copy did: copied or failed, the translation or the original. */
type CopyState = 'idle' | `${'copied' | 'failed'}${'' | '-original'}`;

/**
 * @tag iw-quote-card
 * @summary A quote from the story as a figure: the words in a blockquote, and a caption outside it
 * with the speaker, the attribution chain in plain words, the date and the source paragraph.
 *
 * @csspart base - The figure.
 * @csspart quote - The blockquote.
 * @csspart context - For a short fragment: the article's sentence it stands in.
 * @csspart translation - Beside a translated quote: the notice and the original words.
 * @csspart translation-notice - The notice that the quote is a translation, not the speaker's words.
 * @csspart original - The disclosure that shows the original words.
 * @csspart caption - The figcaption.
 * @csspart attribution - The attribution chain and date.
 * @csspart source - The link to the source paragraph.
 * @csspart actions - The expand and copy buttons.
 * @csspart error - The error shown for an unknown quote or invalid data.
 *
 * @attribute src-origins - Other origins, space-separated, that `src` may fetch a story from.
 *
 * @cssproperty --iw-quote-card-accent-color - The rule beside the quote (default: the accent colour).
 * @cssproperty --iw-quote-card-background - Card background.
 * @cssproperty --iw-quote-card-quote-font-family - Font of the quoted words.
 * @cssproperty --iw-quote-card-quote-font-size - Size of the quoted words (default 1.125em).
 * @cssproperty --iw-quote-card-max-width - Maximum inline size (default 42em).
 * @cssproperty --iw-accent-color - Accent colour shared by all components: links, dots, pressed chips, monograms.
 * @cssproperty --iw-on-accent-color - Text on the accent colour (pressed chips, monograms).
 * @cssproperty --iw-text-color - Text colour shared by all components.
 * @cssproperty --iw-muted-color - Secondary text colour shared by all components.
 * @cssproperty --iw-surface-color - Background shared by all components.
 * @cssproperty --iw-raised-color - Background of raised and hovered areas (quote cards, hovered events and badges).
 * @cssproperty --iw-border-color - Borders shared by all components.
 * @cssproperty --iw-focus-color - Focus ring shared by all components.
 * @cssproperty --iw-error-color - Text and border of error messages (invalid data, unknown ids).
 * @cssproperty --iw-mark-color - Background of the quoted fragment marked in its sentence.
 * @cssproperty --iw-mark-text-color - Text colour of that marked fragment.
 * @cssproperty --iw-radius - Corner radius of cards, events, buttons and error boxes (default 0.5em).
 * @cssproperty --iw-font-family - Font (default: inherited from the page).
 * @cssproperty --iw-font-size - Base text size; everything inside scales with it (default `medium`, 16px in most browsers).
 * @cssproperty --iw-persian-font-family - Font of Persian text (default: the page's --iw-font-family, else system fonts that suit Naskh script).
 * @cssproperty --iw-persian-font-size - Size of Persian text, relative to --iw-font-size (default 1.0625em).
 * @cssproperty --iw-persian-line-height - Line height of Persian text (default 1.8).
 */
export class IwQuoteCard extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, translationStyles, quoteCardStyles];
  static override properties = {
    quote: { reflect: true },
    lang: {},
    dir: {},
    calendar: { reflect: true },
    theme: { reflect: true },
    sourceUrl: { attribute: 'source-url' },
    src: {},
    data: { attribute: false },
    expanded: { state: true, attribute: false },
    copyState: { state: true, attribute: false },
  };

  /** Id of the quote in the dataset, e.g. `khatami-civilized`. */
  quote = '';

  /** `en` or `fa`; when absent, the nearest ancestor's `lang` (default English). */
  override lang = '';

  /** `ltr` or `rtl`; when absent, follows `lang`, else the nearest ancestor's `dir`. */
  override dir = '';

  /** `gregory` or `persian`; defaults to Persian for `lang="fa"`. */
  calendar: Calendar | null = null;

  /** `auto` follows the page's declared `color-scheme` (light when it declares none), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /**
   * URL of the article that source links point into (http(s) only). By default they point to the
   * article's text shipped beside the script (`source.html`); for custom data, into the current page.
   */
  sourceUrl: string | null = null;

  /**
   * URL of a story (a dataset of the same schema, as JSON) to show instead of the built-in one: from
   * the page's own origin, or from one listed in the `src-origins` attribute. Validated before use;
   * a failed fetch or invalid data shows what is wrong.
   */
  src: string | null = null;

  /** A custom dataset of the same schema; validated before use. */
  data: Dataset | undefined;

  /** @internal */
  private expanded = false;
  /** @internal */
  private copyState: CopyState = 'idle';

  readonly #l10n = new LocalizeController(this);
  readonly #store = new DatasetController(this, {
    slices: ['people', 'quotes'],
    lang: () => this.#l10n.lang,
  });
  readonly #warned = new Set<string>();

  /** Settles when the component has rendered its data (custom data validated first). */
  get rendered(): Promise<void> {
    return this.#store.rendered();
  }

  protected override render() {
    const { strings } = this.#l10n;
    if (this.#store.issues) return renderStoryError(this.#store.issues, this.#l10n);
    const resolved = this.#store.resolved;
    if (!resolved) return html`<p role="status">${strings.loading}</p>`;
    const quote = resolved.index.getQuote(this.quote);
    if (!quote) {
      warnOnce(this, this.#warned, `unknown quote "${this.quote}"`);
      return renderError(strings.unknown('quote', this.quote));
    }
    return this.#renderCard(quote, resolved);
  }

  #renderCard(quote: Quote, { dataset, index }: ResolvedDataset) {
    const { lang, dir, strings } = this.#l10n;
    // The words in the reader's language where the story has their translation, else as written.
    const words = recordText(quote, 'text', lang, dataset);
    const context = quote.fragment ? recordText(quote, 'context', lang, dataset) : undefined;
    const collapsible = words.text.length > COLLAPSE_AFTER_CHARACTERS;
    const { chain, date } = describeAttribution(quote, index, this.#l10n);
    // The quote's words are verbatim in the cited paragraph, so the link's text fragment finds them.
    const citation = quote.sources[0] && { ...quote.sources[0], excerpt: quote.text };
    const articleUrl = sourceUrlFor(this.sourceUrl, dataset);
    const speaker = wordsOf(quote, dataset.article.id);
    const copyButton = (label: string, original: boolean) =>
      html`<button type="button" @click=${() => this.#copy(quote, index, articleUrl, original)}>
        ${label}
      </button>`;
    const failed = this.copyState.startsWith('failed');
    return html`<figure part="base" lang=${lang} dir=${dir}>
      <blockquote
        id="quote-text"
        part="quote"
        class=${collapsible && !this.expanded ? 'collapsed' : ''}
      >
        <p>
          <span lang=${words.lang} dir="auto"
            >${strings.quoteOpen}${words.text}${strings.quoteClose}</span
          >
        </p>
      </blockquote>
      ${context?.text ? this.#renderContext(words.text, context.text, context.lang) : nothing}
      ${
        words.translated
          ? renderOriginal(
              quote.fragment && quote.context
                ? markPhrases(quote.context, [quote.text])
                : quote.text,
              dataset,
              this.#l10n,
              !(quote.fragment && quote.context),
            )
          : nothing
      }
      <div class="actions" part="actions">
        ${
          collapsible
            ? html`<button
                type="button"
                aria-controls="quote-text"
                aria-expanded=${this.expanded ? 'true' : 'false'}
                @click=${this.#toggleExpanded}
              >
                ${this.expanded ? strings.showLess : strings.showMore}
              </button>`
            : nothing
        }
        ${
          words.translated
            ? html`${copyButton(strings.copyTranslation, false)}
              ${copyButton(strings.copyOriginal, true)}`
            : copyButton(strings.copy, false)
        }
        <p class="copy-status" role="status">
          ${this.copyState.startsWith('copied') ? strings.copied : failed ? strings.copyFailed : nothing}
        </p>
        ${
          failed
            ? html`<textarea
                readonly
                aria-label=${strings.copy}
                .value=${quoteCitationText(quote, index, articleUrl, this.#l10n, this.copyState.endsWith('original'))}
              ></textarea>`
            : nothing
        }
      </div>
      <figcaption part="caption">
        ${
          speaker
            ? html`<iw-actor-badge
                person=${speaker}
                lang=${lang}
                dir=${dir}
                calendar=${this.#l10n.calendar}
                theme=${this.theme}
                .data=${this.data ?? (this.src ? this.#store.resolved?.dataset : undefined)}
              ></iw-actor-badge>`
            : nothing
        }
        <p part="attribution">
          ${chain}${date ? html`${strings.comma}<time datetime=${date.replace(/[?~%]$/, '')}>${this.#l10n.date(date)}</time>` : nothing}
        </p>
        ${citation ? html`<p>${renderCitation(citation, articleUrl, this.#l10n)}</p>` : nothing}
      </figcaption>
    </figure>`;
  }

  /** The article's sentence with the quoted fragment marked in it. */
  #renderContext(fragment: string, context: string, textLang: string) {
    return html`<p class="context" part="context">
      ${this.#l10n.strings.inContext}
      <span lang=${textLang} dir="auto">${markPhrases(context, [fragment])}</span>
    </p>`;
  }

  #toggleExpanded(): void {
    this.expanded = !this.expanded;
  }

  /**
   * Copies the quote (its translation, or the `original` words) with its citation; where the
   * clipboard is blocked, offers the text to copy by hand.
   */
  async #copy(
    quote: Quote,
    index: DatasetIndex,
    articleUrl: string | null | undefined,
    original: boolean,
  ): Promise<void> {
    const copied = await copyText(
      quoteCitationText(quote, index, articleUrl, this.#l10n, original),
    );
    this.copyState = `${copied ? 'copied' : 'failed'}${original ? '-original' : ''}`;
    if (copied) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector('textarea')?.select();
  }
}
