// What embed.js imports first, and only, on a page with server-rendered widgets (declarative shadow
// DOM from `@iranwire/rapprochement-elements/ssr`): Lit's hydrate support, so that the widgets adopt
// their markup instead of rendering it again. Pages without prerendered widgets never fetch it
// (docs/decisions/0045).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';

// The support installs itself through a hook that LitElement's module calls when it evaluates. Here
// LitElement shares a chunk with the rest of Lit, which evaluates before this chunk's own code: call
// the hook now, before any widget is defined, unless LitElement already did.
const install = (globalThis as { litElementHydrateSupport?: (lit: object) => void })
  .litElementHydrateSupport;
// The support gives LitElement an own `observedAttributes` (to observe defer-hydration).
if (!Object.hasOwn(LitElement, 'observedAttributes')) install?.({ LitElement });

// Reached from here too, record-text.ts stays in Lit's chunk, as on pages without prerendered widgets.
export { inline } from '../shared/record-text.js';
