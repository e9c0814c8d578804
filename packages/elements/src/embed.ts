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

/** Starts loading each unseen widget that `root` is or contains. */
function look(root: Element | Document): void {
  unseen = unseen.filter((tag) => {
    // Registered already (by another copy of the package, or by an earlier copy of this file).
    if (customElements.get(tag)) return false;
    if (!(root instanceof Element && root.localName === tag) && !root.querySelector(tag))
      return true;
    widgets[tag]!().catch((error: unknown) =>
      console.error(`<${tag}> could not load from beside embed.js:`, error),
    );
    return false;
  });
  if (unseen.length === 0) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) look(node);
    if (unseen.length === 0) return;
  }
});
observer.observe(document, { childList: true, subtree: true });
look(document);
