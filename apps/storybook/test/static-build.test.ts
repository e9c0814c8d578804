// The static Storybook, served from a sub-path as a newsroom would host it, loads and renders stories
// without requesting anything outside that sub-path or outside 127.0.0.1.
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

  test('lists every story in its index', async () => {
    const response = await fetch(`${served.origin}${SUB_PATH}index.json`);
    const index = (await response.json()) as {
      entries: Record<string, { type: string; title: string }>;
    };
    const titles = new Set(Object.values(index.entries).map((entry) => entry.title));
    for (const title of [
      'Introduction',
      'Data',
      'Theming',
      'Components/Timeline',
      'Components/Quote card',
      'Components/Actor badge',
    ]) {
      expect(titles).toContain(title);
    }
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
