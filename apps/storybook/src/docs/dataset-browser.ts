import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tableStyles } from './table.styles.js';
import {
  dataset as builtInDataset,
  formatDate,
  type AttributionLink,
  type Citation,
  type Dataset,
  type DateBasis,
  type EditorialNote,
  type Offset,
} from '@iranwire/rapprochement-data';

export const SECTIONS = [
  'people',
  'organizations',
  'places',
  'events',
  'quotes',
  'sources',
  'notes',
] as const;
export type Section = (typeof SECTIONS)[number];

interface Column {
  heading: string;
}

interface Row {
  /** Everything the filter box matches against, lower-cased. */
  text: string;
  cells: (TemplateResult | string)[];
}

interface Table {
  caption: string;
  columns: Column[];
  rows: Row[];
}

const columns = (...headings: string[]): Column[] => headings.map((heading) => ({ heading }));

/**
 * The dataset as browsable tables, for the "Data" docs page: rendered from the published package at
 * view time, so the page always shows what `@iranwire/rapprochement-data` ships.
 */
export class SbDatasetBrowser extends LitElement {
  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
        background: #ffffff;
        margin-block: 1rem 2rem;
        color: #1b1b1f;
        font:
          14px/1.5 system-ui,
          sans-serif;
      }
      label {
        font-weight: 600;
      }
      input {
        margin-inline-start: 0.5rem;
        padding: 0.25rem 0.5rem;
        font: inherit;
        border: 1px solid #767a82;
        border-radius: 4px;
        inline-size: min(20rem, 60%);
      }
      .count {
        margin-block: 0.5rem;
        color: #4f535b;
      }
      .scroll {
        overflow-x: auto;
      }
      code {
        font-size: 0.9em;
        overflow-wrap: anywhere;
      }
      ol,
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      .muted {
        color: #4f535b;
      }
      .tag {
        display: inline-block;
        padding-inline: 0.375rem;
        border-radius: 4px;
        background: #e8eefa;
        color: #0b3d80;
        font-size: 0.85em;
      }
      .fa {
        display: block;
        font-size: 1.05em;
      }
    `,
  ];

  /** Which records to list. */
  @property({ reflect: true }) section: Section = 'events';

  /** A dataset of the same schema; the built-in IranWire story when not set. */
  @property({ attribute: false }) data: Dataset = builtInDataset;

  @state() private filter = '';

  protected override render() {
    const table = this.table();
    const needle = this.filter.trim().toLowerCase();
    const rows = needle ? table.rows.filter((row) => row.text.includes(needle)) : table.rows;
    return html`
      <label for="filter">Filter ${table.caption.toLowerCase()}</label
      ><input id="filter" type="search" .value=${this.filter} @input=${this.onFilter} />
      <p class="count" role="status">
        ${rows.length} of ${table.rows.length} ${table.caption.toLowerCase()}
      </p>
      <div class="scroll">
        <table>
          <caption>
            ${table.caption}
          </caption>
          <thead>
            <tr>
              ${table.columns.map((column) => html`<th scope="col">${column.heading}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr>
                  ${row.cells.map((cell) => html`<td>${cell}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

  private onFilter(event: InputEvent): void {
    this.filter = (event.target as HTMLInputElement).value;
  }

  private table(): Table {
    switch (this.section) {
      case 'people':
        return this.people();
      case 'organizations':
        return this.organizations();
      case 'places':
        return this.places();
      case 'quotes':
        return this.quotes();
      case 'sources':
        return this.sources();
      case 'notes':
        return this.notes();
      default:
        return this.events();
    }
  }

  private people(): Table {
    return {
      caption: 'People',
      columns: columns('Person', 'Also called in the article', 'Roles', 'Cited from'),
      rows: this.data.people.map((person) => ({
        text: searchText(
          person.id,
          person.name,
          person.nameFa,
          person.aliases,
          person.roles.map((role) => role.phrase),
        ),
        cells: [
          html`${person.name}${persianName(person.nameFa)}<br /><code>${person.id}</code>`,
          person.aliases.join('; '),
          html`<ul>
            ${person.roles.map(
              (role) =>
                html`<li>
                  ${role.title}${role.organization ? `, ${this.organizationName(role.organization)}` : ''}
                  <span class="tag">${role.when}</span> <span class="muted">“${role.phrase}”</span>
                </li>`,
            )}
          </ul>`,
          citations(person.sources),
        ],
      })),
    };
  }

  private organizations(): Table {
    return {
      caption: 'Organizations',
      columns: columns('Organization', 'Kind', 'Also called in the article', 'Cited from'),
      rows: this.data.organizations.map((organization) => ({
        text: searchText(
          organization.id,
          organization.name,
          organization.nameFa,
          organization.aliases,
          organization.kind,
        ),
        cells: [
          html`${organization.name}${persianName(organization.nameFa)}<br /><code
              >${organization.id}</code
            >`,
          html`${organization.kind}${organization.basedIn ? html`<br /><span class="muted">in ${this.placeName(organization.basedIn)}</span>` : nothing}`,
          organization.aliases.join('; '),
          citations(organization.sources),
        ],
      })),
    };
  }

  private places(): Table {
    return {
      caption: 'Places',
      columns: columns('Place', 'Within', 'Also called in the article', 'Cited from'),
      rows: this.data.places.map((place) => ({
        text: searchText(place.id, place.name, place.nameFa, place.aliases),
        cells: [
          html`${place.name}${persianName(place.nameFa)}<br /><code>${place.id}</code>`,
          place.within ? this.placeName(place.within) : '',
          place.aliases.join('; '),
          citations(place.sources),
        ],
      })),
    };
  }

  private events(): Table {
    return {
      caption: 'Events',
      columns: columns('Date (EDTF)', 'Event', 'How the date is known', 'Who', 'Cited from'),
      rows: this.data.events.map((event) => ({
        text: searchText(
          event.id,
          event.title,
          event.summary,
          event.date.edtf,
          event.date.basis.phrase,
          event.type.label,
        ),
        cells: [
          html`<code>${event.date.edtf}</code><br />${formatDate(event.date.edtf, 'en')}
            <span class="fa" lang="fa" dir="rtl">${formatDate(event.date.edtf, 'fa')}</span>
            <span class="muted">${event.date.precision}, ${event.date.certainty}</span>`,
          html`<strong>${event.title}</strong><br />${event.summary}<br /><span class="muted"
              >${event.type.cameo ? `CAMEO ${event.type.cameo}: ` : ''}${event.type.label}</span
            ><br /><code>${event.id}</code>`,
          this.basis(event.date.basis),
          html`<ul>
            ${event.participants.map((participant) => html`<li>${this.participantName(participant)} <span class="tag">${participant.role}</span></li>`)}
          </ul>`,
          citations(event.sources),
        ],
      })),
    };
  }

  private quotes(): Table {
    return {
      caption: 'Quotes',
      columns: columns(
        'Quote',
        'Speaker',
        'Attribution chain, from the speaker to the article',
        'Event',
        'Cited from',
      ),
      rows: this.data.quotes.map((quote) => ({
        text: searchText(
          quote.id,
          quote.text,
          quote.context,
          quote.speaker.group,
          this.personName(quote.speaker.person),
        ),
        cells: [
          html`“${quote.text}”${quote.fragment ? html` <span class="tag">fragment</span>` : nothing}${
              quote.context ? html`<br /><span class="muted">In: ${quote.context}</span>` : nothing
            }<br /><code>${quote.id}</code>`,
          quote.speaker.person
            ? this.personName(quote.speaker.person)
            : (quote.speaker.group ?? ''),
          html`<ol>
            ${quote.attribution.map((link) => html`<li>${this.attributionLink(link)}</li>`)}
          </ol>`,
          this.data.events.find((event) => event.id === quote.event)?.title ?? quote.event,
          citations(quote.sources),
        ],
      })),
    };
  }

  private sources(): Table {
    return {
      caption: 'Sources',
      columns: columns('Work', 'Kind', 'Author or publisher', 'Date', 'Quoted in the article at'),
      rows: this.data.sources.map((source) => ({
        text: searchText(source.id, source.title, source.kind, source.publisher),
        cells: [
          html`${source.title}<br /><code>${source.id}</code>`,
          source.kind,
          source.author ? this.personName(source.author) : (source.publisher ?? ''),
          source.date ? html`<code>${source.date}</code>` : '',
          source.citedIn ? citations(source.citedIn) : '',
        ],
      })),
    };
  }

  private notes(): Table {
    const records: { recordType: string; id: string; notes?: EditorialNote[] }[] = [
      ...this.data.people.map(({ id, notes }) => ({ recordType: 'person', id, notes })),
      ...this.data.organizations.map(({ id, notes }) => ({
        recordType: 'organization',
        id,
        notes,
      })),
      ...this.data.places.map(({ id, notes }) => ({ recordType: 'place', id, notes })),
      ...this.data.events.map(({ id, notes }) => ({ recordType: 'event', id, notes })),
      ...this.data.quotes.map(({ id, notes }) => ({ recordType: 'quote', id, notes })),
    ];
    return {
      caption: 'Editorial notes',
      columns: columns('Record', 'Kind of note', 'Field', 'Note'),
      rows: records.flatMap((record) =>
        (record.notes ?? []).map((note) => ({
          text: searchText(record.recordType, record.id, note.kind, note.field, note.note),
          cells: [
            html`${record.recordType}<br /><code>${record.id}</code>`,
            html`<span class="tag">${note.kind}</span>`,
            note.field ?? '',
            note.note,
          ],
        })),
      ),
    };
  }

  private basis(basis: DateBasis): TemplateResult {
    switch (basis.kind) {
      case 'stated':
        return html`<strong>Stated</strong> in the article: “${basis.phrase}”`;
      case 'derived': {
        const anchor = this.data.events.find((event) => event.id === basis.anchor);
        return html`<strong>Derived</strong>: “${basis.phrase}”, ${describeOffset(basis.offset)}
          ${anchor ? html`“${anchor.title}” (<code>${anchor.date.edtf}</code>)` : html`<code>${basis.anchor}</code>`}`;
      }
      case 'approximate':
        return html`<strong>Approximate</strong>: “${basis.phrase}”`;
    }
  }

  private attributionLink(link: AttributionLink): TemplateResult {
    const who = link.person
      ? this.personName(link.person)
      : link.organization
        ? this.organizationName(link.organization)
        : (link.group ?? '');
    const work = link.source
      ? this.data.sources.find((source) => source.id === link.source)?.title
      : undefined;
    return html`<span class="tag">${link.act}</span>
      ${who}${link.to ? ` to ${this.personName(link.to)}` : ''},
      ${link.medium}${
        work ? html`, <cite>${work}</cite>` : nothing
      }${link.date ? html`, <code>${link.date}</code>` : nothing}`;
  }

  private participantName(participant: {
    person?: string;
    organization?: string;
    group?: string;
  }): string {
    if (participant.person) return this.personName(participant.person);
    if (participant.organization) return this.organizationName(participant.organization);
    return participant.group ?? '';
  }

  private personName(id: string | undefined): string {
    if (!id) return '';
    return this.data.people.find((person) => person.id === id)?.name ?? id;
  }

  private placeName(id: string): string {
    return this.data.places.find((place) => place.id === id)?.name ?? id;
  }

  private organizationName(id: string): string {
    return this.data.organizations.find((organization) => organization.id === id)?.name ?? id;
  }
}

function searchText(...parts: (string | string[] | undefined)[]): string {
  return parts.flat().filter(Boolean).join(' ').toLowerCase();
}

function persianName(nameFa: string | undefined): TemplateResult | typeof nothing {
  return nameFa ? html`<span class="fa" lang="fa" dir="rtl">${nameFa}</span>` : nothing;
}

function citations(sources: Citation[]): TemplateResult {
  return html`<ul>
    ${sources.map((citation) => html`<li>¶${citation.paragraph}: <span class="muted">“${citation.excerpt}”</span></li>`)}
  </ul>`;
}

/** "1 month 3 days after", "2 days before", or "on the same day as". */
function describeOffset(offset: Offset): string {
  const amounts = [
    [offset.years ?? 0, 'year'],
    [offset.months ?? 0, 'month'],
    [offset.days ?? 0, 'day'],
  ] as const;
  const parts = amounts
    .filter(([amount]) => amount !== 0)
    .map(([amount, unit]) => `${Math.abs(amount)} ${unit}${Math.abs(amount) === 1 ? '' : 's'}`);
  if (parts.length === 0) return 'on the same day as';
  const before = amounts.some(([amount]) => amount < 0);
  return `${parts.join(' ')} ${before ? 'before' : 'after'}`;
}

customElements.define('sb-dataset-browser', SbDatasetBrowser);

declare global {
  interface HTMLElementTagNameMap {
    'sb-dataset-browser': SbDatasetBrowser;
  }
}
