// Builds the demo into dist/: the pages from src/, the embed bundle copied in from the elements
// package (same origin: nothing loads from anywhere else), the resizer minified and held to its
// budget, and the no-JS fallbacks and generator options rendered from the dataset.
import { cp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import {
  article,
  formatDate,
  getPerson,
  quotes,
  people,
  timeline,
} from '@iranwire/rapprochement-data';
import {
  render as renderWidgets,
  stylesheets as widgetStylesheets,
} from '@iranwire/rapprochement-elements/ssr';
import { escapeHtml, renderFallback, renderOptions, sourceHref } from './render.mjs';
import { RESIZER_BUDGET_BYTES, minifyResizer } from './resizer.mjs';

const appDir = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(appDir, 'src');
const distDir = join(appDir, 'dist');

const embedPath = fileURLToPath(import.meta.resolve('@iranwire/rapprochement-elements/embed'));
const elementsPackage = JSON.parse(
  await readFile(
    fileURLToPath(import.meta.resolve('@iranwire/rapprochement-elements/package.json')),
    'utf8',
  ),
);

await rm(distDir, { recursive: true, force: true });
await cp(srcDir, distDir, { recursive: true });

// The folder to self-host (docs/decisions/0029): the loader embed.js and every chunk it imports,
// their source maps and licence notices, and the article's text that source links point to by
// default (docs/decisions/0028), all served from the demo's own origin.
const embedDir = dirname(embedPath);
const embed = await readFile(embedPath).catch(() => {
  throw new Error(
    `No embed bundle at ${embedPath}: build packages/elements first (pnpm --filter @iranwire/rapprochement-elements build).`,
  );
});
await cp(embedDir, join(distDir, 'vendor'), { recursive: true });

// The resizer: minified, and refused when over budget.
const resizer = await minifyResizer(await readFile(join(srcDir, 'resizer.js'), 'utf8'));
const resizerBytes = Buffer.byteLength(resizer);
await writeFile(join(distDir, 'resizer.js'), resizer);

// Placeholders in the pages: {{name}} values and <!--iw:fallback …--> / <!--iw:options …--> blocks.
// The quote the articles feature: Khatami passing on Washington's offer to talk.
const FEATURED_QUOTE_ID = 'khatami-us-ready-to-negotiate';
const featuredQuote = quotes.find((quote) => quote.id === FEATURED_QUOTE_ID);
if (!featuredQuote)
  throw new Error(`The featured quote "${FEATURED_QUOTE_ID}" is not in the dataset.`);
const values = {
  elementsVersion: elementsPackage.version,
  sourceUrl: sourceHref(article),
  sourceTitle: article.title,
  quoteId: featuredQuote.id,
};
const data = { article, quotes, people, events: timeline(), getPerson, formatDate, featuredQuote };

async function* htmlFiles(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

for await (const path of htmlFiles(distDir)) {
  const page = (await readFile(path, 'utf8'))
    .replace(/<!--iw:fallback (\w+) (\w+)-->/g, (_, kind, lang) => renderFallback(data, kind, lang))
    .replace(/<!--iw:options (\w+)-->/g, (_, kind) => renderOptions(data, kind))
    .replace(/\{\{(\w+)\}\}/g, (match, name) => {
      if (!(name in values)) throw new Error(`${path}: unknown placeholder ${match}`);
      return escapeHtml(values[name]);
    });
  await writeFile(path, page);
}

// The articles arrive rendered (docs/decisions/0045): each widget's shadow root is in the HTML as
// declarative shadow DOM, readable, styled and printable with JavaScript off, and embed.js hydrates
// it in place. The shadow roots link their stylesheets from vendor/ssr/ rather than holding <style>
// elements, so the pages keep working under the strict CSP's `style-src 'self'`.
const PRERENDERED = { 'article-en.html': 'en', 'article-fa.html': 'fa' };
for (const [name, lang] of Object.entries(PRERENDERED)) {
  const path = join(distDir, name);
  const page = (await readFile(path, 'utf8')).replace(
    '<link rel="stylesheet" href="css/embed-reserve.css" />',
    '<link rel="stylesheet" href="css/prerendered.css" />',
  );
  if (!page.includes('css/prerendered.css'))
    throw new Error(`${name}: no embed-reserve.css link to replace with css/prerendered.css`);
  await writeFile(
    path,
    await renderWidgets(page, { lang, embedBase: 'vendor/', stylesheets: 'vendor/ssr/' }),
  );
}
// vendor/ssr/ holds those sheets: the elements package ships them in the folder embed.js is in.
for (const name of Object.keys(widgetStylesheets()))
  await readFile(join(distDir, 'vendor', 'ssr', `${name}.css`)).catch(() => {
    throw new Error(`vendor/ssr/${name}.css is missing: rebuild packages/elements.`);
  });

const sizes = {
  embed: {
    bytes: embed.length,
    gzip: gzipSync(embed, { level: 9 }).length,
    brotli: brotliCompressSync(embed).length,
  },
  resizer: { bytes: resizerBytes, gzip: gzipSync(resizer, { level: 9 }).length },
};
await writeFile(join(distDir, 'sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
console.log(
  `demo built in dist/: embed.js ${sizes.embed.bytes} B ` +
    `(${sizes.embed.gzip} B gzip, ${sizes.embed.brotli} B brotli), resizer.js ${resizerBytes} B ` +
    `(budget ${RESIZER_BUDGET_BYTES} B)`,
);
