// Server rendering for Node sites with a build step (docs/decisions/0045): the widgets' HTML with
// their shadow roots as declarative shadow DOM, rendered by Lit's own server renderer. In the page,
// embed.js (or the npm entries, after Lit's hydrate support) wakes the same markup up in place.
// The built-in story's records as embed.js loads them (scripts/display-data-plugin.mjs).
import 'iw-data:people';
import 'iw-data:events';
import 'iw-data:quotes';
import { render as renderLit } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ReactiveElement, nothing, type CSSResultOrNative, type LitElement } from 'lit';
import { IwTimeline } from '../components/timeline/timeline.component.js';
import { IwQuoteCard } from '../components/quote-card/quote-card.component.js';
import { IwActorBadge } from '../components/actor-badge/actor-badge.component.js';
import { define } from '../shared/define.js';

// Lit's server DOM shim has no tree: an element is its own root, and has no parent to inherit lang
// and dir from (the widgets read them in render; RenderOptions.lang stands in for the page's).
const shimmed = Object.getPrototypeOf(ReactiveElement).prototype as { getRootNode?: () => unknown };
shimmed.getRootNode ??= function (this: unknown) {
  return this;
};

const classes = {
  'iw-timeline': IwTimeline,
  'iw-quote-card': IwQuoteCard,
  'iw-actor-badge': IwActorBadge,
} as const;
for (const [tag, elementClass] of Object.entries(classes)) define(tag, elementClass);

/** The tags this module renders. */
export type WidgetTag = keyof typeof classes;
export const tags = Object.keys(classes) as WidgetTag[];

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

/** The CSS a widget's shadow root holds, one string per tag (for {@link RenderOptions.stylesheets}). */
export function stylesheets(): Record<WidgetTag, string> {
  const text = (styles: CSSResultOrNative[]): string =>
    styles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  return Object.fromEntries(
    tags.map((tag) => [tag, text((classes[tag] as unknown as typeof LitElement).elementStyles)]),
  ) as Record<WidgetTag, string>;
}

/** Removes the outer template's markers, which nothing hydrates: the elements hydrate themselves. */
const OUTER_PART = /^<!--lit-part[^>]*-->|<!--\/lit-part-->$/g;

async function renderOne(
  tag: WidgetTag,
  attributes: string,
  light: string,
  options: RenderOptions,
): Promise<string> {
  const name = unsafeStatic(tag);
  const template = staticHtml`<${name}${unsafeStatic(attributes)}>${light ? unsafeHTML(light) : nothing}</${name}>`;
  let out = await collectResult(renderLit(template));
  out = out.replace(OUTER_PART, '');
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

/** Writes the page's language, which the server cannot see, on the element. */
function withContext(
  attributes: Record<string, AttributeValue>,
  { lang }: RenderOptions,
): Record<string, AttributeValue> {
  return lang && !('lang' in attributes) ? { ...attributes, lang } : attributes;
}

const EMBED_SCRIPT = /<script\b[^>]*\bsrc=["']?([^"'\s>]*\/)?embed\.js["'\s>]/i;

/**
 * Renders a widget, or every widget in a snippet of HTML, to HTML with declarative shadow DOM.
 *
 * - `render('iw-quote-card', { attributes: { quote: 'khatami-wall-of-distrust', lang: 'fa' } })`
 * - `render('<p>Before</p><iw-timeline actors="khatami"></iw-timeline>')`: the rest of the
 *   snippet is returned as it was.
 */
export async function render(tagOrHtml: string, options: RenderOptions = {}): Promise<string> {
  const script = EMBED_SCRIPT.exec(tagOrHtml);
  const embedBase = options.embedBase ?? (script ? (script[1] ?? '') : undefined);
  if (embedBase === undefined)
    throw new TypeError('Pass embedBase: the URL of the folder that serves embed.js.');
  // Read by the server build's src/shared/urls.ts (see tsup.config.ts) instead of import.meta.url.
  (globalThis as { __iwSourcePage?: string }).__iwSourcePage = `${embedBase}source.html`;
  const tag = tagOrHtml.trim().toLowerCase();
  if (TAG.test(tag))
    return renderOne(
      tag as WidgetTag,
      attributeText(withContext(options.attributes ?? {}, options)),
      '',
      options,
    );
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
    pieces.push(
      renderOne(name!.toLowerCase() as WidgetTag, attributeText(parsed, true), light, options),
    );
  }
  pieces.push(tagOrHtml.slice(last));
  return (await Promise.all(pieces)).join('');
}
