import { html, nothing } from 'lit';
import type { Person } from '@iranwire/rapprochement-data';
import type { DatasetIndex } from '../../shared/dataset.js';
import { headingLevel } from '../../shared/headings.js';
import type { LocalizeController } from '../../shared/localize.js';
import { en } from '../../shared/people.js';

// The badge's panel: imported only when a reader first opens one, so that a page of badges loads
// neither this code nor, in the script-tag build, the story's events and quotes it lists
// (docs/decisions/0029).

const QUOTE_PREVIEW_LENGTH = 140;

/** What the panel shows and does, from its badge. */
export interface PanelContext {
  person: Person;
  index: DatasetIndex;
  name: string;
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
  const { strings } = l10n;
  const events = index.timeline(index.eventsInvolving(person.id));
  const quotes = index.quotesBy(person.id);
  const level = headingLevel(levelAttribute);
  const section = Math.min(level + 1, 6);
  return html`
    <p class="panel-title" role="heading" aria-level=${level}>
      ${en(name, l10n.lang, !person.nameFa)}
    </p>
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
            ${events.map(
              (event) =>
                html`<li>
                  <time datetime=${event.date.edtf.replace(/[?~%]$/, '')}
                    >${l10n.date(event.date.edtf)}</time
                  >${strings.comma}<a
                    href="#iw-event-${event.id}"
                    @click=${hide}
                    lang=${index.dataset.article.language}
                    dir="auto"
                    >${event.title}</a
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>${strings.noneListed}</p>`
    }
    <p class="panel-section" role="heading" aria-level=${section}>${strings.quotesHeading}</p>
    ${
      quotes.length
        ? html`<ul>
            ${quotes.map(
              (quote) =>
                html`<li>
                  <span lang=${index.dataset.article.language} dir="auto"
                    >${strings.quoteOpen}${preview(quote.text)}${strings.quoteClose}</span
                  >
                </li>`,
            )}
          </ul>`
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
