// One measured page load, and one reach check, each in a fresh browser context (empty cache,
// no state carried over from the previous run).
import { compressedSizes } from './bytes.mjs';

const VIEWPORT = { width: 1280, height: 800 };
/** After the story is rendered, the page must stay free of long tasks this long before we stop watching. */
const QUIET_MS = 1000;
/** ...but stop watching after this long in any case. */
const QUIET_CAP_MS = 30_000;
/** How many titles, evenly spaced, the on-screen visibility check looks at (all of them up to this). */
const SCREEN_VISIBILITY_SAMPLE = 250;

const isLoopback = (url) => {
  const { protocol, hostname } = new URL(url);
  return !/^(https?|wss?):$/.test(protocol) || hostname === '127.0.0.1' || hostname === 'localhost';
};

/** The kind of bytes a response is, by what the page asked for. */
const CATEGORY = {
  document: 'html',
  script: 'js',
  stylesheet: 'css',
  font: 'font',
  fetch: 'data',
  xhr: 'data',
};

async function openPage(browser, titles, watchFirstTitle = false) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(
    ([expected, watched]) => {
      window.__benchExpectedTitles = expected;
      window.__benchWatchFirstTitle = watched;
    },
    [titles, watchFirstTitle ? titles[0] : null],
  );
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const offHost = [];
  // Warnings, errors and failed responses, to explain a widget that never finishes (invalid data, say).
  const logged = [];
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) logged.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) logged.push(`${response.status()} for ${response.url()}`);
  });
  // Other hosts are unreachable (the launch routes them to a dead proxy); this records who tried.
  context.on('request', (request) => {
    if (!isLoopback(request.url())) offHost.push(request.url());
  });
  return { context, page, cdp, offHost, logged };
}

/** Waits for the harness to see the story rendered; throws with the page's own error or a timeout. */
async function waitForRendered(page, timeoutMs) {
  try {
    await page.waitForFunction(
      // Right after navigation commits the harness may not have run yet.
      () =>
        Boolean(
          window.__bench && (window.__bench.renderedAt !== null || window.__bench.error !== null),
        ),
      null,
      {
        timeout: timeoutMs,
        polling: 50,
      },
    );
  } catch (error) {
    if (error?.name !== 'TimeoutError') throw error;
    const state = await page
      .evaluate(() => {
        const { signalAt, missingAtSignal } = window.__bench;
        return signalAt === null
          ? 'the widget never signalled completion'
          : `signalled at ${Math.round(signalAt)} ms with ${missingAtSignal} titles missing`;
      })
      .catch(() => 'the page did not answer');
    throw new Error(`not rendered within ${timeoutMs / 1000} s: ${state}`, { cause: error });
  }
  const pageError = await page.evaluate(() => window.__bench.error);
  if (pageError) throw new Error(`page error: ${pageError}`);
}

/**
 * Loads `url` once and measures it.
 * @param {import('playwright-core').Browser} browser
 * @param {{ url: string, titles: string[], timeoutMs: number, collectBytes: boolean,
 *   network?: { latencyMs: number, downloadKbps: number, uploadKbps: number } }} run
 *   network: throttle this page's connection (round-trip time, bandwidth in kbit/s).
 */
export async function measureRun(
  browser,
  { url, titles, timeoutMs, collectBytes, network, watchFirstTitle },
) {
  const { context, page, cdp, offHost, logged } = await openPage(browser, titles, watchFirstTitle);
  if (network) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.latencyMs,
      downloadThroughput: (network.downloadKbps * 1000) / 8,
      uploadThroughput: (network.uploadKbps * 1000) / 8,
    });
  }
  const bodies = [];
  if (collectBytes) {
    page.on('response', (response) => {
      const category = CATEGORY[response.request().resourceType()];
      const path = new URL(response.url()).pathname;
      // The bench's own harness and page scripts are not part of any widget; the page's HTML is
      // (a prerendered widget is in it).
      if (category && (category === 'html' || !path.startsWith('/pages/'))) {
        bodies.push(response.body().then((body) => ({ path, category, body })));
      }
    });
  }
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForRendered(page, timeoutMs);
    await page.waitForFunction(
      () => !window.__bench.expectsInteractive || window.__bench.interactiveAt !== null,
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    if (watchFirstTitle)
      await page.waitForFunction(() => window.__bench.firstTitleAt !== null, null, {
        timeout: timeoutMs,
        polling: 50,
      });
    await page
      .waitForFunction(
        (quietMs) => {
          const bench = window.__bench;
          const lastBusy = Math.max(
            bench.renderedAt,
            ...bench.longTasks.map((task) => task.start + task.duration),
          );
          return performance.now() - lastBusy >= quietMs;
        },
        QUIET_MS,
        { timeout: QUIET_CAP_MS, polling: 100 },
      )
      .catch(() => {}); // still busy after the cap: measure what has been seen so far
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const seen = await page.evaluate(() => {
      const {
        dataHandedAt,
        signalAt,
        renderedAt,
        firstTitleAt,
        interactiveAt,
        missingAtSignal,
        harnessBusy,
        longTasks,
        layoutShifts,
      } = window.__bench;
      return {
        dataHandedAt,
        signalAt,
        renderedAt,
        firstTitleAt,
        interactiveAt,
        firstContentfulPaint:
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        missingAtSignal,
        harnessBusy,
        longTasks,
        layoutShifts,
      };
    });
    const files = await Promise.all(bodies);
    return {
      ok: true,
      navigationToRenderedMs: seen.renderedAt,
      dataToRenderedMs: seen.renderedAt - seen.dataHandedAt,
      // A widget rendered on the client is interactive once rendered; a prerendered one once hydrated.
      navigationToInteractiveMs: seen.interactiveAt ?? seen.renderedAt,
      firstContentfulPaintMs: seen.firstContentfulPaint,
      firstTitlePaintMs: seen.firstTitleAt,
      titlesMissingAtSignal: seen.missingAtSignal,
      longTasks: longTaskStats(seen.longTasks, seen.harnessBusy),
      cumulativeLayoutShift: cumulativeLayoutShift(seen.layoutShifts),
      heapUsedMB: heap.usedSize / 2 ** 20,
      files: collectBytes
        ? files.map(({ path, category, body }) => ({ path, category, ...compressedSizes(body) }))
        : undefined,
      offHostRequests: offHost,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const note =
      logged.length > 0 ? ` (the page logged: ${logged.slice(0, 3).join('; ').slice(0, 500)})` : '';
    return { ok: false, error: `${message}${note}`, offHostRequests: offHost };
  } finally {
    await context.close();
  }
}

/**
 * Long tasks, each shortened by the time the harness's own title check spent inside it.
 * Blocking time is the part of each task beyond 50 ms (as in Total Blocking Time).
 */
export function longTaskStats(tasks, harnessBusy) {
  const durations = tasks
    .map(({ start, duration }) => {
      const end = start + duration;
      const harness = harnessBusy.reduce(
        (sum, [busyStart, busyEnd]) =>
          sum + Math.max(0, Math.min(end, busyEnd) - Math.max(start, busyStart)),
        0,
      );
      return duration - harness;
    })
    .filter((duration) => duration > 50);
  return {
    count: durations.length,
    maxMs: Math.max(0, ...durations),
    totalBlockingMs: durations.reduce((sum, duration) => sum + duration - 50, 0),
  };
}

/** CLS as Chromium reports it: the largest session window (gaps under 1 s, at most 5 s long). */
export function cumulativeLayoutShift(shifts) {
  let largest = 0;
  let windowSum = 0;
  let windowStart = -Infinity;
  let previous = -Infinity;
  for (const { start, value } of [...shifts].sort((a, b) => a.start - b.start)) {
    if (start - previous > 1000 || start - windowStart > 5000) {
      windowSum = 0;
      windowStart = start;
    }
    windowSum += value;
    previous = start;
    largest = Math.max(largest, windowSum);
  }
  return largest;
}

/**
 * Can a reader reach every event? Find-in-page: each title is text in the DOM. Screen and print: the
 * element holding it is not display:none or visibility:hidden (every title under print media, an
 * even sample of them on screen). Screen readers: each title is the name of a node of Chromium's
 * accessibility tree that is not ignored.
 * @returns {Promise<{ ok: true, titles: number, notInDom: number, hiddenOnScreen: number,
 *   checkedOnScreen: number, hiddenInPrint: number, notInAccessibilityTree: number,
 *   examples: string[] } | { ok: false, error: string }>}
 */
export async function checkReach(browser, { url, titles, timeoutMs }) {
  const { context, page, cdp } = await openPage(browser, titles);
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await waitForRendered(page, timeoutMs);
    // Every title on screen would take minutes at 10,000 events (see harness.js): an even sample.
    const screenStep = Math.ceil(titles.length / SCREEN_VISIBILITY_SAMPLE);
    const onScreen = await page.evaluate(
      ([list, step]) => window.__bench.unreachableTitles(list, step),
      [titles, screenStep],
    );
    const notInTree = titlesMissingFromTree(await cdp.send('Accessibility.getFullAXTree'), titles);
    await page.emulateMedia({ media: 'print' });
    const inPrint = await page.evaluate(
      (list) => window.__bench.unreachableTitles(list, 1),
      titles,
    );
    const examples = [
      ...onScreen.notInDom,
      ...onScreen.hidden,
      ...inPrint.hidden,
      ...notInTree,
    ].slice(0, 3);
    return {
      ok: true,
      titles: titles.length,
      notInDom: onScreen.notInDom.length,
      hiddenOnScreen: onScreen.hidden.length,
      checkedOnScreen: onScreen.checked,
      hiddenInPrint: inPrint.hidden.length,
      notInAccessibilityTree: notInTree.length,
      examples,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await context.close();
  }
}

const normalize = (text) => text.replace(/\s+/g, ' ').trim();

/** Titles that are neither the name of an exposed accessibility node nor part of one. */
function titlesMissingFromTree({ nodes }, titles) {
  const names = nodes
    .filter((node) => !node.ignored && node.name?.value)
    .map((node) => normalize(String(node.name.value)));
  const exact = new Set(names);
  let joined;
  return titles.map(normalize).filter((title) => {
    if (exact.has(title)) return false;
    joined ??= names.join('\n');
    return !joined.includes(title);
  });
}
