// Screenshots of the timeline as an editor will embed it, for the README and the generator:
// both layouts, in English (light) and Persian (dark), taken from the built demo's iframe pages in
// the system Chromium. Run after `pnpm build`: `pnpm --filter @iranwire/demo screenshots`.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { serveDemo } from '../server.mjs';

const outDir = fileURLToPath(new URL('../src/screenshots/', import.meta.url));

/** What is shot: an article column's width, and the first screen of the widget. */
const SHOTS = [
  { name: 'timeline-list-en', query: 'lang=en&theme=light', width: 720, height: 900 },
  { name: 'timeline-list-fa', query: 'lang=fa&theme=dark', width: 720, height: 900 },
  {
    name: 'timeline-slides-en',
    query: 'lang=en&theme=light&layout=slides',
    width: 720,
    height: 640,
  },
  {
    name: 'timeline-slides-fa',
    query: 'lang=fa&theme=dark&layout=slides',
    width: 720,
    height: 640,
  },
];

await mkdir(outDir, { recursive: true });
const [browser, server] = await Promise.all([
  chromium.launch(chromiumLaunchOptions()),
  serveDemo(),
]);
try {
  for (const { name, query, width, height } of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${server.url}/frame/timeline.html?${query}`);
    await page.waitForFunction(() =>
      document.querySelector('iw-timeline')?.shadowRoot?.querySelector('[part~="item"]'),
    );
    await page.evaluate(() => document.fonts.ready);
    // Down to the widget's end, not the viewport's: a short slide leaves no blank below it.
    const bottom = await page.evaluate(() =>
      Math.ceil(document.querySelector('main').getBoundingClientRect().bottom),
    );
    await page.screenshot({
      path: `${outDir}${name}.png`,
      clip: { x: 0, y: 0, width, height: Math.min(height, bottom + 16) },
    });
    await page.close();
    console.log(`wrote apps/demo/src/screenshots/${name}.png`);
  }
} finally {
  await browser.close();
  await server.close();
}
