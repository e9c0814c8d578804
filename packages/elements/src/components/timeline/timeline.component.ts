import {
  LitElement,
  html,
  isServer,
  noChange,
  nothing,
  svg,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import {
  isWithin,
  parseEdtf,
  type Dataset,
  type Event,
  type Person,
} from '@iranwire/rapprochement-data';
import { VERSION } from '../../shared/define.js';
import { DatasetController, type ResolvedDataset } from '../../shared/dataset.js';
import { renderError, renderStoryError, warnOnce } from '../../shared/error-state.js';
import { renderedEvent, selectEvent } from '../../shared/events.js';
import { headingLevel } from '../../shared/headings.js';
import { LocalizeController, type Calendar } from '../../shared/localize.js';
import { shortName } from '../../shared/people.js';
import { inline, recordText } from '../../shared/record-text.js';
import { copyText, quoteCitationText } from '../../shared/quote-text.js';
import { themeStyles, translationStyles } from '../../shared/shared.styles.js';
import { sourceUrlFor } from '../../shared/urls.js';
import { quoteGroups, renderEventDetails, type DetailsContext } from './event-details.js';
import { axisLayout } from './time-axis.js';
import { timelineStyles } from './timeline.styles.js';

/**
 * Events per chunk. The first chunk renders with the component; long timelines then fill in a few
 * chunks per task, so no task blocks the page for long.
 */
const CHUNK_SIZE = 25;
/** Target duration of one rendering task: more chunks per task while tasks stay well under it. */
const TASK_BUDGET_MS = 50;
/** Layout is only partly measured, so growth stops here. */
const MAX_CHUNKS_PER_TASK = 8;
/** Chunks in the first task after the first screen: growing from one chunk cost a task per doubling. */
const FIRST_CHUNKS_PER_TASK = 4;
/** Filter chips shown before "more": the people with the most events. */
const LEADING_CHIPS = 4;
/** Names in an event's row of people before "+n". */
const NAMES_PER_EVENT = 3;
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

/** The people who take part in an event, each once; people it only mentions are left out. */
function participantsOf(event: Event): string[] {
  const ids = event.participants
    .filter((participant) => participant.role !== 'mentioned')
    .map((participant) => participant.person)
    .filter((id): id is string => !!id);
  return [...new Set(ids)];
}

/** What imported stories may have and the built-in one has not: rendered by ./story-extras.ts. */
export function usesExtras({ eras, events }: Dataset): boolean {
  return (
    !!eras?.length || events.some((e) => e.body || e.media || e.group || e.date.label || e.date.end)
  );
}

/** Loaded on first sight of a story that uses extras (docs/decisions/0061). */
let extras: typeof import('./story-extras.js') | undefined;
let extrasLoading: Promise<void> | undefined;

/**
 * Loads the renderers of imported stories' extra fields; the server renderer and hydration wait for
 * them, since the first render must be the whole story. A failed load leaves the plain fields.
 */
export function loadStoryExtras(): Promise<void> {
  return (extrasLoading ??= import('./story-extras.js').then(
    (module) => void (extras = module),
    () => undefined,
  ));
}

function reducedMotion(): boolean {
  return matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * @tag iw-timeline
 * @summary The story's events in date order, one line each, opening in place to show their quotes
 * and sources; or, with `layout="slides"`, one event at a time on a time axis. Filters per person,
 * keyboard navigation and deep links.
 *
 * @slot heading - Replaces the timeline's title (the story's title). An empty element removes it.
 *
 * @csspart title - The timeline's title.
 * @csspart filters - The group of person filter chips.
 * @csspart chip - Each filter chip.
 * @csspart count - The live "Showing n of m events" line.
 * @csspart list - The ordered list of events.
 * @csspart item - Each event.
 * @csspart event-title - An event's heading.
 * @csspart date - An event's date.
 * @csspart summary - An event's summary (one line until the event is opened).
 * @csspart meta - An event's people and number of quotes.
 * @csspart details - What opening an event shows: its quotes by speaker and its sources.
 * @csspart quote-group - One speaker's quotes in an event's details.
 * @csspart quote - A quotation in an event's details.
 * @csspart context - The article's sentence around quoted fragments, fragments marked.
 * @csspart translation - Beside a translated quote: the notice and the original words.
 * @csspart translation-notice - The notice that a quote is a translation, not the speaker's words.
 * @csspart original - The disclosure that shows a translated quote's original words.
 * @csspart source - The links to an event's source paragraphs.
 * @csspart nav - The slides' previous and next buttons, position and time axis.
 * @csspart axis - The slides' time axis.
 * @csspart error - An error: invalid data, an unknown id or a malformed date bound.
 * @csspart era - The name of an era, above the date of its first event (imported stories).
 * @csspart media - An event's image, audio or video, or the button that loads it (imported stories).
 *
 * @attribute src-origins - Other origins, space-separated, that `src` may fetch a story from.
 * @attribute media-origins - Origins, space-separated, whose media load without the reader's click.
 *
 * @cssproperty --iw-timeline-background - Background of the timeline.
 * @cssproperty --iw-timeline-padding - Padding around it (default 1em).
 * @cssproperty --iw-timeline-line-color - The vertical line and the time axis.
 * @cssproperty --iw-timeline-dot-color - The dot beside each event (default: the accent colour).
 * @cssproperty --iw-timeline-highlight-background - Background of the highlighted event.
 * @cssproperty --iw-timeline-chip-active-background - Background of a pressed filter chip.
 * @cssproperty --iw-timeline-title-font-size - Size of event titles (default 1em).
 * @cssproperty --iw-timeline-date-width - Width of the date column on wide screens (default 10.5em).
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
 *
 * @fires {CustomEvent<{ eventId: string }>} iw-select - The reader opened an event (click, Enter, Space or a deep link).
 * @fires {CustomEvent<{ count: number }>} iw-rendered - Every matching event is in the DOM.
 */
export class IwTimeline extends LitElement {
  static version = VERSION;
  static override styles = [themeStyles, translationStyles, timelineStyles];
  static override properties = {
    from: { reflect: true },
    to: { reflect: true },
    actors: { reflect: true },
    types: { reflect: true },
    group: { reflect: true },
    highlight: { reflect: true },
    layout: { reflect: true },
    lang: {},
    dir: {},
    calendar: { reflect: true },
    density: { reflect: true },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', reflect: true },
    syncHash: { type: Boolean, reflect: true, attribute: 'sync-hash' },
    sourceUrl: { attribute: 'source-url' },
    src: {},
    data: { attribute: false },
    selectedActors: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    renderLimit: { state: true, attribute: false },
    allChips: { state: true, attribute: false },
    slide: { state: true, attribute: false },
  };

  /** Earliest date shown, as EDTF (`1997-12`). */
  from: string | null = null;

  /** Latest date shown, as EDTF (`1998-01-20`). */
  to: string | null = null;

  /** Person ids (space- or comma-separated): shows the events involving any of them. Sets the filter chips. */
  actors: string | null = null;

  /** CAMEO event codes or code prefixes (space- or comma-separated), e.g. `01 04`. Events without a CAMEO code match none. */
  types: string | null = null;

  /** Shows only the events of this group, for stories that have groups (imported from TimelineJS3). */
  group: string | null = null;

  /** Id of the event to highlight; it starts open (in slides, it is the first slide shown). */
  highlight: string | null = null;

  /** `list` (default): one line per event, opening in place; `slides`: one event at a time on a time axis. */
  layout: 'list' | 'slides' = 'list';

  /** `en` or `fa`; when absent, the nearest ancestor's `lang` (default English). */
  override lang = '';

  /** `ltr` or `rtl`; when absent, follows `lang`, else the nearest ancestor's `dir`. */
  override dir = '';

  /** `gregory` or `persian`; defaults to Persian (with Persian digits) for `lang="fa"`. */
  calendar: Calendar | null = null;

  /** `comfortable` (default: a one-line summary per event) or `compact` (date and headline only). */
  density: 'comfortable' | 'compact' = 'comfortable';

  /** `auto` (follows the page's colour scheme), `light` or `dark`. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** Level of the timeline's title, 2–6 (default 2); event headings are one level below. */
  headingLevel: string | number | null = null;

  /**
   * Also write the URL fragment when the reader opens an event. Reading it needs no attribute: a
   * link to `#iw-event-<id>` always opens that event.
   */
  syncHash = false;

  /** URL of the article that source links point into (http(s) only); by default, the article's text shipped with the widgets. */
  sourceUrl: string | null = null;

  /**
   * URL of a story (a dataset of the same schema, as JSON) to show instead of the built-in one: from
   * the page's own origin, or from one listed in the `src-origins` attribute. Validated before use;
   * a failed fetch or invalid data shows what is wrong.
   */
  src: string | null = null;

  /** A custom dataset of the same schema; validated before use. Invalid data shows what is wrong. */
  data: Dataset | undefined;

  /** People whose chips are pressed; empty shows everyone. @internal */
  private selectedActors = new Set<string>();
  /** The event that holds the roving tabindex. @internal */
  private activeId: string | undefined;
  /** How many of the matching events are rendered so far. @internal */
  private renderLimit = CHUNK_SIZE;
  /** Whether every filter chip is shown, not only the leading ones. @internal */
  private allChips = false;
  /** The slide in view, in slides layout. @internal */
  private slide = 0;

  readonly #l10n = new LocalizeController(this);
  // Hydrating an imported story waits for the renderers of its extra fields too.
  readonly #store = new DatasetController(this, {
    slices: ['people', 'events', 'quotes'],
    lang: () => this.#l10n.lang,
    beforeHydrating: (story) =>
      story && usesExtras(story.dataset) ? loadStoryExtras() : undefined,
  });
  readonly #warned = new Set<string>();
  #matching: Event[] = [];
  #chunks: Event[][] = [];
  #total = 0;
  #problems: string[] = [];
  #filteredFrom: ResolvedDataset | undefined;
  #completeAnnounced = false;
  #chips: Person[] = [];
  /** The story uses fields only imported stories have: their renderers must load first. */
  #needsExtras = false;
  #extrasStyled = false;
  #renderedChunkKeys = new WeakMap<Event[], string>();
  /** Chunks whose items changed (opened, copied) and must render again. */
  #dirtyChunks = new Set<Event[]>();
  #open = new Set<string>();
  #copied: string | undefined;
  #copyFallback: DetailsContext['copyFallback'];
  #nextChunk: ReturnType<typeof setTimeout> | undefined;
  #chunksPerTask = FIRST_CHUNKS_PER_TASK;
  #renderedWaiters: Array<() => void> = [];
  #scrollFrame = 0;
  /** Keeps the slides as tall as the slide in view when the width changes (none on the server). */
  #slideResize = isServer ? undefined : new ResizeObserver(() => this.#fitSlide());
  /**
   * Declarative shadow DOM from the server renderer (docs/decisions/0045): the first render hydrates
   * it, so it renders every event the server did, not only the first chunk.
   */
  #prerendered = !isServer && !!this.shadowRoot;

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
    void this.rendered.then(() => this.#onHashChange());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#nextChunk);
    this.#nextChunk = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('actors')) this.selectedActors = new Set(idList(this.actors));
    if (changed.has('highlight') && this.highlight) this.#open.add(this.highlight);
    // The server renderer calls willUpdate and render, not update: filter here, and put every
    // matching event in the HTML (docs/decisions/0045).
    if (isServer) {
      this.#filteredFrom = this.#store.resolved;
      this.#needsExtras =
        !!extras && !!this.#filteredFrom && usesExtras(this.#filteredFrom.dataset);
      this.#filter();
      this.renderLimit = this.#matching.length;
    }
  }

  protected override update(changed: PropertyValues<this>): void {
    // Runs after the dataset controller has resolved `data`. Filtering runs only when its inputs
    // change, so the chunk arrays keep their identity and rendered chunks are left alone.
    const filterInputs = ['from', 'to', 'types', 'group', 'selectedActors'] as const;
    const resolved = this.#store.resolved;
    if (
      filterInputs.some((key) => (changed as Map<PropertyKey, unknown>).has(key)) ||
      this.#filteredFrom !== resolved
    ) {
      if (this.#filteredFrom !== resolved)
        this.#needsExtras = !!resolved && usesExtras(resolved.dataset);
      this.#filteredFrom = resolved;
      this.#filter();
      if (this.#prerendered && !this.hasUpdated) this.renderLimit = this.#matching.length;
    } else if (changed.has('highlight') && this.#indexOf(this.highlight ?? undefined) >= 0) {
      this.activeId = this.highlight ?? undefined;
    }
    if (this.#awaitingExtras)
      void loadStoryExtras().then(() => {
        // Show the plain fields rather than nothing.
        if (!extras) this.#needsExtras = false;
        this.requestUpdate();
      });
    if (extras && this.#needsExtras && !this.#extrasStyled) {
      extras.install(this);
      this.#extrasStyled = true;
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
    const inScope = index
      .timeline()
      .filter(
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
    this.#matching = inScope.filter(
      (event) =>
        (!this.selectedActors.size || involving.has(event.id)) &&
        (!this.group || event.group === this.group),
    );
    this.#total = inScope.length;
    for (let start = 0; start < this.#matching.length; start += CHUNK_SIZE)
      this.#chunks.push(this.#matching.slice(start, start + CHUNK_SIZE));

    // Chips for the people taking part, most events first (ties in order of first appearance).
    const counts = new Map<string, number>();
    for (const event of inScope)
      for (const id of participantsOf(event)) counts.set(id, (counts.get(id) ?? 0) + 1);
    this.#chips = [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => index.getPerson(id))
      .filter((person): person is Person => !!person);

    if (!this.activeId || !this.#matching.some((event) => event.id === this.activeId)) {
      this.activeId =
        this.#matching.find((event) => event.id === this.highlight)?.id ?? this.#matching[0]?.id;
    }
    this.slide = Math.max(0, this.#indexOf(this.highlight ?? undefined));
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
    return (
      !this.#store.resolved || (!this.#awaitingExtras && this.renderLimit >= this.#matching.length)
    );
  }

  /** The story needs ./story-extras.ts, which has not loaded yet. */
  get #awaitingExtras(): boolean {
    return this.#needsExtras && !extras;
  }

  /** Renders an event's chunk again at the next update (it was opened, closed or copied from). */
  #invalidate(id: string | undefined): void {
    const at = this.#indexOf(id);
    const chunk = at >= 0 ? this.#chunks[Math.floor(at / CHUNK_SIZE)] : undefined;
    if (chunk) this.#dirtyChunks.add(chunk);
    this.requestUpdate();
  }

  protected override updated(): void {
    const list = this.shadowRoot?.querySelector('ol');
    this.#slideResize?.disconnect();
    if (list && this.#slides) {
      this.#slideResize?.observe(list);
      this.#fitSlide();
    } else list?.style.removeProperty('block-size');
    if (!this.#allRendered()) {
      if (!this.#awaitingExtras) this.#scheduleChunk();
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

  get #slides(): boolean {
    return this.layout === 'slides';
  }

  protected override render() {
    const { strings, lang, dir } = this.#l10n;
    if (this.#store.issues) {
      return html`<div lang=${lang} dir=${dir}>
        ${renderStoryError(this.#store.issues, this.#l10n)}
      </div>`;
    }
    const resolved = this.#store.resolved;
    if (!resolved || this.#awaitingExtras)
      return html`<p role="status" lang=${lang} dir=${dir}>${strings.loading}</p>`;
    const level = headingLevel(this.headingLevel);
    const title = recordText(resolved.dataset.article, 'title', lang, resolved.dataset);
    const renderedChunks = this.#chunks.slice(0, Math.ceil(this.renderLimit / CHUNK_SIZE));
    const settings = [
      lang,
      dir,
      this.#l10n.calendar,
      this.density,
      this.layout,
      level,
      this.sourceUrl,
      this.highlight,
    ].join('|');
    const count = this.#matching.length;
    return html`<div class="base" lang=${lang} dir=${dir}>
      <button type="button" class="skip" @click=${this.#skip}>${strings.skipPast}</button>
      <slot name="heading"
        ><p class="title" part="title" role="heading" aria-level=${level}>
          ${inline(title, lang)}
        </p></slot
      >
      ${this.#renderProblems(resolved)} ${this.#renderFilters()}
      ${extras?.groupFilter(resolved.dataset, this.group, (group) => (this.group = group), lang)}
      <p class="count" part="count" role="status">
        ${strings.eventsShown(this.#l10n.number(count), this.#l10n.number(this.#total))}
      </p>
      ${count && this.#slides ? this.#renderNav() : nothing}
      ${
        count
          ? html`<ol
              part="list"
              aria-label=${`${strings.timelineLabel}: ${title.text}`}
              tabindex=${this.#slides ? '0' : nothing}
              @keydown=${this.#onKeydown}
              @click=${this.#onClick}
              @scroll=${this.#slides ? this.#onSlidesScroll : nothing}
              @beforematch=${this.#onBeforeMatch}
            >
              ${renderedChunks.map((chunk) => {
                const active = chunk.some((event) => event.id === this.activeId)
                  ? this.activeId
                  : undefined;
                return this.#renderChunk(chunk, `${settings}|${active}`, resolved, level);
              })}
            </ol>`
          : html`<p>${strings.noEvents}</p>`
      }
      <p class="end visually-hidden" tabindex="-1">${strings.endOfTimeline}</p>
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
    level: number,
  ): TemplateResult[] | typeof noChange {
    if (this.#renderedChunkKeys.get(chunk) === key && !this.#dirtyChunks.has(chunk))
      return noChange;
    this.#renderedChunkKeys.set(chunk, key);
    this.#dirtyChunks.delete(chunk);
    const context: DetailsContext = {
      resolved,
      l10n: this.#l10n,
      articleUrl: sourceUrlFor(this.sourceUrl, resolved.dataset),
      copied: this.#copied,
      copyFallback: this.#copyFallback,
    };
    return chunk.map((event) => this.#renderItem(event, context, level));
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
    const story = this.#store.resolved!.dataset;
    // The leading chips, and any pressed one, until the reader asks for all of them.
    const shown = this.allChips
      ? this.#chips
      : this.#chips.filter(
          (person, at) => at < LEADING_CHIPS || this.selectedActors.has(person.id),
        );
    const hidden = this.#chips.length - shown.length;
    const chip = (pressed: boolean, label: unknown, onClick: () => void) =>
      html`<button
        type="button"
        class="chip"
        part="chip"
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${onClick}
      >
        ${label}
      </button>`;
    return html`<div class="filters" part="filters" role="group" aria-labelledby="filters-label">
      <span id="filters-label" class="filters-label">${strings.filterLabel}</span>
      ${chip(this.selectedActors.size === 0, strings.clearFilters, () => this.#setActors(new Set()))}
      ${shown.map((person) =>
        chip(this.selectedActors.has(person.id), inline(shortName(person, lang, story), lang), () =>
          this.#toggleActor(person.id),
        ),
      )}
      ${
        hidden || this.allChips
          ? html`<button
              type="button"
              class="more"
              aria-expanded=${this.allChips ? 'true' : 'false'}
              @click=${() => (this.allChips = !this.allChips)}
            >
              ${this.allChips ? strings.fewerPeople : strings.morePeople(this.#l10n.number(hidden))}
            </button>`
          : nothing
      }
    </div>`;
  }

  /** Previous and next, where the slide sits on the time axis, and the gaps around it. */
  #renderNav() {
    const { strings } = this.#l10n;
    const rtl = this.#l10n.dir === 'rtl';
    const last = this.#matching.length - 1;
    const at = Math.min(this.slide, last);
    const { positions, breaks } = axisLayout(this.#matching.map((event) => event.date.edtf));
    // SVG lengths in percent need no inline style (which a strict CSP would block); RTL runs from the right.
    const x = (position: number) => `${(rtl ? 1 - position : position) * 96 + 2}%`;
    const first = this.#matching[0]!;
    const end = this.#matching[last]!;
    return html`<div class="nav" part="nav">
      <button
        type="button"
        class="step"
        aria-label=${strings.previousEvent}
        ?disabled=${at === 0}
        @click=${() => this.#goTo(at - 1)}
      >
        <span aria-hidden="true">${rtl ? '→' : '←'}</span>
      </button>
      <p class="position" aria-live="polite">
        ${strings.eventPosition(this.#l10n.number(at + 1), this.#l10n.number(last + 1))}
      </p>
      <button
        type="button"
        class="step"
        aria-label=${strings.nextEvent}
        ?disabled=${at === last}
        @click=${() => this.#goTo(at + 1)}
      >
        <span aria-hidden="true">${rtl ? '←' : '→'}</span>
      </button>
      <div class="axis" part="axis" aria-hidden="true">
        <svg width="100%" height="24" focusable="false">
          <line class="track" x1=${x(0)} x2=${x(1)} y1="12" y2="12"></line>
          ${breaks.map(
            ([from, to]) =>
              svg`<line class="gap" x1=${x(from)} x2=${x(to)} y1="12" y2="12"></line>`,
          )}
          ${positions.map(
            (position, i) =>
              svg`<circle
                class=${i === at ? 'tick current' : 'tick'}
                cx=${x(position)}
                cy="12"
                r=${i === at ? 7 : 4}
              ></circle>`,
          )}
        </svg>
        <span class="axis-label">${this.#l10n.date(first.date.edtf)}</span>
        <span class="axis-label">${this.#l10n.date(end.date.edtf)}</span>
      </div>
    </div>`;
  }

  #renderItem(event: Event, context: DetailsContext, level: number): TemplateResult {
    const { strings, lang } = this.#l10n;
    const { index, dataset } = context.resolved;
    // Record text is in the article's language, or the reader's where the story has a translation.
    const textLang = dataset.article.language;
    const title = recordText(event, 'title', lang, dataset);
    const summaryText = recordText(event, 'summary', lang, dataset);
    const highlighted = event.id === this.highlight;
    const slides = this.#slides;
    const open = slides || this.#open.has(event.id);
    const names = participantsOf(event)
      .map((id) => index.getPerson(id))
      .filter((person): person is Person => !!person)
      .map((person) => inline(shortName(person, lang, dataset), lang));
    const quoteCount = quoteGroups(index.quotesOf(event.id)).reduce(
      (sum, group) => sum + group.quotes.length,
      0,
    );
    const headline = html`<span lang=${title.lang} dir="auto">${title.text}</span>`;
    // Compact: the summary waits in the details with the quotes (a slide always shows it).
    const compact = this.density === 'compact' && !slides;
    const summary =
      open && event.body && extras
        ? extras.body(event.body, textLang)
        : html`<p class="summary" part="summary" lang=${summaryText.lang} dir="auto">
            ${summaryText.text}
          </p>`;
    return html`<li
      id=${FRAGMENT_PREFIX + event.id}
      class=${`item${highlighted ? ' highlight' : ''}${open ? ' open' : ''}`}
      part="item"
      data-event-id=${event.id}
      tabindex=${slides ? '-1' : nothing}
      aria-current=${highlighted ? 'true' : nothing}
    >
      <div
        class="event-title"
        part="event-title"
        role="heading"
        aria-level=${Math.min(level + 1, 6)}
      >
        ${
          slides
            ? headline
            : html`<button
                type="button"
                class="toggle"
                aria-expanded=${open ? 'true' : 'false'}
                aria-controls=${`details-${event.id}`}
                tabindex=${event.id === this.activeId ? '0' : '-1'}
              >
                ${headline}
              </button>`
        }
      </div>
      <p class="date" part="date">
        ${extras?.eraLabel(event, this.#matching, dataset.eras, lang, textLang)}<time
          datetime=${machineDate(event.date.edtf)}
          >${extras?.dateText(event, this.#l10n) ?? this.#l10n.date(event.date.edtf)}</time
        >
      </p>
      ${compact ? nothing : summary}
      ${
        names.length || quoteCount
          ? html`<p class="meta" part="meta">
              ${
                names.length
                  ? html`<span class="people"
                      >${names.slice(0, NAMES_PER_EVENT).map((name, i) => html`${i ? strings.comma : ''}${name}`)}${
                        names.length > NAMES_PER_EVENT
                          ? ` +${this.#l10n.number(names.length - NAMES_PER_EVENT)}`
                          : ''
                      }</span
                    >`
                  : nothing
              }
              ${quoteCount ? html`<span class="quote-count">${strings.quotesCount(this.#l10n.number(quoteCount))}</span>` : nothing}
            </p>`
          : nothing
      }
      <div
        class="details"
        part="details"
        id=${`details-${event.id}`}
        hidden=${open ? nothing : 'until-found'}
      >
        ${compact ? summary : nothing} ${extras?.media(event, this, lang, textLang)}
        ${renderEventDetails(event, context)}
      </div>
    </li>`;
  }

  #setActors(next: Set<string>): void {
    this.selectedActors = next;
  }

  #toggleActor(id: string): void {
    const next = new Set(this.selectedActors);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.#setActors(next);
  }

  /** Focuses the end of the timeline, so the next Tab leaves it. */
  #skip(): void {
    const end = this.shadowRoot?.querySelector<HTMLElement>('.end');
    if (!end) return;
    // Tabbable while it has focus: from an element that is not, Chromium's Tab goes back to the
    // first stop of the shadow root instead of on past the timeline.
    end.tabIndex = 0;
    end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
    end.focus();
  }

  #onClick(event: MouseEvent): void {
    const path = event.composedPath();
    const target = path[0] instanceof Element ? path[0] : undefined;
    const copy = target?.closest<HTMLElement>('[data-copy]');
    const item = target?.closest<HTMLElement>('.item');
    const id = item?.dataset.eventId;
    if (!id) return;
    if (copy) void this.#copy(id, copy.dataset.copy ?? '', copy.dataset.original !== undefined);
    else if (target?.closest('.toggle')) this.#toggle(id);
  }

  /** Find-in-page matched text in a closed event: open it, as if the reader had. */
  #onBeforeMatch(event: globalThis.Event): void {
    const id = (event.target as HTMLElement).closest<HTMLElement>('.item')?.dataset.eventId;
    if (id && !this.#open.has(id)) {
      this.#open.add(id);
      this.#invalidate(id);
    }
  }

  #toggle(id: string): void {
    if (this.#open.has(id)) {
      this.#open.delete(id);
      this.activeId = id;
      this.#invalidate(id);
    } else {
      this.#open.add(id);
      this.#select(id);
    }
  }

  /**
   * Copies one speaker's quotes at an event, each with its attribution and citation: their
   * translation in the reader's language, or the `original` words.
   */
  async #copy(eventId: string, speaker: string, original: boolean): Promise<void> {
    const resolved = this.#store.resolved;
    const group = resolved
      ? quoteGroups(resolved.index.quotesOf(eventId)).find(({ key }) => key === speaker)
      : undefined;
    if (!resolved || !group) return;
    const articleUrl = sourceUrlFor(this.sourceUrl, resolved.dataset);
    const text = group.quotes
      .map((quote) => quoteCitationText(quote, resolved.index, articleUrl, this.#l10n, original))
      .join('\n\n');
    const copied = await copyText(text);
    this.#copied = copied ? speaker : undefined;
    this.#copyFallback = copied ? undefined : { key: speaker, text };
    this.#invalidate(eventId);
    await this.updateComplete;
    if (!copied)
      this.shadowRoot
        ?.querySelector<HTMLTextAreaElement>(`#${FRAGMENT_PREFIX}${eventId} textarea`)
        ?.select();
  }

  #onKeydown(event: KeyboardEvent): void {
    const target = event.composedPath()[0];
    const rtl = this.#l10n.dir === 'rtl';
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    if (this.#slides) {
      // Keys for the slides, from the list itself or anything on a slide but a text box.
      if (target instanceof HTMLTextAreaElement) return;
      const last = this.#matching.length - 1;
      const moves: Record<string, number> = {
        [forward]: this.slide + 1,
        [back]: this.slide - 1,
        Home: 0,
        End: last,
      };
      const to = moves[event.key];
      if (to === undefined) return;
      event.preventDefault();
      this.#goTo(to);
      return;
    }
    // Keys for the list come from an event's toggle only, never from links or buttons inside it.
    if (!(target instanceof HTMLElement) || !target.classList.contains('toggle')) return;
    const at = this.#indexOf(target.closest<HTMLElement>('.item')?.dataset.eventId);
    const moves: Record<string, number> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      [forward]: at + 1,
      [back]: at - 1,
      Home: 0,
      End: this.#matching.length - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = this.#matching[Math.min(Math.max(to, 0), this.#matching.length - 1)];
    if (next) void this.focusEvent(next.id);
  }

  /** Brings a slide into view (swipes and scrolling land on slides by themselves: scroll snapping). */
  #goTo(slide: number): void {
    const target = Math.min(Math.max(slide, 0), this.#matching.length - 1);
    const event = this.#matching[target];
    if (!event) return;
    const from = this.slide;
    this.slide = target;
    if (this.renderLimit <= target)
      this.renderLimit = Math.ceil((target + 1) / CHUNK_SIZE) * CHUNK_SIZE;
    void this.updateComplete.then(() => {
      const list = this.shadowRoot?.querySelector('ol');
      const item = this.shadowRoot?.getElementById(FRAGMENT_PREFIX + event.id);
      if (!list || !item) return;
      this.#fitSlide();
      // Glide to a neighbour; jump further (Home, End, a deep link) at once.
      const glide = Math.abs(target - from) === 1 && !reducedMotion();
      list.scrollBy({
        left: item.getBoundingClientRect().left - list.getBoundingClientRect().left,
        behavior: glide ? 'smooth' : 'instant',
      });
    });
    if (this.syncHash) this.#writeHash(event.id);
  }

  /** Swipes, scrolling and find-in-page move the slides too: follow whichever slide is in view. */
  #onSlidesScroll(event: globalThis.Event): void {
    const list = event.currentTarget as HTMLElement;
    cancelAnimationFrame(this.#scrollFrame);
    this.#scrollFrame = requestAnimationFrame(() => {
      const slide = Math.round(Math.abs(list.scrollLeft) / list.clientWidth);
      if (slide !== this.slide && slide < this.#matching.length) {
        this.slide = slide;
        this.#fitSlide();
      }
    });
  }

  /**
   * The slides take the height of the slide in view, not of the tallest one, so a short event does
   * not sit above a screen of blank space. (Set through the CSSOM, which a strict CSP allows.)
   */
  #fitSlide(): void {
    const list = this.shadowRoot?.querySelector('ol');
    const event = this.#matching[Math.min(this.slide, this.#matching.length - 1)];
    const item = event && this.shadowRoot?.getElementById(FRAGMENT_PREFIX + event.id);
    if (list && item) list.style.blockSize = `${item.offsetHeight}px`;
  }

  /**
   * Moves the roving tabindex to an event, rendering up to it first, focuses it and scrolls it into
   * view (smoothly, unless the reader prefers reduced motion).
   */
  async focusEvent(id: string): Promise<void> {
    const at = this.#indexOf(id);
    if (at < 0) return;
    this.activeId = id;
    if (this.renderLimit <= at) this.renderLimit = Math.ceil((at + 1) / CHUNK_SIZE) * CHUNK_SIZE;
    await this.updateComplete;
    const item = this.shadowRoot?.getElementById(FRAGMENT_PREFIX + id);
    if (!item) return;
    const target = this.#slides ? item : item.querySelector<HTMLElement>('.toggle');
    target?.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'instant' : 'smooth' });
  }

  /** Highlights and opens an event, fires `iw-select` and, with `sync-hash`, writes the URL fragment. */
  #select(id: string): void {
    this.#invalidate(this.highlight ?? undefined);
    this.highlight = id;
    this.activeId = id;
    this.#open.add(id);
    this.#invalidate(id);
    if (this.syncHash) this.#writeHash(id);
    this.dispatchEvent(selectEvent(id));
  }

  #writeHash(id: string): void {
    history.replaceState(history.state, '', `#${FRAGMENT_PREFIX}${id}`);
  }

  /**
   * A link to `#iw-event-<id>` opens that event and brings its heading into view with focus. The
   * browser cannot do it alone: ids inside a shadow root are out of the URL's reach.
   */
  readonly #onHashChange = async (): Promise<void> => {
    if (!location.hash.startsWith(`#${FRAGMENT_PREFIX}`)) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(FRAGMENT_PREFIX.length + 1));
    } catch {
      return; // `#iw-event-%` names no event
    }
    const at = this.#indexOf(id);
    if (at < 0) return;
    this.highlight = id;
    this.#open.add(id);
    this.#invalidate(id);
    if (this.#slides) this.#goTo(at);
    await this.focusEvent(id);
    this.shadowRoot
      ?.getElementById(FRAGMENT_PREFIX + id)
      ?.scrollIntoView({ block: 'start', behavior: 'instant' });
  };
}
