// The script-tag entry, `embed.js`: a small loader (docs/decisions/0029). It imports a widget's code,
// and the kinds of record that widget shows, only when the page has the widget's tag, including tags
// added later. Every file it imports sits beside it: relative imports resolve against embed.js's own
// URL, so hosting the folder anywhere (one origin, `script-src 'self'`) is enough.

type Entry = () => Promise<{ default: () => void }>;
/**
 * Each widget's entry (it defines the tag when called), and what it needs beside it where it is in
 * Persian: the story's Persian text, fetched in parallel and added before the tag is defined, so a
 * Persian reader never sees the story in English first (docs/decisions/0013).
 */
const widgets: Record<string, [Entry, Entry]> = {
  'iw-timeline': [() => import('./embed/timeline.js'), () => import('./embed/timeline.fa.js')],
  'iw-quote-card': [
    () => import('./embed/quote-card.js'),
    () => import('./embed/quote-card.fa.js'),
  ],
  'iw-actor-badge': [
    () => import('./embed/actor-badge.js'),
    () => import('./embed/actor-badge.fa.js'),
  ],
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
    const found = [...document.querySelectorAll(tag)];
    if (!found.length) return true;
    const [entry, persian] = widgets[tag]!;
    hydrateSupport!
      .then(() =>
        Promise.all([
          entry(),
          found.some((el) => /^fa\b/i.test(el.closest<HTMLElement>('[lang]')?.lang ?? ''))
            ? persian()
            : undefined,
        ]),
      )
      .then(([widget, text]) => {
        text?.default();
        widget.default();
      })
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
