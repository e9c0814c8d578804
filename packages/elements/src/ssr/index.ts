// Server rendering for Node sites with a build step (docs/decisions/0045): the widgets' HTML with
// their shadow roots as declarative shadow DOM, rendered by Lit's own server renderer. In the page,
// embed.js (or the npm entries, after Lit's hydrate support) wakes the same markup up in place.
// The built-in story's records as embed.js loads them (scripts/display-data-plugin.mjs).
import 'iw-data:people';
import 'iw-data:events';
import 'iw-data:quotes';
// And their translations, added below once the records are in, so that a Persian page is
// prerendered in Persian (docs/decisions/0013).
import addPeopleFa from 'iw-data:people.fa';
import addEventsFa from 'iw-data:events.fa';
import addQuotesFa from 'iw-data:quotes.fa';
import { LitElementRenderer, render as renderLit } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import {
  ReactiveElement,
  nothing,
  type CSSResultOrNative,
  type LitElement,
  type ReactiveController,
} from 'lit';
import {
  IwTimeline,
  loadStoryExtras,
  usesExtras,
} from '../components/timeline/timeline.component.js';
import { styles as extrasStyles } from '../components/timeline/story-extras.js';
import { prepareStory } from '../shared/dataset.js';
import type { Dataset } from '@iranwire/rapprochement-data';
import { IwQuoteCard } from '../components/quote-card/quote-card.component.js';
import { IwActorBadge } from '../components/actor-badge/actor-badge.component.js';
import { define } from '../shared/define.js';

/**
 * Adds the built-in story's translations to its records, once, at the first render: esbuild's
 * split chunks may run the records' modules after this module's body.
 */
let translate: (() => void) | undefined = () =>
  [addPeopleFa, addEventsFa, addQuotesFa].forEach((add) => add());

// Lit's server DOM shim has no tree: an element is its own root, and has no parent to inherit lang
// and dir from (the widgets read them in render; RenderOptions.lang stands in for the page's).
const shimmed = Object.getPrototypeOf(ReactiveElement).prototype as { getRootNode?: () => unknown };
shimmed.getRootNode ??= function (this: unknown) {
  return this;
};

// The renderer calls willUpdate and render, never a controller's hostUpdate, which resolves each
// widget's story (built-in, or custom and prepared by render()): call it as the browser would.
const controllersOf = new WeakMap<object, ReactiveController[]>();
const { addController } = ReactiveElement.prototype;
ReactiveElement.prototype.addController = function (controller) {
  controllersOf.set(this, [...(controllersOf.get(this) ?? []), controller]);
  addController.call(this, controller);
};
LitElementRenderer.renderOptions.push((element) => {
  for (const controller of controllersOf.get(element) ?? []) controller.hostUpdate?.();
  return undefined;
});

const classes = {
  'iw-timeline': IwTimeline,
  'iw-quote-card': IwQuoteCard,
  'iw-actor-badge': IwActorBadge,
} as const;
for (const [tag, elementClass] of Object.entries(classes)) define(tag, elementClass);

/** The tags this module renders. */
export type WidgetTag = keyof typeof classes;
export const tags = Object.keys(classes) as WidgetTag[];
/** The stylesheets {@link stylesheets} returns: one per tag, and the timeline's for imported stories. */
export type StylesheetName = WidgetTag | 'iw-timeline-extras';

export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /** The element's attributes, as written in HTML (`false`, `null` and `undefined` leave one out). */
  attributes?: Record<string, AttributeValue>;
  /**
   * Where the widgets' stylesheets are served from (a URL ending in `/`, e.g. the self-hosted
   * `dist/embed/` folder): each shadow root then links `<tag>.css` there instead of holding a
   * `<style>` element, so a page whose CSP allows no inline style still shows it styled.
   * Write the files with {@link stylesheets}.
   */
  stylesheets?: string;
  /**
   * The language of the page around the widgets (`en`, `fa`). The server cannot see ancestors, so a
   * widget without a `lang` attribute gets this one written on it, and renders as it will in the page.
   */
  lang?: string;
  /**
   * The URL of the folder that serves embed.js (the self-hosted `dist/embed/`, ending in `/`). The
   * widgets link their sources to the article's text beside it (`source.html`), which the server
   * cannot find from where it runs: they link `<embedBase>source.html` (relative URLs are kept
   * relative), as the browser will. Taken from the snippet's `<script src="…/embed.js">` when there
   * is one; required otherwise.
   */
  embedBase?: string;
  /**
   * A custom story (the data package's `Dataset` shape, e.g. from `iw-story import`), rendered
   * instead of the built-in one by every widget rendered. It is validated here as in the browser:
   * invalid data renders the widget's error state. The element gets `defer-hydration`: in the page,
   * set the same story on its `data` property, then remove the attribute, and it hydrates.
   */
  data?: Dataset | unknown;
  /**
   * The stories the widgets' `src` attributes name, already read (the server fetches nothing), by
   * the `src` as written: `{ 'stories/cnn.json': story }`. In the page the widget fetches its `src`
   * again and hydrates once it is here. A widget whose `src` is not listed is an error.
   */
  stories?: Record<string, Dataset | unknown>;
  /**
   * The origin of the page the HTML is served on (`https://news.example`). A custom story's media
   * from that origin shows at once, as in the browser; without it, the server renders the button
   * that loads it, and hydration in a page of that origin would find a different template.
   */
  origin?: string;
}

const TAG = /^iw-(timeline|quote-card|actor-badge)$/;
const WIDGET = /<(iw-timeline|iw-quote-card|iw-actor-badge)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `name="value"` pairs, as written; values are already HTML (entities kept as they are). */
function attributeText(attributes: Record<string, AttributeValue>, raw = false): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => {
      if (!/^[a-z][a-z0-9-]*$/i.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
      if (value === true) return ` ${name}`;
      return ` ${name}="${raw ? String(value) : escapeAttribute(String(value))}"`;
    })
    .join('');
}

/** The attributes of an HTML start tag's text, values left as written. */
function parseAttributes(text: string): Record<string, string | true> {
  const attributes: Record<string, string | true> = {};
  for (const [, name, double, single, bare] of text.matchAll(ATTRIBUTE))
    attributes[name!.toLowerCase()] = double ?? single ?? bare ?? true;
  return attributes;
}

/**
 * The CSS a widget's shadow root holds, one string per tag, and the timeline's extra sheet for
 * imported stories with eras, media or rich text (for {@link RenderOptions.stylesheets}).
 */
export function stylesheets(): Record<StylesheetName, string> {
  const text = (styles: CSSResultOrNative[]): string =>
    styles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  return {
    ...(Object.fromEntries(
      tags.map((tag) => [tag, text((classes[tag] as unknown as typeof LitElement).elementStyles)]),
    ) as Record<WidgetTag, string>),
    'iw-timeline-extras': extrasStyles.cssText,
  };
}

/** Removes the outer template's markers, which nothing hydrates: the elements hydrate themselves. */
const OUTER_PART = /^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g;

/** Lit's marker for the element's one binding (`.data`), which nothing hydrates either. */
const NODE_MARKER = /<!--lit-node \d+-->/;

async function renderOne(
  tag: WidgetTag,
  attributes: string,
  light: string,
  options: RenderOptions,
  data: unknown,
): Promise<string> {
  const name = unsafeStatic(tag);
  const content = light ? unsafeHTML(light) : nothing;
  const template =
    data === undefined
      ? staticHtml`<${name}${unsafeStatic(attributes)}>${content}</${name}>`
      : staticHtml`<${name}${unsafeStatic(attributes)} .data=${data}>${content}</${name}>`;
  const story = data === undefined ? undefined : await prepareStory(data);
  let out = await collectResult(renderLit(template));
  out = out.replace(OUTER_PART, '');
  if (data !== undefined) out = out.replace(NODE_MARKER, '');
  // A timeline of an imported story adopts a second sheet in the browser: the server writes it too.
  if (tag === 'iw-timeline' && story && usesExtras(story))
    out = out.replace('</style>', () => `</style><style>${extrasStyles.cssText}</style>`);
  if (options.stylesheets !== undefined) out = linkStylesheets(out, options.stylesheets);
  return out;
}

/** Swaps each shadow root's `<style>` for a link to the same CSS (see RenderOptions.stylesheets). */
function linkStylesheets(out: string, base: string): string {
  const sheets = stylesheets();
  const byText = new Map(Object.entries(sheets).map(([tag, css]) => [css, tag]));
  return out.replace(/<style>([\s\S]*?)<\/style>/g, (whole, css: string) => {
    const tag = byText.get(css);
    return tag ? `<link rel="stylesheet" href="${escapeAttribute(base + tag)}.css">` : whole;
  });
}

/** The story a widget renders: `data`, or the one its `src` names; undefined for the built-in one. */
function storyOf(
  tag: string,
  attributes: Record<string, AttributeValue>,
  { data, stories }: RenderOptions,
): unknown {
  if (data !== undefined) return data;
  const src = attributes.src;
  if (typeof src !== 'string' || src === '') return undefined;
  if (!stories || !Object.hasOwn(stories, src))
    throw new TypeError(
      `<${tag} src="${src}">: pass the story as stories["${src}"]; the server fetches nothing.`,
    );
  return stories[src];
}

/** Writes the page's language, which the server cannot see, on the element. */
function withContext(
  attributes: Record<string, AttributeValue>,
  { lang, data }: RenderOptions,
): Record<string, AttributeValue> {
  const withLang = lang && !('lang' in attributes) ? { ...attributes, lang } : attributes;
  // A story given as `data` must be set again in the page before the widget hydrates.
  return data === undefined ? withLang : { ...withLang, 'defer-hydration': true };
}

const EMBED_SCRIPT = /<script\b[^>]*\bsrc=["']?([^"'\s>]*\/)?embed\.js["'\s>]/i;

/**
 * Renders a widget, or every widget in a snippet of HTML, to HTML with declarative shadow DOM.
 *
 * - `render('iw-quote-card', { attributes: { quote: 'khatami-wall-of-distrust', lang: 'fa' } })`
 * - `render('<p>Before</p><iw-timeline actors="khatami"></iw-timeline>')`: the rest of the
 *   snippet is returned as it was.
 */
export function render(tagOrHtml: string, options: RenderOptions = {}): Promise<string> {
  const rendered = queue.then(() => renderAlone(tagOrHtml, options));
  queue = rendered.catch(() => undefined);
  return rendered;
}

/**
 * Renders run one at a time: the widgets read the page's source link and origin from globals set for
 * the render (the server build has no `location`), and a render waits on validation and on Lit's
 * renderer, so two at once would read each other's (decision 0045).
 */
let queue: Promise<unknown> = Promise.resolve();

async function renderAlone(tagOrHtml: string, options: RenderOptions): Promise<string> {
  translate?.();
  translate = undefined;
  const script = EMBED_SCRIPT.exec(tagOrHtml);
  const embedBase = options.embedBase ?? (script ? (script[1] ?? '') : undefined);
  if (embedBase === undefined)
    throw new TypeError('Pass embedBase: the URL of the folder that serves embed.js.');
  // Read by the server build's src/shared/urls.ts (see tsup.config.ts) instead of import.meta.url.
  Object.assign(globalThis, {
    __iwSourcePage: `${embedBase}source.html`,
    // Read by story-extras.ts in the server build, in place of location.origin.
    __iwPageOrigin: options.origin && new URL(options.origin).origin,
  });
  await loadStoryExtras();
  const tag = tagOrHtml.trim().toLowerCase();
  if (TAG.test(tag)) {
    const attributes = options.attributes ?? {};
    return renderOne(
      tag as WidgetTag,
      attributeText(withContext(attributes, options)),
      '',
      options,
      storyOf(tag, attributes, options),
    );
  }
  const pieces: Array<string | Promise<string>> = [];
  let last = 0;
  for (const match of tagOrHtml.matchAll(WIDGET)) {
    const [whole, name, attributes = '', light = ''] = match;
    pieces.push(tagOrHtml.slice(last, match.index));
    last = match.index + whole.length;
    // A widget that is already rendered is left as it is.
    if (/<template\s[^>]*shadowrootmode/i.test(light)) {
      pieces.push(whole);
      continue;
    }
    const parsed = withContext(parseAttributes(attributes), options);
    const widget = name!.toLowerCase() as WidgetTag;
    pieces.push(
      renderOne(
        widget,
        attributeText(parsed, true),
        light,
        options,
        storyOf(widget, parsed, options),
      ),
    );
  }
  pieces.push(tagOrHtml.slice(last));
  return (await Promise.all(pieces)).join('');
}
