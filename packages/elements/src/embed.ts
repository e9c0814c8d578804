// The script-tag entry, `embed.js`: a small loader (docs/decisions/0029). It imports a widget's code,
// and the kinds of record that widget shows, only when the page has the widget's tag, including tags
// added later. Every file it imports sits beside it: relative imports resolve against embed.js's own
// URL, so hosting the folder anywhere (one origin, `script-src 'self'`) is enough.

const widgets: Record<string, () => Promise<unknown>> = {
  'iw-timeline': () => import('./embed/timeline.js'),
  'iw-quote-card': () => import('./embed/quote-card.js'),
  'iw-actor-badge': () => import('./embed/actor-badge.js'),
};

/** The tags not yet seen on the page. */
let unseen = Object.keys(widgets);

/**
 * Lit's hydrate support, when the page has server-rendered widgets (an iw-* element that already has
 * a shadow root, from declarative shadow DOM): it must evaluate before any Lit code, so every widget
 * waits for it. Decided on the first look; pages without such widgets never fetch it (decision 0045).
 */
let hydrateSupport: Promise<unknown> | undefined;

/**
 * Starts loading each unseen widget the page has. The whole document is looked at again after each
 * batch of changes to it (cheap: a query per unseen tag, and none once every tag is seen).
 */
function look(): void {
  hydrateSupport ??= [...document.querySelectorAll(unseen + '')].some((el) => el.shadowRoot)
    ? import('./embed/hydrate.js')
    : Promise.resolve();
  unseen = unseen.filter((tag) => {
    // Registered already (by another copy of the package, or by an earlier copy of this file).
    if (customElements.get(tag)) return false;
    if (!document.querySelector(tag)) return true;
    hydrateSupport!
      .then(widgets[tag])
      .catch((error: unknown) =>
        console.error(`<${tag}> could not load from beside embed.js:`, error),
      );
    return false;
  });
  if (unseen.length === 0) observer.disconnect();
}

const observer = new MutationObserver(look);
observer.observe(document, { childList: true, subtree: true });
look();
