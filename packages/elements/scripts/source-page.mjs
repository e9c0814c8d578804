// Writes dist/source.html: the article's text with one anchor per paragraph (`#p6`), which source
// links point to by default so that they work on any host page (docs/decisions/0028). Paragraphs
// are numbered as the dataset's citations number them: the non-empty blocks of the source text,
// dateline and title included.
import { readFileSync, writeFileSync } from 'node:fs';
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = readFileSync(resolveData('source.txt'), 'utf8');
  const { article } = JSON.parse(readFileSync(resolveData('data.json'), 'utf8'));
  const out = new URL('../dist/source.html', import.meta.url);
  writeFileSync(out, sourcePage(text, article));
  console.log(`wrote dist/source.html (${paragraphsOf(text).length} paragraphs)`);
}
