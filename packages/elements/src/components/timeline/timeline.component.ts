import { LitElement, html, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  isWithin,
  parseEdtf,
  type Dataset,
  type Event,
  type Person,
} from '@iranwire/rapprochement-data';
import { renderCitation } from '../../shared/citation.js';
import { VERSION } from '../../shared/define.js';
import { DatasetController, type ResolvedDataset } from '../../shared/dataset.js';
import { renderError, warnOnce } from '../../shared/error-state.js';
import { renderedEvent, selectEvent } from '../../shared/events.js';
import { LocalizeController, type Calendar } from '../../shared/localize.js';
import { en, shortName } from '../../shared/people.js';
import { themeStyles } from '../../shared/shared.styles.js';
import { timelineStyles } from './timeline.styles.js';

/**
 * Events per chunk. The first chunk renders with the component; long timelines then fill in a few
 * chunks per task, so no task blocks the page for long.
 */
const CHUNK_SIZE = 25;
/** Target duration of one rendering task: more chunks per task while tasks stay well under it. */
const TASK_BUDGET_MS = 50;
/** Nested components and layout are only partly measured, so growth stops here. */
const MAX_CHUNKS_PER_TASK = 8;
/** Chunks in the first task after the first screen: growing from one chunk cost a task per doubling. */
const FIRST_CHUNKS_PER_TASK = 4;
/**
 * Above this many events, off-screen items skip rendering (`content-visibility: auto`), which
 * Chromium also keeps out of the accessibility tree; up to it, every event is there.
 */
const LONG_TIMELINE = 200;
/** Fragment ids of the items: `#iw-event-1998-01-16-friday-sermon`. */
const FRAGMENT_PREFIX = 'iw-event-';

/** Space- or comma-separated ids. */
function idList(value: string | null): string[] {
  return value ? value.split(/[\s,]+/).filter(Boolean) : [];
}

/** The EDTF without its qualifier, as `<time datetime>` wants it (1997-12, 1998-01-16). */
function machineDate(edtf: string): string {
  return edtf.replace(/[?~%]$/, '');
}

/**
 * @tag iw-timeline
 * @summary The story's events in date order as a responsive, accessible vertical timeline, with
 * filters per person, keyboard navigation and deep links.
 *
 * @slot heading - Optional content above the filters, such as a heading for the timeline.
 *
 * @csspart filters - The group of person filter chips.
 * @csspart chip - Each filter chip.
 * @csspart count - The live "Showing n of m events" line.
 * @csspart list - The ordered list of events.
 * @csspart item - Each event.
 * @csspart title - An event's heading.
 * @csspart date - An event's date.
 * @csspart summary - An event's summary.
 * @csspart source - The link to an event's source paragraph.
 * @csspart error - An error: invalid data, an unknown id or a malformed date bound.
 *
 * @cssproperty --iw-timeline-background - Background of the timeline.
 * @cssproperty --iw-timeline-padding - Padding around it (default 1em).
 * @cssproperty --iw-timeline-line-color - The vertical line.
 * @cssproperty --iw-timeline-dot-color - The dot beside each event (default: the accent colour).
 * @cssproperty --iw-timeline-highlight-background - Background of the highlighted event.
 * @cssproperty --iw-timeline-chip-active-background - Background of a pressed filter chip.
 * @cssproperty --iw-timeline-title-font-size - Size of event titles (default 1.125em).
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
 *
 * @fires {CustomEvent<{ eventId: string }>} iw-select - The reader selected an event (click, Enter or Space).
 * @fires {CustomEvent<{ count: number }>} iw-rendered - Every matching event is in the DOM.
 */
export class IwTimeline extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, timelineStyles];
  static override properties = {
    from: { reflect: true },
    to: { reflect: true },
    actors: { reflect: true },
    types: { reflect: true },
    highlight: { reflect: true },
    lang: {},
    dir: {},
    calendar: { reflect: true },
    density: { reflect: true },
    theme: { reflect: true },
    syncHash: { type: Boolean, reflect: true, attribute: 'sync-hash' },
    sourceUrl: { attribute: 'source-url' },
    data: { attribute: false },
    selectedActors: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    renderLimit: { state: true, attribute: false },
  };

  /** Earliest date shown, as EDTF (`1997-12`). */
  from: string | null = null;

  /** Latest date shown, as EDTF (`1998-01-20`). */
  to: string | null = null;

  /** Person ids (space- or comma-separated): shows the events involving any of them. Sets the filter chips. */
  actors: string | null = null;

  /** CAMEO event codes or code prefixes (space- or comma-separated), e.g. `01 04`. Events without a CAMEO code match none. */
  types: string | null = null;

  /** Id of the event to highlight. */
  highlight: string | null = null;

  /** `en` or `fa`; when absent, the nearest ancestor's `lang` (default English). */
  override lang = '';

  /** `ltr` or `rtl`; when absent, follows `lang`, else the nearest ancestor's `dir`. */
  override dir = '';

  /** `gregory` or `persian`; defaults to Persian (with Persian digits) for `lang="fa"`. */
  calendar: Calendar | null = null;

  /** `full` (default) or `compact` (tighter, quotes behind a disclosure). */
  density: 'compact' | 'full' = 'full';

  /** `auto` (follows prefers-color-scheme), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Keep the URL fragment in step with the selected event, and open at the event the URL names. */
  syncHash = false;

  /** URL of the article that source links point into (http(s) only); by default they point into the current page. */
  sourceUrl: string | null = null;

  /** A custom dataset of the same schema; validated before use. Invalid data shows what is wrong. */
  data: Dataset | undefined;

  /** People whose chips are pressed; empty shows everyone. @internal */
  private selectedActors = new Set<string>();
  /** The event that holds the roving tabindex. @internal */
  private activeId: string | undefined;
  /** How many of the matching events are rendered so far. @internal */
  private renderLimit = CHUNK_SIZE;

  readonly #l10n = new LocalizeController(this);
  readonly #store = new DatasetController(this);
  readonly #warned = new Set<string>();
  #matching: Event[] = [];
  #chunks: Event[][] = [];
  #total = 0;
  #problems: string[] = [];
  #filteredFrom: ResolvedDataset | undefined;
  #completeAnnounced = false;
  #chips: Person[] = [];
  #renderedChunkKeys = new WeakMap<Event[], string>();
  #nextChunk: ReturnType<typeof setTimeout> | undefined;
  #chunksPerTask = FIRST_CHUNKS_PER_TASK;
  #renderedWaiters: Array<() => void> = [];

  /** Settles once every matching event is rendered (chunked rendering of long timelines has finished). */
  get rendered(): Promise<void> {
    return this.#store
      .rendered()
      .then(() =>
        this.#allRendered()
          ? undefined
          : new Promise<void>((resolve) => this.#renderedWaiters.push(resolve)),
      );
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // Moved in the page while chunks were pending: carry on rendering.
    if (this.hasUpdated && !this.#allRendered()) this.#scheduleChunk();
    if (this.syncHash) void this.rendered.then(() => this.#onHashChange());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#nextChunk);
    this.#nextChunk = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actors')) this.selectedActors = new Set(idList(this.actors));
  }

  protected override update(changed: PropertyValues<this>): void {
    // Runs after the dataset controller has resolved `data`. Filtering runs only when its inputs
    // change, so the chunk arrays keep their identity and rendered chunks are left alone.
    const filterInputs = ['from', 'to', 'types', 'selectedActors'] as const;
    if (
      filterInputs.some((key) => (changed as Map<PropertyKey, unknown>).has(key)) ||
      this.#filteredFrom !== this.#store.resolved
    ) {
      this.#filteredFrom = this.#store.resolved;
      this.#filter();
    } else if (changed.has('highlight') && this.#indexOf(this.highlight ?? undefined) >= 0) {
      this.activeId = this.highlight ?? undefined;
    }
    super.update(changed);
  }

  #filter(): void {
    const index = this.#store.resolved?.index;
    this.#problems = [];
    this.#matching = [];
    this.#chunks = [];
    this.#chips = [];
    this.#total = 0;
    this.#completeAnnounced = false;
    if (!index) return;
    const { strings } = this.#l10n;
    const bound = (value: string | null, attribute: string): string | undefined => {
      if (!value) return undefined;
      try {
        parseEdtf(value);
        return value;
      } catch {
        this.#report(strings.invalidDate(attribute, value), `invalid ${attribute} date "${value}"`);
        return undefined;
      }
    };
    const from = bound(this.from, 'from');
    const to = bound(this.to, 'to');
    const typeCodes = idList(this.types);
    const all = index.timeline();
    const inScope = all.filter(
      (event) =>
        isWithin(event.date.edtf, from, to) &&
        (typeCodes.length === 0 || typeCodes.some((code) => event.type.cameo?.startsWith(code))),
    );
    for (const id of this.selectedActors) {
      if (!index.getPerson(id))
        this.#report(strings.unknown('person', id), `unknown person "${id}" in actors`);
    }
    const involving = new Set<string>();
    for (const id of this.selectedActors)
      for (const event of index.eventsInvolving(id)) involving.add(event.id);
    this.#matching = this.selectedActors.size
      ? inScope.filter((event) => involving.has(event.id))
      : inScope;
    this.#total = inScope.length;
    for (let start = 0; start < this.#matching.length; start += CHUNK_SIZE)
      this.#chunks.push(this.#matching.slice(start, start + CHUNK_SIZE));

    const seen = new Set<string>();
    for (const event of inScope) {
      for (const participant of event.participants) {
        const person = participant.person ? index.getPerson(participant.person) : undefined;
        if (person && !seen.has(person.id)) {
          seen.add(person.id);
          this.#chips.push(person);
        }
      }
    }
    if (!this.activeId || !this.#matching.some((event) => event.id === this.activeId)) {
      this.activeId =
        this.#matching.find((event) => event.id === this.highlight)?.id ?? this.#matching[0]?.id;
    }
    this.renderLimit = Math.max(CHUNK_SIZE, this.#indexOf(this.activeId) + 1);
  }

  #report(message: string, warning: string): void {
    this.#problems.push(message);
    warnOnce(this, this.#warned, warning);
  }

  #indexOf(id: string | undefined): number {
    return id ? this.#matching.findIndex((event) => event.id === id) : -1;
  }

  #allRendered(): boolean {
    return this.renderLimit >= this.#matching.length || !this.#store.resolved;
  }

  protected override updated(): void {
    if (!this.#allRendered()) {
      this.#scheduleChunk();
      return;
    }
    const waiters = this.#renderedWaiters;
    this.#renderedWaiters = [];
    waiters.forEach((resolve) => resolve());
    if (this.#completeAnnounced || !this.#store.resolved) return;
    this.#completeAnnounced = true;
    this.dispatchEvent(renderedEvent(this.#matching.length));
  }

  /**
   * Renders the next chunks in a task of their own, so the browser paints and handles input in
   * between. The number of chunks per task doubles while tasks stay well under the budget and
   * halves when one runs over it.
   */
  #scheduleChunk(): void {
    if (this.#nextChunk !== undefined) return;
    this.#nextChunk = setTimeout(async () => {
      const started = performance.now();
      this.renderLimit += CHUNK_SIZE * this.#chunksPerTask;
      await this.updateComplete;
      // Count style and layout of the new items too, which would otherwise land in the next frame.
      this.getBoundingClientRect();
      const took = performance.now() - started;
      if (took < TASK_BUDGET_MS / 2)
        this.#chunksPerTask = Math.min(MAX_CHUNKS_PER_TASK, this.#chunksPerTask * 2);
      else if (took > TASK_BUDGET_MS)
        this.#chunksPerTask = Math.max(1, Math.floor(this.#chunksPerTask / 2));
      this.#nextChunk = undefined;
      if (this.isConnected && !this.#allRendered()) this.#scheduleChunk();
    });
  }

  protected override render() {
    const { strings, lang, dir } = this.#l10n;
    if (this.#store.issues) {
      return html`<div lang=${lang} dir=${dir}>
        ${renderError(strings.invalidData, this.#store.issues)}
      </div>`;
    }
    const resolved = this.#store.resolved;
    if (!resolved) return html`<p role="status" lang=${lang} dir=${dir}>${strings.loading}</p>`;
    const renderedChunks = this.#chunks.slice(0, Math.ceil(this.renderLimit / CHUNK_SIZE));
    const settings = [
      lang,
      dir,
      this.#l10n.calendar,
      this.density,
      this.theme,
      this.sourceUrl,
      this.highlight,
    ].join('|');
    return html`<div class="base" lang=${lang} dir=${dir}>
      <slot name="heading"></slot>
      ${this.#renderProblems(resolved)} ${this.#renderFilters()}
      <p class="count" part="count" role="status">
        ${strings.eventsShown(this.#l10n.number(this.#matching.length), this.#l10n.number(this.#total))}
      </p>
      ${
        this.#matching.length
          ? html`<ol
              part="list"
              class=${this.#matching.length > LONG_TIMELINE ? 'long' : ''}
              aria-label=${`${strings.timelineLabel}: ${resolved.dataset.article.title}`}
              @keydown=${this.#onKeydown}
              @click=${this.#onClick}
            >
              ${renderedChunks.map((chunk) => {
                const active = chunk.some((event) => event.id === this.activeId)
                  ? this.activeId
                  : undefined;
                return this.#renderChunk(chunk, `${settings}|${active}`, resolved);
              })}
            </ol>`
          : html`<p>${strings.noEvents}</p>`
      }
    </div>`;
  }

  /**
   * A chunk's items, or `noChange` when the chunk is already in the DOM as it should be, so that
   * adding a chunk to a long timeline costs the same as adding the first (what lit's `guard` does, in
   * fewer bytes). The filter makes new chunk arrays whenever the list itself changes.
   */
  #renderChunk(
    chunk: Event[],
    key: string,
    resolved: ResolvedDataset,
  ): TemplateResult[] | typeof noChange {
    if (this.#renderedChunkKeys.get(chunk) === key) return noChange;
    this.#renderedChunkKeys.set(chunk, key);
    return chunk.map((event) => this.#renderItem(event, resolved));
  }

  /** Bad attribute values: shown above the list, which still renders. */
  #renderProblems({ index }: ResolvedDataset) {
    const problems = [...this.#problems];
    if (this.highlight && !index.getEvent(this.highlight)) {
      problems.push(this.#l10n.strings.unknown('event', this.highlight));
      warnOnce(this, this.#warned, `unknown event "${this.highlight}" in highlight`);
    }
    return problems.length
      ? html`<div class="problems">${problems.map((problem) => renderError(problem))}</div>`
      : nothing;
  }

  #renderFilters() {
    if (this.#chips.length < 2) return nothing;
    const { strings, lang } = this.#l10n;
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="filters-label">${strings.filterLabel}</span>
      <button
        type="button"
        class="chip"
        part="chip"
        aria-pressed=${this.selectedActors.size === 0 ? 'true' : 'false'}
        @click=${this.#clearActors}
      >
        ${strings.clearFilters}
      </button>
      ${this.#chips.map(
        (person) =>
          html`<button
            type="button"
            class="chip"
            part="chip"
            aria-pressed=${this.selectedActors.has(person.id) ? 'true' : 'false'}
            @click=${() => this.#toggleActor(person.id)}
          >
            ${en(shortName(person, lang), lang, !person.nameFa)}
          </button>`,
      )}
    </div>`;
  }

  #renderItem(event: Event, { dataset, index }: ResolvedDataset): TemplateResult {
    const { strings, lang, dir } = this.#l10n;
    // Record text is in the article's language, whatever the interface's.
    const textLang = dataset.article.language;
    const calendar = this.#l10n.calendar;
    const highlighted = event.id === this.highlight;
    const articleUrl = this.sourceUrl;
    const people = [
      ...new Set(
        event.participants
          .map((participant) => participant.person)
          .filter((id): id is string => !!id),
      ),
    ];
    const quotes = index.quotesOf(event.id);
    const quoteCards = quotes.map(
      (quote) =>
        html`<iw-quote-card
          quote=${quote.id}
          lang=${lang}
          dir=${dir}
          calendar=${calendar}
          theme=${this.theme}
          source-url=${articleUrl ?? nothing}
          .data=${this.data}
        ></iw-quote-card>`,
    );
    return html`<li
      id=${FRAGMENT_PREFIX + event.id}
      class=${highlighted ? 'item highlight' : 'item'}
      part="item"
      data-event-id=${event.id}
      tabindex=${event.id === this.activeId ? '0' : '-1'}
      aria-current=${highlighted ? 'true' : nothing}
    >
      <h3 part="title" lang=${textLang} dir="auto">${event.title}</h3>
      <p class="date" part="date">
        <time datetime=${machineDate(event.date.edtf)}>${this.#l10n.date(event.date.edtf)}</time>
      </p>
      <p class="summary" part="summary" lang=${textLang} dir="auto">${event.summary}</p>
      ${
        people.length
          ? html`<div class="participants">
              ${people.map(
                (id) =>
                  html`<iw-actor-badge
                    person=${id}
                    lang=${lang}
                    dir=${dir}
                    calendar=${calendar}
                    theme=${this.theme}
                    .data=${this.data}
                  ></iw-actor-badge>`,
              )}
            </div>`
          : nothing
      }
      ${
        quotes.length === 0
          ? nothing
          : this.density === 'compact'
            ? html`<details class="quotes">
                <summary>${strings.quotesCount(this.#l10n.number(quotes.length))}</summary>
                ${quoteCards}
              </details>`
            : html`<div class="quotes">${quoteCards}</div>`
      }
      ${event.sources[0] ? html`<p class="source">${renderCitation(event.sources[0], articleUrl, this.#l10n)}</p>` : nothing}
    </li>`;
  }

  #clearActors(): void {
    this.selectedActors = new Set();
  }

  #toggleActor(id: string): void {
    const next = new Set(this.selectedActors);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.selectedActors = next;
  }

  /** The item the event came from, when it came from the item itself rather than a control inside it. */
  #itemOf(event: UIEvent): HTMLElement | undefined {
    for (const target of event.composedPath()) {
      if (!(target instanceof HTMLElement)) continue;
      if (target.matches('a, button, summary, textarea, iw-actor-badge, iw-quote-card'))
        return undefined;
      if (target.classList.contains('item')) return target;
    }
    return undefined;
  }

  #onClick(event: MouseEvent): void {
    const item = this.#itemOf(event);
    if (item?.dataset.eventId) this.#select(item.dataset.eventId);
  }

  #onKeydown(event: KeyboardEvent): void {
    const item = this.#itemOf(event);
    if (!item || event.composedPath()[0] !== item) return;
    const at = this.#indexOf(item.dataset.eventId);
    const rtl = this.#l10n.dir === 'rtl';
    const moves: Record<string, number | undefined> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      [rtl ? 'ArrowLeft' : 'ArrowRight']: at + 1,
      [rtl ? 'ArrowRight' : 'ArrowLeft']: at - 1,
      Home: 0,
      End: this.#matching.length - 1,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      if (item.dataset.eventId) this.#select(item.dataset.eventId);
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = this.#matching[Math.min(Math.max(target, 0), this.#matching.length - 1)];
    if (next) void this.focusEvent(next.id);
  }

  /** Moves the roving tabindex to an event, rendering up to it first, and focuses it. */
  async focusEvent(id: string, options: { scroll?: boolean } = {}): Promise<void> {
    const at = this.#indexOf(id);
    if (at < 0) return;
    this.activeId = id;
    if (this.renderLimit <= at) this.renderLimit = Math.ceil((at + 1) / CHUNK_SIZE) * CHUNK_SIZE;
    await this.updateComplete;
    const item = this.shadowRoot?.getElementById(FRAGMENT_PREFIX + id);
    if (!item) return;
    if (options.scroll) {
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      item.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    }
    item.focus({ preventScroll: !options.scroll });
  }

  /** Highlights an event, fires `iw-select` and, with `sync-hash`, writes the URL fragment. */
  #select(id: string): void {
    this.highlight = id;
    this.activeId = id;
    if (this.syncHash) history.replaceState(history.state, '', `#${FRAGMENT_PREFIX}${id}`);
    this.dispatchEvent(selectEvent(id));
  }

  /** With `sync-hash`, opens the event named by the URL fragment (ids in a shadow root are out of the URL's reach). */
  readonly #onHashChange = (): void => {
    if (!this.syncHash || !location.hash.startsWith(`#${FRAGMENT_PREFIX}`)) return;
    const id = decodeURIComponent(location.hash.slice(FRAGMENT_PREFIX.length + 1));
    if (this.#indexOf(id) < 0) return;
    this.highlight = id;
    void this.focusEvent(id, { scroll: true });
  };
}
