import { html, nothing } from 'lit';
import type { LocalizedText, Person } from '@iranwire/rapprochement-data';
import type { DatasetIndex } from '../../shared/dataset.js';
import { headingLevel } from '../../shared/headings.js';
import type { LocalizeController } from '../../shared/localize.js';
import { inline, recordText } from '../../shared/record-text.js';
import { translationNotice } from '../../shared/translation.js';

// The badge's panel: imported only when a reader first opens one, so that a page of badges loads
// neither this code nor, in the script-tag build, the story's events and quotes it lists
// (docs/decisions/0029).

const QUOTE_PREVIEW_LENGTH = 140;

/** What the panel shows and does, from its badge. */
export interface PanelContext {
  person: Person;
  index: DatasetIndex;
  name: LocalizedText;
  /** The role line and the organization line of the badge. */
  roleParts: { role: unknown; organization: unknown[] | undefined } | undefined;
  l10n: LocalizeController;
  headingLevel: number | string | null;
  /** Closes the panel (following an event's link). */
  hide: () => void;
  /** Closes the panel and returns focus to the badge. */
  close: () => void;
}

export function renderPanel({
  person,
  index,
  name,
  roleParts,
  l10n,
  headingLevel: levelAttribute,
  hide,
  close,
}: PanelContext) {
  const { strings, lang } = l10n;
  const story = index.dataset;
  const events = index.timeline(index.eventsInvolving(person.id));
  const quotes = index.quotesBy(person.id);
  const level = headingLevel(levelAttribute);
  const section = Math.min(level + 1, 6);
  return html`
    <p class="panel-title" role="heading" aria-level=${level}>${inline(name, lang)}</p>
    ${
      roleParts
        ? html`<p class="panel-role">
            ${roleParts.role}${roleParts.organization ? html`${strings.comma}${roleParts.organization}` : nothing}
          </p>`
        : nothing
    }
    <p class="panel-section" role="heading" aria-level=${section}>${strings.eventsHeading}</p>
    ${
      events.length
        ? html`<ul>
            ${events.map((event) => {
              const title = recordText(event, 'title', lang, story);
              return html`<li>
                <time datetime=${event.date.edtf.replace(/[?~%]$/, '')}
                  >${l10n.date(event.date.edtf)}</time
                >${strings.comma}<a
                  href="#iw-event-${event.id}"
                  @click=${hide}
                  lang=${title.lang}
                  dir="auto"
                  >${title.text}</a
                >
              </li>`;
            })}
          </ul>`
        : html`<p>${strings.noneListed}</p>`
    }
    <p class="panel-section" role="heading" aria-level=${section}>${strings.quotesHeading}</p>
    ${
      quotes.length
        ? html`<ul>
              ${quotes.map((quote) => {
                const words = recordText(quote, 'text', lang, story);
                const shown = html`<span lang=${words.lang} dir="auto"
                  >${strings.quoteOpen}${preview(words.text)}${strings.quoteClose}</span
                >`;
                // A translated preview says so, and opens on the original words.
                return html`<li>
                  ${
                    words.translated
                      ? html`<details class="original">
                          <summary>
                            ${shown}
                            <span class="translation-tag" title=${translationNotice(story, l10n)}
                              >${strings.translationTag}</span
                            >
                          </summary>
                          <p lang=${story.article.language} dir="auto">${preview(quote.text)}</p>
                        </details>`
                      : shown
                  }
                </li>`;
              })}
            </ul>
            ${
              quotes.some((quote) => recordText(quote, 'text', lang, story).translated)
                ? html`<p class="translation-notice">${translationNotice(story, l10n)}</p>`
                : nothing
            }`
        : html`<p>${strings.noneListed}</p>`
    }
    <button class="close" type="button" @click=${close}>${strings.close}</button>
  `;
}

function preview(text: string): string {
  return text.length > QUOTE_PREVIEW_LENGTH
    ? `${text.slice(0, QUOTE_PREVIEW_LENGTH).trimEnd()}…`
    : text;
}
