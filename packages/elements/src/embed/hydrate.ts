// What embed.js imports first, and only, on a page with server-rendered widgets (declarative shadow
// DOM from `@iranwire/rapprochement-elements/ssr`): Lit's hydrate support, so that the widgets adopt
// their markup instead of rendering it again. Pages without prerendered widgets never fetch it
// (docs/decisions/0045).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement, adoptStyles, type PropertyValues } from 'lit';

// The support installs itself through a hook that LitElement's module calls when it evaluates. Here
// LitElement shares a chunk with the rest of Lit, which evaluates before this chunk's own code: call
// the hook now, before any widget is defined, unless LitElement already did.
const install = (globalThis as { litElementHydrateSupport?: (lit: object) => void })
  .litElementHydrateSupport;
// The support gives LitElement an own `observedAttributes` (to observe defer-hydration).
if (!Object.hasOwn(LitElement, 'observedAttributes')) install?.({ LitElement });

// Markup that does not match what the widget renders (HTML edited after prerendering, a story whose
// `src` no longer answers, another version of the package) makes Lit's hydration throw and leaves a
// dead widget. The widget renders again from scratch instead, with its styles, and says so once in
// the console. Wrapped here, so that only pages with prerendered widgets carry it.
// `update` is protected: this is the one place outside a widget that wraps it.
const prototype = LitElement.prototype as unknown as { update(changed: PropertyValues): void };
const hydrateOrRender = prototype.update;
const recovered = new WeakSet<LitElement>();
prototype.update = function (this: LitElement, changed: PropertyValues) {
  try {
    hydrateOrRender.call(this, changed);
  } catch (error) {
    const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
    if (recovered.has(this) || !(root instanceof ShadowRoot)) throw error;
    recovered.add(this);
    console.warn(
      `<${this.localName}> did not match its prerendered HTML, and rendered again:`,
      error,
    );
    // The hydration flag is already down: this update renders into an empty shadow root.
    root.replaceChildren();
    delete root._$litPart$;
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    hydrateOrRender.call(this, changed);
  }
};

// Reached from here too, record-text.ts stays in Lit's chunk, as on pages without prerendered widgets.
export { inline } from '../shared/record-text.js';
