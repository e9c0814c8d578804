// Markup rendered from the dataset at build time: the no-JS fallbacks that stand where each widget
// is (docs/decisions/0041) and the generator's option lists. Plain HTML, every text escaped.

export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const WORDS = {
  en: {
    timeline: 'Timeline: Khatami’s message to the American people and Khamenei’s answer, 1997–98',
    paragraph: (n) => `IranWire, paragraph ${n}`,
    readSource: 'Read the source: IranWire, 9 December 2022',
    said: 'said',
  },
  fa: {
    timeline: 'گاه‌شمار: پیام خاتمی به مردم آمریکا و پاسخ خامنه‌ای، ۱۳۷۶–۱۳۷۷',
    paragraph: (n) => `ایران‌وایر، بند ${n.toLocaleString('fa')}`,
    readSource: 'منبع: ایران‌وایر، ۱۸ آذر ۱۴۰۱',
    said: 'گفت',
  },
};

/** A plain link to the article itself; the widgets add text fragments, the fallback stays simple. */
function sourceLink(data, lang, paragraph) {
  const words = WORDS[lang];
  const label = paragraph === undefined ? words.readSource : words.paragraph(paragraph);
  return `<a href="${escapeHtml(data.article.url ?? '')}" hreflang="en">${escapeHtml(label)}</a>`;
}

/** The machine-readable part of an EDTF date: its qualifier marks stripped. */
const datetime = (edtf) => edtf.replace(/[?~%]$/, '');

function timelineFallback(data, lang) {
  const items = data.events.map((event) => {
    const date = data.formatDate(event.date.edtf, lang);
    const title = lang === 'en' ? escapeHtml(event.title) : `<span lang="en" dir="ltr">${escapeHtml(event.title)}</span>`;
    const first = event.sources[0];
    return `<li><time datetime="${datetime(event.date.edtf)}">${escapeHtml(date)}</time>: ${title} (${sourceLink(data, lang, first?.paragraph)})</li>`;
  });
  return [
    `<p><strong>${escapeHtml(WORDS[lang].timeline)}</strong></p>`,
    `<ol>${items.join('')}</ol>`,
    `<p>${sourceLink(data, lang)}</p>`,
  ].join('');
}

function quoteFallback(data, lang) {
  const quote = data.featuredQuote;
  const speaker = quote.speaker.person ? data.getPerson(quote.speaker.person)?.name : quote.speaker.group;
  return [
    `<figure>`,
    `<blockquote lang="en" dir="ltr"><p>${escapeHtml(quote.text)}</p></blockquote>`,
    `<figcaption>${escapeHtml(speaker ?? '')}, ${sourceLink(data, lang, quote.sources[0]?.paragraph)}</figcaption>`,
    `</figure>`,
  ].join('');
}

/** Renders `<!--iw:fallback KIND LANG-->`. */
export function renderFallback(data, kind, lang) {
  if (!(lang in WORDS)) throw new Error(`No fallback words for language "${lang}"`);
  if (kind === 'timeline') return timelineFallback(data, lang);
  if (kind === 'quote') return quoteFallback(data, lang);
  if (kind === 'source') return `<p>${sourceLink(data, lang)}</p>`;
  throw new Error(`Unknown fallback "${kind}"`);
}

const option = (value, label, selected = false) =>
  `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;

const shorten = (text, length = 70) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** Renders `<!--iw:options KIND-->` for the generator's selects. */
export function renderOptions(data, kind) {
  if (kind === 'people') return data.people.map((person) => option(person.id, person.name)).join('');
  if (kind === 'quotes') {
    return data.quotes
      .map((quote) => {
        const speaker = quote.speaker.person ? data.getPerson(quote.speaker.person)?.name : quote.speaker.group;
        return option(quote.id, `${speaker}: “${shorten(quote.text)}”`, quote === data.featuredQuote);
      })
      .join('');
  }
  if (kind === 'events') {
    return data.events.map((event) => option(event.id, `${data.formatDate(event.date.edtf, 'en')}: ${event.title}`)).join('');
  }
  if (kind === 'types') {
    const types = new Map(data.events.map((event) => [event.type.cameo, event.type.label]));
    return [...types].sort().map(([cameo, label]) => option(cameo, `${label} (${cameo})`)).join('');
  }
  throw new Error(`Unknown option list "${kind}"`);
}
