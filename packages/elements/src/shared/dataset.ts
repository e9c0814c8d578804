import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  dataset as builtInDataset,
  indexDataset,
  type Dataset,
} from '@iranwire/rapprochement-data';
import { hasTranslations, loadTranslations, type DataSlice } from './data-slices.js';

export type DatasetIndex = ReturnType<typeof indexDataset>;
export interface DataIssue {
  path: string;
  message: string;
}
/** The dataset a component renders from, with its lookups. */
export interface ResolvedDataset {
  dataset: Dataset;
  index: DatasetIndex;
}
type Resolution = ({ ok: true } & ResolvedDataset) | { ok: false; issues: DataIssue[] };

let builtInResolved: ResolvedDataset | undefined;
let builtInSize = -1;
/**
 * The built-in story, indexed on first use so that importing a class does no work. The script-tag
 * build adds its records in kinds, as widgets that show them load (docs/decisions/0029), so it is
 * indexed again whenever it has grown.
 */
function builtIn(): ResolvedDataset {
  const { people, organizations, events, quotes } = builtInDataset;
  const size = people.length + organizations.length + events.length + quotes.length;
  if (size !== builtInSize) {
    builtInSize = size;
    builtInResolved = { dataset: builtInDataset, index: indexDataset(builtInDataset) };
  }
  return builtInResolved!;
}

/** One validation per dataset object, shared by a timeline and the badges and cards inside it. */
const resolutions = new WeakMap<object, Promise<Resolution>>();
/** The finished ones, so that components created later (a timeline's badges) render at once. */
const settled = new WeakMap<object, Resolution>();

async function validate(data: unknown): Promise<Resolution> {
  // Loaded only when custom data is set, so the default path never pays for the validator.
  const { validateDataset } = await import('@iranwire/rapprochement-data/validate');
  const result = validateDataset(data);
  // A macrotask between validating and rendering a long custom story keeps each task short.
  await new Promise((resolve) => setTimeout(resolve));
  if (!result.ok) return { ok: false, issues: result.issues };
  const resolution: Resolution = {
    ok: true,
    dataset: result.dataset,
    index: indexDataset(result.dataset),
  };
  // Nested widgets are handed the validated story as `data` (a card's badge): they render it at once.
  settled.set(result.dataset, resolution);
  return resolution;
}

const failed = (error: unknown): Resolution => ({
  ok: false,
  issues: (error as { issues?: DataIssue[] }).issues ?? [
    { path: '', message: error instanceof Error ? error.message : String(error) },
  ],
});

/** One fetch per story URL (and allowed origins), shared by every widget that names it. */
const loads = new Map<string, Promise<Resolution>>();

function load(src: string, host: Element): Promise<Resolution> {
  const key = `${src} ${host.getAttribute('src-origins')}`;
  if (!loads.has(key))
    loads.set(
      key,
      // Loaded only when a widget has `src`, like the validator.
      import('./story-source.js')
        .then(({ fetchStory }) => fetchStory(src, host))
        .then(resolve, failed)
        .then((resolution) => {
          // A failure (the network, a server error) is tried again by the next widget or `src`.
          if (!resolution.ok) loads.delete(key);
          return resolution;
        }),
    );
  return loads.get(key)!;
}

/**
 * Validates a custom story ahead of rendering, so that every widget handed it renders it at once:
 * the server renderer needs that, having no second update to render it in (docs/decisions/0045).
 * Returns the validated story, or undefined when it is invalid (the widgets render the error).
 */
export async function prepareStory(data: unknown): Promise<Dataset | undefined> {
  const resolution = await resolve(data);
  return resolution.ok ? resolution.dataset : undefined;
}

function resolve(data: unknown): Promise<Resolution> {
  if (typeof data !== 'object' || data === null) return validate(data);
  let pending = resolutions.get(data);
  if (!pending) {
    pending = validate(data)
      .catch(failed)
      .then((resolution) => {
        settled.set(data, resolution);
        return resolution;
      });
    resolutions.set(data, pending);
  }
  return pending;
}

type DataHost = ReactiveControllerHost &
  HTMLElement & { data?: Dataset | unknown; src?: string | null };

/** What a component tells its DatasetController. */
export interface DatasetOptions {
  /** The kinds of record it shows, whose translations it needs in the reader's language. */
  slices: DataSlice[];
  /** The reader's language (the component's LocalizeController, added before this controller). */
  lang: () => string;
  /** What else a prerendered host needs before it hydrates its story. */
  beforeHydrating?: (story: ResolvedDataset | undefined) => Promise<void> | undefined;
}

/** Languages whose translations failed to load (offline, a missing file): shown untranslated. */
const untranslated = new Set<string>();

/**
 * Gives a component the index it renders from: the built-in story, or a custom dataset, set on its
 * `data` property or fetched from its `src`, once that has been validated. While that runs `resolved`
 * is undefined; when it fails, `issues` says what is wrong and one console warning is logged. The
 * built-in story in the script-tag build also waits, the first time, for its translations into the
 * reader's language (embed.js usually has them loaded before the widget, decision 0013).
 */
export class DatasetController implements ReactiveController {
  resolved: ResolvedDataset | undefined = builtIn();
  issues: DataIssue[] | undefined;
  /** Settles when the current data has been validated (immediately for the built-in story). */
  ready: Promise<void> = Promise.resolve();
  private data: unknown = undefined;
  private src: string | null | undefined = undefined;

  private readonly slices: DataSlice[];
  private readonly lang: () => string;

  constructor(
    private readonly host: DataHost,
    { slices, lang, beforeHydrating }: DatasetOptions,
  ) {
    this.slices = slices;
    this.lang = lang;
    host.addController(this);
    // Declarative shadow DOM from the server renderer (decision 0045; never there on the server):
    // the first update hydrates it, and must render what the server did, not "Loading". So that
    // update waits for a custom story, fetched or validated again. Patched on the instance, once,
    // to serve every widget.
    if (host.shadowRoot) {
      // Protected in LitElement: this is the one place outside a component that schedules its update.
      const patched = host as unknown as { scheduleUpdate?(): unknown };
      const schedule = patched.scheduleUpdate!;
      patched.scheduleUpdate = async () => {
        delete patched.scheduleUpdate;
        this.hostUpdate();
        await this.ready;
        await beforeHydrating?.(this.resolved);
        return schedule.call(host);
      };
    }
  }

  /** Settles once the host has rendered from validated data (or from its error). */
  async rendered(): Promise<void> {
    await this.host.updateComplete;
    await this.ready;
    await this.host.updateComplete;
  }

  hostUpdate(): void {
    const { data, src } = this.host;
    // `data` wins over `src`, as a property set by a script over the page's markup.
    const custom = data ?? (src || undefined);
    if (data === this.data && src === this.src) {
      // The built-in story may have grown since the last update (a badge's panel loads events).
      if (custom === undefined) this.useBuiltIn();
      return;
    }
    this.data = data;
    this.src = src;
    this.issues = undefined;
    if (custom === undefined) {
      this.ready = Promise.resolve();
      this.useBuiltIn();
      return;
    }
    const done = typeof data === 'object' ? settled.get(data as object) : undefined;
    if (done) {
      this.apply(done);
      this.ready = Promise.resolve();
      return;
    }
    this.resolved = undefined;
    this.ready = (data != null ? resolve(data) : load(src!, this.host)).then((resolution) => {
      if (this.data !== data || this.src !== src) return;
      this.apply(resolution);
      this.host.requestUpdate();
    });
  }

  /** The built-in story, once its translations into the reader's language are in its records. */
  private useBuiltIn(): void {
    const lang = this.lang();
    this.resolved = builtIn();
    if (untranslated.has(lang) || hasTranslations(lang, ...this.slices)) return;
    this.resolved = undefined;
    const ready = loadTranslations(lang, ...this.slices).catch((error: unknown) => {
      untranslated.add(lang);
      console.error(`<${this.host.localName}> could not load the story's "${lang}" text:`, error);
    });
    this.ready = ready.then(() => {
      if (this.data === undefined && !this.src) {
        this.resolved = builtIn();
        this.host.requestUpdate();
      }
    });
  }

  private apply(resolution: Resolution): void {
    if (resolution.ok) {
      this.resolved = { dataset: resolution.dataset, index: resolution.index };
    } else {
      this.issues = resolution.issues;
      console.warn(
        `<${this.host.localName}> ignored invalid custom data: ${resolution.issues
          .slice(0, 3)
          .map((issue) => `${issue.path || '(root)'}: ${issue.message}`)
          .join('; ')}${resolution.issues.length > 3 ? '; …' : ''}`,
      );
    }
  }
}
