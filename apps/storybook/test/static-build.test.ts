// The static Storybook, served from a sub-path as a newsroom would host it, loads and renders stories
// without requesting anything outside that sub-path or outside 127.0.0.1, and every story in it
// renders, passes its play function and passes axe, as in the Storybook UI.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';

const STATIC_DIR = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const SUB_PATH = '/news/widgets/storybook/';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Storybook's minimal viewports, which the stories pin through `globals.viewport`. */
const VIEWPORTS: Record<string, { width: number; height: number }> = {
  mobile1: { width: 320, height: 568 },
  mobile2: { width: 414, height: 896 },
  tablet: { width: 834, height: 1112 },
};
const DESKTOP = { width: 1280, height: 800 };

interface PreviewChannel {
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
  emit(event: string, payload: unknown): void;
}

declare global {
  interface Window {
    __STORYBOOK_ADDONS_CHANNEL__: PreviewChannel;
    __STORYBOOK_PREVIEW__: {
      storyStoreValue: {
        loadStory(options: {
          storyId: string;
        }): Promise<{ storyGlobals?: { viewport?: { value?: string } } }>;
      };
    };
  }
}

/**
 * Runs in the preview iframe: renders one story through the preview's channel and resolves, once the
 * story has finished (play function and the a11y check included), with what went wrong.
 */
function runStory(storyId: string): Promise<string[]> {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const problems: string[] = [];
  const failureEvents = [
    'storyErrored',
    'storyThrewException',
    'playFunctionThrewException',
    'storyMissing',
  ];
  const onFailure = (event: string) => (payload: unknown) =>
    problems.push(
      `${event}: ${(payload as { message?: string })?.message ?? JSON.stringify(payload)}`,
    );
  const listeners = failureEvents.map((event) => [event, onFailure(event)] as const);
  for (const [event, listener] of listeners) channel.on(event, listener);
  return new Promise((resolve) => {
    const finish = (extra: string[]) => {
      for (const [event, listener] of listeners) channel.off(event, listener);
      channel.off('storyFinished', onFinished);
      clearTimeout(timer);
      resolve([...problems, ...extra]);
    };
    const onFinished = (payload: unknown) => {
      const { storyId: finishedId, reporters = [] } = payload as {
        storyId: string;
        reporters?: { type: string; status: string }[];
      };
      if (finishedId !== storyId) return;
      finish(
        reporters
          .filter((report) => report.status !== 'passed')
          .map((report) => `${report.type} report ${report.status}`),
      );
    };
    const timer = setTimeout(() => finish(['did not finish within 20 s']), 20_000);
    channel.on('storyFinished', onFinished);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/** Serves STATIC_DIR under SUB_PATH only; everything else is a 404, as on a shared news site. */
function serveUnderSubPath(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const relative = path.startsWith(SUB_PATH)
      ? normalize(path.slice(SUB_PATH.length) || 'index.html')
      : undefined;
    const file = relative && !relative.startsWith('..') ? join(STATIC_DIR, relative) : undefined;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    }),
  );
}

describe(`the static build served from ${SUB_PATH}`, () => {
  let served: Awaited<ReturnType<typeof serveUnderSubPath>>;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(STATIC_DIR, 'index.json'))) {
      throw new Error(
        `No static build in ${STATIC_DIR}: run \`pnpm build\` in apps/storybook first.`,
      );
    }
    served = await serveUnderSubPath();
    browser = await chromium.launch(chromiumLaunchOptions());
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => served?.server.close(resolve));
  });

  /** Opens a page and records requests that leave the sub-path, failed responses and uncaught errors. */
  async function open(path: string) {
    const page = await browser.newPage();
    const strayRequests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== served.origin || !url.pathname.startsWith(SUB_PATH))
        strayRequests.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${served.origin}${SUB_PATH}${path}`);
    return { page, strayRequests, errors };
  }

  test('lists the docs pages, and every state the issue names for every component', async () => {
    const response = await fetch(`${served.origin}${SUB_PATH}index.json`);
    const index = (await response.json()) as {
      entries: Record<string, { type: string; title: string; name: string }>;
    };
    const entries = Object.values(index.entries);
    const docs = entries.filter((entry) => entry.type === 'docs').map((entry) => entry.title);
    expect(docs).toEqual(expect.arrayContaining(['Introduction', 'Data', 'Theming']));
    const storiesOf = (title: string) =>
      entries
        .filter((entry) => entry.type === 'story' && entry.title === title)
        .map((entry) => entry.name);
    const everyComponent = [
      'English',
      'Persian',
      'Light',
      'Dark',
      'Narrow Mobile',
      'Invalid Custom Data',
    ];
    expect(storiesOf('Components/Timeline')).toEqual(
      expect.arrayContaining([
        ...everyComponent,
        'Compact',
        'Filtered By Actor',
        'Highlighted Event',
        'Unknown Event',
      ]),
    );
    expect(storiesOf('Components/Quote card')).toEqual(
      expect.arrayContaining([
        ...everyComponent,
        'Long Quote Collapsed',
        'Long Quote Expanded',
        'Fragment',
        'Unknown Quote',
      ]),
    );
    expect(storiesOf('Components/Actor badge')).toEqual(
      expect.arrayContaining([...everyComponent, 'Inline In Running Text', 'Unknown Person']),
    );
    expect(storiesOf('Custom story/Riverton footbridge (fictional)').length).toBeGreaterThan(0);
  });

  test('renders a timeline story in its iframe', async () => {
    const { page, strayRequests, errors } = await open(
      'iframe.html?id=components-timeline--english&viewMode=story',
    );
    const items = page.locator('iw-timeline').locator('[part~="item"]');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(1);
    expect(strayRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('runs every story in Persian on a dark page: it renders, its play function passes and axe finds nothing', async () => {
    const response = await fetch(`${served.origin}${SUB_PATH}index.json`);
    const index = (await response.json()) as {
      entries: Record<string, { id: string; type: string; tags?: string[] }>;
    };
    // The docs pages' helpers are English and light only; the stories project covers them.
    const storyIds = Object.values(index.entries)
      .filter((entry) => entry.type === 'story' && !entry.tags?.includes('docs-helper'))
      .map((entry) => entry.id);
    expect(storyIds.length).toBeGreaterThan(30);

    // One page for all stories, switched the way the Storybook UI switches them. The toolbar is set
    // to Persian and dark, so every state is also checked right to left and for dark contrast;
    // stories that pin their own language or theme keep it.
    const { page, strayRequests, errors } = await open('iframe.html');
    await page.waitForFunction(
      () => window.__STORYBOOK_PREVIEW__?.storyStoreValue && window.__STORYBOOK_ADDONS_CHANNEL__,
    );
    await page.evaluate(() =>
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', {
        globals: { locale: 'fa', theme: 'dark' },
      }),
    );
    const failures: string[] = [];
    for (const storyId of storyIds) {
      const viewport = await page.evaluate(
        async (id) =>
          (await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id }))
            .storyGlobals?.viewport?.value,
        storyId,
      );
      const size = viewport ? VIEWPORTS[viewport] : DESKTOP;
      if (!size)
        throw new Error(`${storyId} asks for the viewport "${viewport}", unknown to this test`);
      await page.setViewportSize(size);
      const outcome = await page.evaluate(runStory, storyId);
      failures.push(...outcome.map((problem) => `${storyId}: ${problem}`));
    }
    expect(failures).toEqual([]);
    expect(strayRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test('renders the Data page from the dataset', async () => {
    const { page, strayRequests, errors } = await open('iframe.html?id=data--docs&viewMode=docs');
    const rows = page.locator('sb-dataset-browser[section="events"]').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    expect(strayRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('loads the Storybook UI with its sidebar', async () => {
    const { page, strayRequests, errors } = await open(
      '?path=/story/components-quote-card--english',
    );
    await page
      .getByRole('link', { name: 'Introduction' })
      .or(page.getByText('Introduction'))
      .first()
      .waitFor();
    const card = page
      .frameLocator('#storybook-preview-iframe')
      .locator('iw-quote-card')
      .locator('blockquote');
    await card.waitFor();
    expect(strayRequests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
