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
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import {
  ReactiveElement,
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

const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `name="value"` pairs, values escaped: whatever quotes or `>` a value holds, it stays one value.
 * Names given in `attributes` must be plain (`lang`, `source-url`); names read by the HTML parser
 * are whatever it read, which can hold no space, quote, `>`, `/` or `=`.
 */
function attributeText(attributes: Record<string, AttributeValue>, parsed = false): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => {
      if (!parsed && !/^[a-z][a-z0-9-]*$/i.test(name))
        throw new TypeError(`Not an attribute name: ${name}`);
      if (value === true) return ` ${name}`;
      return ` ${name}="${escapeAttribute(String(value))}"`;
    })
    .join('');
}

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];

/** A widget element found in an HTML text, with where it stands in that text. */
interface FoundWidget {
  tag: WidgetTag;
  attributes: Record<string, string>;
  /** Its start tag to its end tag (or to where the parser ended it): what is replaced. */
  start: number;
  end: number;
  /** Its content, as written. */
  light: string;
}

/**
 * The page's widgets, found by an HTML parser (parse5, the one Lit's server renderer uses): real
 * elements only, never text that looks like one in a comment, a `<textarea>`, a `<script>`, an
 * attribute value or a `<template>`, and the outermost of nested ones. Also the folder of the page's
 * `<script src=".../embed.js">`, if it has one. Linear in the text's length.
 */
function readPage(text: string): { widgets: FoundWidget[]; embedBase: string | undefined } {
  const widgets: FoundWidget[] = [];
  let embedBase: string | undefined;
  // Depth-first, without recursion: a page of 100,000 unclosed tags nests that deep.
  const stack: ParsedNode[] = [parse(text, { sourceCodeLocationInfo: true })];
  while (stack.length) {
    const node = stack.pop()!;
    if (!('tagName' in node)) {
      if ('childNodes' in node) stack.push(...[...node.childNodes].reverse());
      continue;
    }
    const element = node as ParsedElement;
    const attributes = Object.fromEntries(element.attrs.map(({ name, value }) => [name, value]));
    const where = element.sourceCodeLocation;
    if (TAG.test(element.tagName) && where?.startTag) {
      // Already rendered (it holds a declarative shadow root): left as it is.
      const rendered = element.childNodes.some(
        (child) =>
          'tagName' in child &&
          child.tagName === 'template' &&
          child.attrs.some(({ name }) => name === 'shadowrootmode'),
      );
      if (!rendered)
        widgets.push({
          tag: element.tagName as WidgetTag,
          attributes,
          start: where.startOffset,
          end: where.endOffset,
          light: text.slice(where.startTag.endOffset, where.endTag?.startOffset ?? where.endOffset),
        });
      continue;
    }
    if (element.tagName === 'script' && embedBase === undefined) {
      const src = attributes.src ?? '';
      const path = src.replace(/[?#].*$/, '');
      if (/(^|\/)embed\.js$/.test(path)) embedBase = path.slice(0, path.lastIndexOf('/') + 1);
    }
    // A <template>'s content is inert in the page: nothing in it is rendered.
    if (element.tagName !== 'template') stack.push(...[...element.childNodes].reverse());
  }
  return { widgets, embedBase };
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
  const template =
    data === undefined
      ? staticHtml`<${name}${unsafeStatic(attributes)}></${name}>`
      : staticHtml`<${name}${unsafeStatic(attributes)} .data=${data}></${name}>`;
  const story = data === undefined ? undefined : await prepareStory(data);
  let out = await collectResult(renderLit(template));
  out = out.replace(OUTER_PART, '');
  if (data !== undefined) out = out.replace(NODE_MARKER, '');
  // A timeline of an imported story adopts a second sheet in the browser: the server writes it too.
  if (tag === 'iw-timeline' && story && usesExtras(story))
    out = out.replace('</style>', () => `</style><style>${extrasStyles.cssText}</style>`);
  if (options.stylesheets !== undefined) out = linkStylesheets(out, options.stylesheets);
  // The element's own content goes back as the page wrote it, after its shadow root: copied, never
  // parsed again (Lit's renderer walks what it parses recursively, and a page may nest 100,000 deep).
  return light ? `${out.slice(0, -`</${tag}>`.length)}${light}</${tag}>` : out;
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

/**
 * The folder that serves embed.js, as every source link will start: an http(s) URL, or a path on the
 * page's own site (`/widgets/`, `widgets/`). Anything else (`javascript:`, `data:`, `//other.host/`,
 * a backslash that browsers read as a slash) would become every link's address, on the server and
 * after hydration alike, so it is refused with the reason.
 */
function checkedEmbedBase(value: string | undefined): string {
  if (value === undefined)
    throw new TypeError('Pass embedBase: the URL of the folder that serves embed.js.');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  const problem = /[\s\\]|\p{Cc}/u.test(value)
    ? 'holds a space, a backslash or a control character'
    : value.startsWith('//')
      ? 'names another host without saying http or https'
      : scheme !== undefined && scheme !== 'http' && scheme !== 'https'
        ? `is a ${scheme}: address`
        : scheme !== undefined && !URL.canParse(value)
          ? 'is not a URL'
          : undefined;
  if (problem)
    throw new TypeError(
      `embedBase ${JSON.stringify(value.slice(0, 200))} ${problem}: give an http(s) URL or a path on the page's site, such as /widgets/.`,
    );
  return value;
}

async function renderAlone(tagOrHtml: string, options: RenderOptions): Promise<string> {
  translate?.();
  translate = undefined;
  const tag = tagOrHtml.trim().toLowerCase();
  const page = TAG.test(tag) ? undefined : readPage(tagOrHtml);
  const embedBase = checkedEmbedBase(options.embedBase ?? page?.embedBase);
  // Read by the server build's src/shared/urls.ts (see tsup.config.ts) instead of import.meta.url.
  Object.assign(globalThis, {
    __iwSourcePage: `${embedBase}source.html`,
    // Read by story-extras.ts in the server build, in place of location.origin.
    __iwPageOrigin: options.origin && new URL(options.origin).origin,
  });
  await loadStoryExtras();
  if (!page) {
    const attributes = options.attributes ?? {};
    return renderOne(
      tag as WidgetTag,
      attributeText(withContext(attributes, options)),
      '',
      options,
      storyOf(tag, attributes, options),
    );
  }
  // The widgets' places are replaced by their rendered HTML; every other byte stays as written.
  const pieces: Array<string | Promise<string>> = [];
  let last = 0;
  for (const { tag: widget, attributes, start, end, light } of page.widgets) {
    pieces.push(tagOrHtml.slice(last, start));
    last = end;
    const withPage = withContext(attributes, options);
    pieces.push(
      renderOne(
        widget,
        attributeText(withPage, true),
        light,
        options,
        storyOf(widget, withPage, options),
      ),
    );
  }
  pieces.push(tagOrHtml.slice(last));
  return (await Promise.all(pieces)).join('');
}
