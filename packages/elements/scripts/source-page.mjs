// Writes dist/source.html: the article's text with one anchor per paragraph (`#p6`), which source
// links point to by default so that they work on any host page (docs/decisions/0028). Paragraphs
// are numbered as the dataset's citations number them: the non-empty blocks of the source text,
// dateline and title included.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const resolveData = (path) =>
  fileURLToPath(import.meta.resolve(`@iranwire/rapprochement-data/${path}`));

/** The same split as the data package's `splitParagraphs`. */
export function paragraphsOf(text) {
  return [...text.matchAll(/[^\n](?:[^\n]|\n(?!\s*\n))*/g)]
    .map((match) => match[0].trim())
    .filter(Boolean);
}

const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function sourcePage(text, article) {
  const date = new Date(`${article.date}T12:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const paragraphs = paragraphsOf(text)
    .map(
      (paragraph, at) =>
        `<p id="p${at + 1}"><a href="#p${at + 1}" aria-label="Paragraph ${at + 1}">¶${at + 1}</a> ${escape(paragraph)}</p>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${escape(article.language)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escape(article.title)}: the source text</title>
<link rel="stylesheet" href="source.css">
</head>
<body>
<main>
<h1>${escape(article.title)}</h1>
<p><em>${escape(article.publisher)}, ${escape(date)}.</em> The article's text as the dataset cites it, one numbered paragraph per citation target (¶1 is the dateline). The facts, quotations and story are ${escape(article.publisher)}'s.</p>
<article>
${paragraphs}
</article>
</main>
</body>
</html>
`;
}

/** Readable lines, and the cited paragraph marked. A file, not inline, so a strict CSP allows it. */
export const SOURCE_CSS = `html {
  color-scheme: light dark;
}
body {
  max-width: 40rem;
  margin: 0 auto;
  padding: 1.5rem;
  font: 1.125rem/1.6 Georgia, 'Noto Serif', serif;
}
h1 {
  line-height: 1.25;
}
article p {
  scroll-margin-top: 2rem;
}
article p:target {
  outline: 3px solid light-dark(#0b57b7, #8ab4f8);
  outline-offset: 0.35rem;
}
article p > a:first-child {
  font-size: 0.85em;
  text-decoration: none;
}
`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = readFileSync(resolveData('source.txt'), 'utf8');
  const { article } = JSON.parse(readFileSync(resolveData('data.json'), 'utf8'));
  // Beside the npm entries (dist/) and beside the script-tag loader (dist/embed/).
  for (const folder of ['../dist/', '../dist/embed/']) {
    const dir = new URL(folder, import.meta.url);
    if (!existsSync(dir)) continue;
    writeFileSync(new URL('source.html', dir), sourcePage(text, article));
    writeFileSync(new URL('source.css', dir), SOURCE_CSS);
  }
  console.log(`wrote source.html and source.css (${paragraphsOf(text).length} paragraphs)`);
}
