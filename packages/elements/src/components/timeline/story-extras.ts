// What only imported stories have (TimelineJS3's display dates, date ranges, rich text, media, groups
// and eras), rendered for the timeline. Imported the first time a timeline shows such a story, so
// readers of the built-in story never download it (docs/decisions/0061).
import {
  adoptStyles,
  css,
  html,
  isServer,
  nothing,
  render,
  type LitElement,
  type TemplateResult,
} from 'lit';
import { isWithin, type Dataset, type Event } from '@iranwire/rapprochement-data';
import type { LocalizeController } from '../../shared/localize.js';
import type { Lang } from '../../shared/localize.js';
import { inline } from '../../shared/record-text.js';

type Era = NonNullable<Dataset['eras']>[number];
type Media = NonNullable<Event['media']>;
type Paragraph = NonNullable<Event['body']>[number];

const strings = {
  en: {
    groups: 'Show the group',
    allGroups: 'All',
    era: 'Era',
    show: {
      image: 'Show the image from',
      video: 'Play the video from',
      audio: 'Play the audio from',
    },
    open: 'Open the media on',
    credit: 'Credit:',
  },
  fa: {
    groups: 'نمایش گروه',
    allGroups: 'همه',
    era: 'دوره',
    show: { image: 'نمایش تصویر از', video: 'پخش ویدیو از', audio: 'پخش صدا از' },
    open: 'باز کردن رسانه در',
    credit: 'اعتبار:',
  },
};

export const styles = css`
  .era {
    display: block;
    margin-block-end: 0.125em;
    font-size: 0.8125em;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .body p {
    margin: 0 0 0.5em;
  }
  .media {
    margin: 0.75em 0;
  }
  .media img,
  .media video {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: var(--_radius);
  }
  .media audio {
    inline-size: 100%;
  }
  .media .credit {
    display: block;
  }
  .media figcaption {
    margin-block-start: 0.25em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .load {
    padding: 0.375em 0.75em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
`;

/** Gives the timeline's shadow root the styles of what this module renders. */
export function install(host: LitElement): void {
  const base = (host.constructor as typeof LitElement).elementStyles;
  adoptStyles(host.renderRoot as ShadowRoot, [...base, styles]);
}

/** A display label replaces the formatted date; a range shows both ends. */
export function dateText(event: Event, l10n: LocalizeController): string | undefined {
  const { edtf, label, end } = event.date;
  return label ?? (end ? `${l10n.date(edtf)} – ${l10n.date(end)}` : undefined);
}

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

/** Rich text as the schema holds it: paragraphs of plain runs, rendered as text, never as markup. */
export function body(paragraphs: Paragraph[], lang: string): TemplateResult {
  return html`<div class="summary body" part="summary" lang=${lang} dir="auto">
    ${paragraphs.map(
      (runs) =>
        html`<p>
          ${runs.map((run) => {
            let text: unknown = run.text;
            if (run.em) text = html`<em>${text}</em>`;
            if (run.strong) text = html`<strong>${text}</strong>`;
            // The schema admits only http(s) and mailto: links; checked again, as the render is the last line.
            return run.href && SAFE_LINK.test(run.href)
              ? html`<a href=${run.href} rel="noopener noreferrer">${text}</a>`
              : text;
          })}
        </p>`,
    )}
  </div>`;
}

/** Eras by the first event of the list that falls in each, for a label above that event's date. */
const eraStarts = new WeakMap<Event[], Map<string, Era>>();

export function eraLabel(
  event: Event,
  events: Event[],
  eras: Era[] | undefined,
  lang: Lang,
  textLang: string,
): TemplateResult | typeof nothing {
  let starts = eraStarts.get(events);
  if (!starts) {
    starts = new Map();
    for (const era of eras ?? []) {
      const first = events.find(({ date }) => isWithin(date.edtf, era.start, era.end));
      if (first && !starts.has(first.id)) starts.set(first.id, era);
    }
    eraStarts.set(events, starts);
  }
  const era = starts.get(event.id);
  return era
    ? html`<span class="era" part="era"
        ><span class="visually-hidden">${strings[lang].era}: </span
        ><span lang=${textLang} dir="auto">${era.title}</span></span
      >`
    : nothing;
}

/** The groups of a story, in order of first appearance. */
const groupsOf = new WeakMap<Dataset, string[]>();

/** Chips that show one group's events; absent when the story has fewer than two groups. */
export function groupFilter(
  dataset: Dataset,
  selected: string | null,
  choose: (group: string | null) => void,
  lang: Lang,
): TemplateResult | typeof nothing {
  let groups = groupsOf.get(dataset);
  if (!groups) {
    groups = [...new Set(dataset.events.flatMap((event) => (event.group ? [event.group] : [])))];
    groupsOf.set(dataset, groups);
  }
  if (groups.length < 2) return nothing;
  const chip = (group: string | null, label: unknown) =>
    html`<button
      type="button"
      class="chip"
      part="chip"
      aria-pressed=${selected === group ? 'true' : 'false'}
      @click=${() => choose(group)}
    >
      ${label}
    </button>`;
  return html`<div class="filters" part="filters" role="group" aria-labelledby="groups-label">
    <span id="groups-label" class="filters-label">${strings[lang].groups}</span>
    ${chip(null, strings[lang].allGroups)}
    ${groups.map((group) =>
      chip(group, inline({ text: group, lang: dataset.article.language, translated: false }, lang)),
    )}
  </div>`;
}

/** The page's origin; on the server, the one render() was told (its `origin` option), if any. */
const pageOrigin = (): string | undefined =>
  isServer ? (globalThis as { __iwPageOrigin?: string }).__iwPageOrigin : location.origin;

/** Media URLs the reader chose to load on this page: they stay loaded when the timeline re-renders. */
const loaded = new Set<string>();

const FILE = { video: /\.(mp4|webm|ogv|mov)(\?|$)/i, audio: /\.(mp3|m4a|ogg|oga|wav|opus)(\?|$)/i };

function player(media: Media, url: string): TemplateResult {
  if (media.kind === 'image')
    return html`<img src=${url} alt=${media.caption ?? ''} referrerpolicy="no-referrer" />`;
  return media.kind === 'audio'
    ? html`<audio controls src=${url}></audio>`
    : html`<video controls src=${url}></video>`;
}

/**
 * An event's media. Nothing from another origin loads until the reader asks for that item, or the
 * page lists its origin in the timeline's `media-origins`; the button says where it comes from.
 * Pages on the web that are not image, audio or video files (a YouTube page) are linked, not embedded.
 */
export function media(
  event: Event,
  host: HTMLElement,
  lang: Lang,
  textLang: string,
): TemplateResult | typeof nothing {
  const item = event.media;
  const url = item?.url;
  if (!item || !url || !/^https?:\/\//i.test(url)) return nothing;
  const { origin, host: where, pathname } = new URL(url);
  const text = strings[lang];
  const playable =
    item.kind === 'image' || (item.kind !== 'link' && FILE[item.kind].test(pathname));
  const allowed =
    loaded.has(url) ||
    origin === pageOrigin() ||
    (host.getAttribute('media-origins') ?? '').split(/\s+/).includes(origin);
  const show = (click: MouseEvent) => {
    loaded.add(url);
    const button = click.currentTarget as HTMLElement;
    const holder = document.createElement('div');
    render(player(item, url), holder);
    const shown = holder.querySelector<HTMLElement>('img, audio, video')!;
    button.replaceWith(shown);
    // Focus stays where the reader's button was.
    if (!shown.hasAttribute('controls')) shown.tabIndex = -1;
    shown.focus();
  };
  return html`<figure class="media" part="media">
    ${
      !playable
        ? html`<a href=${url} rel="noopener noreferrer">${text.open} <bdi>${where}</bdi></a>`
        : allowed
          ? player(item, url)
          : html`<button type="button" class="load" @click=${show}>
              ${text.show[item.kind as 'image']} <bdi>${where}</bdi>
            </button>`
    }
    ${
      item.caption || item.credit
        ? html`<figcaption>
            ${item.caption ? html`<span lang=${textLang} dir="auto">${item.caption}</span>` : nothing}
            ${
              item.credit
                ? html`<span class="credit"
                    >${text.credit} <bdi lang=${textLang}>${item.credit}</bdi></span
                  >`
                : nothing
            }
          </figcaption>`
        : nothing
    }
  </figure>`;
}
