// The in-page half of the benchmark, loaded first (a classic script in <head>) on both widgets' pages,
// so that both are observed by the same code. It records:
// - long tasks and layout shifts from navigation start (buffered observers);
// - when the page hands the story to the widget (bench.handData);
// - when the story is fully rendered: the widget's own completion signal has come AND the heading of
//   every event is text in the DOM (shadow roots included). The time is taken before that check runs,
//   and the check's own main-thread time is recorded so that its long tasks are not blamed on the widget.
// The expected headings come from the runner, through `window.__benchExpectedTitles` (an init script).
(() => {
  const bench = {
    dataHandedAt: null,
    signalAt: null,
    renderedAt: null,
    /** The first frame in which the story's first event title is shown (see watchFirstTitle). */
    firstTitleAt: null,
    /** Set by a page whose widget becomes interactive after it is rendered (a prerendered one). */
    expectsInteractive: false,
    interactiveAt: null,
    error: null,
    missingAtSignal: null,
    /** [start, end] of the harness's own checks, in performance.now() time. */
    harnessBusy: [],
    longTasks: [],
    layoutShifts: [],
  };
  window.__bench = bench;

  const fail = (reason) => {
    bench.error ??= String(reason && reason.stack ? reason.stack : reason);
  };
  window.addEventListener('error', (event) => fail(event.error ?? event.message));
  window.addEventListener('unhandledrejection', (event) => fail(event.reason));
  bench.fail = fail;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput)
        bench.layoutShifts.push({ start: entry.startTime, value: entry.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  bench.handData = () => {
    bench.dataHandedAt = performance.now();
  };
  bench.interactive = () => {
    bench.interactiveAt ??= performance.now();
  };

  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
  const normalize = (text) => text.replace(/\s+/g, ' ').trim();

  /** Every text node under `root`, shadow roots included, skipping script/style/template. */
  function* textNodes(root) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        if (!SKIPPED.has(node.parentNode?.nodeName)) yield node;
      } else if (node.shadowRoot) {
        yield* textNodes(node.shadowRoot);
      }
    }
  }

  /**
   * Where each title is: the element whose text holds it (a single text node holding the whole
   * title, else an element whose own text does). Titles found nowhere map to null.
   * @param {string[]} titles
   * @returns {Map<string, Element | null>}
   */
  function locateTitles(titles) {
    const wanted = new Map(titles.map((title) => [normalize(title), null]));
    const nodes = [...textNodes(document)];
    for (const node of nodes) {
      const text = normalize(node.data);
      if (wanted.get(text) === null) wanted.set(text, node.parentElement);
    }
    const missing = [...wanted].filter(([, element]) => element === null).map(([title]) => title);
    if (missing.length > 0) {
      // A title split over several nodes (e.g. inline markup): look in each parent's whole text.
      const parents = new Set(nodes.map((node) => node.parentElement).filter(Boolean));
      for (const parent of parents) {
        const text = normalize(parent.textContent ?? '');
        for (const title of missing) {
          if (wanted.get(title) === null && text.includes(title)) wanted.set(title, parent);
        }
      }
    }
    return wanted;
  }
  bench.locateTitles = locateTitles;

  const countMissing = () => {
    const start = performance.now();
    const found = locateTitles(window.__benchExpectedTitles ?? []);
    bench.harnessBusy.push([start, performance.now()]);
    return [...found.values()].filter((element) => element === null).length;
  };

  /**
   * The timeline's first paint, as a reader sees it: the first animation frame from the start in
   * which the first event's title is on the page and visible. Watched only on short stories (the
   * runner sets `__benchWatchFirstTitle`): each check walks the whole document.
   */
  const watchFirstTitle = () => {
    const title = window.__benchWatchFirstTitle;
    if (!title) return;
    const check = () => {
      const frameAt = performance.now();
      const element = locateTitles([title]).get(normalize(title));
      bench.harnessBusy.push([frameAt, performance.now()]);
      if (element?.checkVisibility({ visibilityProperty: true })) bench.firstTitleAt = frameAt;
      else if (frameAt < 30_000) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };
  watchFirstTitle();

  /** The widget's completion signal: from here on, wait for a frame in which every title is present. */
  bench.signal = () => {
    if (bench.signalAt !== null) return;
    bench.signalAt = performance.now();
    const check = () => {
      const frameAt = performance.now();
      const missing = countMissing();
      bench.missingAtSignal ??= missing;
      if (missing === 0) bench.renderedAt = frameAt;
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  };

  /**
   * Reach: is each title in the DOM (find-in-page), and is its element not hidden by display or
   * visibility in the current media (screen, or print when the runner emulates it)? Visibility is
   * checked on every `visibilityStep`-th title only: inside a `content-visibility: auto` subtree each
   * check forces a style update of its own (tens of ms each, minutes for 10,000 events).
   * @param {string[]} titles
   * @param {number} visibilityStep
   */
  bench.unreachableTitles = (titles, visibilityStep) => {
    const notInDom = [];
    const hidden = [];
    let checked = 0;
    [...locateTitles(titles)].forEach(([title, element], index) => {
      if (!element) notInDom.push(title);
      else if (index % visibilityStep === 0) {
        checked += 1;
        if (!element.checkVisibility({ visibilityProperty: true })) hidden.push(title);
      }
    });
    return { notInDom, hidden, checked };
  };
})();
