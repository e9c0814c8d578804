// Markup rendered from the dataset at build time: the no-JS fallbacks that stand where each widget
// is (docs/decisions/0041) and the generator's option lists. Plain HTML, every text escaped.

export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Where "the source" links. The dataset carries no address for the article, so the fallbacks name it
 * (title, publisher, date, paragraph) and link to the publisher's English site; an `article.url` in
 * the data takes over when it exists.
 */
const PUBLISHER_SITE = 'https://iranwire.com/en/';
export const sourceHref = (article) => article.url ?? PUBLISHER_SITE;

const WORDS = {
  en: {
    timeline: 'Timeline: Khatami’s message to the American people and Khamenei’s answer, 1997–98',
    paragraph: (n) => `IranWire, paragraph ${n}`,
    source: (title) => `Source: IranWire, “${title}”, 9 December 2022`,
  },
  fa: {
    timeline: 'گاه‌شمار: پیام خاتمی به مردم آمریکا و پاسخ خامنه‌ای، ۱۳۷۶–۱۳۷۷',
    paragraph: (n) => `ایران‌وایر، بند ${n.toLocaleString('fa')}`,
    source: (title) => `منبع: ایران‌وایر، «${title}»، ۱۸ آذر ۱۴۰۱`,
  },
};

/** The link to the source, named in full. */
function sourceLink(data, lang) {
  return `<a href="${escapeHtml(sourceHref(data.article))}" hreflang="en">${escapeHtml(WORDS[lang].source(data.article.title))}</a>`;
}

/** The machine-readable part of an EDTF date: its qualifier marks stripped. */
const datetime = (edtf) => edtf.replace(/[?~%]$/, '');

function timelineFallback(data, lang) {
  const items = data.events.map((event) => {
    const date = data.formatDate(event.date.edtf, lang);
    const title =
      lang === 'en'
        ? escapeHtml(event.title)
        : `<span lang="en" dir="ltr">${escapeHtml(event.title)}</span>`;
    const first = event.sources[0];
    const citation = first ? ` (${escapeHtml(WORDS[lang].paragraph(first.paragraph))})` : '';
    return `<li><time datetime="${datetime(event.date.edtf)}">${escapeHtml(date)}</time>: ${title}${citation}</li>`;
  });
  return [
    `<p><strong>${escapeHtml(WORDS[lang].timeline)}</strong></p>`,
    `<ol>${items.join('')}</ol>`,
    `<p>${sourceLink(data, lang)}</p>`,
  ].join('');
}

function quoteFallback(data, lang) {
  const quote = data.featuredQuote;
  const speaker = quote.speaker.person
    ? data.getPerson(quote.speaker.person)?.name
    : quote.speaker.group;
  return [
    `<figure>`,
    `<blockquote lang="en" dir="ltr"><p>${escapeHtml(quote.text)}</p></blockquote>`,
    `<figcaption>${escapeHtml(speaker ?? '')} (${escapeHtml(WORDS[lang].paragraph(quote.sources[0].paragraph))}). ${sourceLink(data, lang)}</figcaption>`,
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

const shorten = (text, length = 70) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;

/**
 * Plain words for the CAMEO event types the story uses. The timeline's `types` filter takes the codes;
 * an editor picks from these.
 */
export const PLAIN_TYPES = {
  '010': 'Statements',
  '036': 'Offers to meet or negotiate',
  '040': 'Consultations',
  '043': 'Visits hosted',
  111: 'Criticism',
  120: 'Rejections',
  125: 'Refusals to meet or negotiate',
  181: 'Hostage-taking',
};

/** One checkbox of a group: a plain label around the box, the value the widget takes. */
const checkbox = (name, value, label) =>
  `<li><label><input type="checkbox" name="${escapeHtml(name)}" value="${escapeHtml(value)}" /> ${escapeHtml(label)}</label></li>`;

/** Renders `<!--iw:options KIND-->` for the generator's selects and checkbox groups. */
export function renderOptions(data, kind) {
  if (kind === 'people')
    return data.people.map((person) => option(person.id, person.name)).join('');
  if (kind === 'actorBoxes') {
    // Only people who take part in an event: a filter on anyone else shows nothing.
    const involved = new Set(
      data.events.flatMap((event) => event.participants.map((p) => p.person).filter(Boolean)),
    );
    return data.people
      .filter((person) => involved.has(person.id))
      .map((person) => checkbox('actors', person.id, person.name))
      .join('');
  }
  if (kind === 'typeBoxes') {
    const counts = new Map();
    for (const event of data.events)
      if (event.type.cameo) counts.set(event.type.cameo, (counts.get(event.type.cameo) ?? 0) + 1);
    return [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([cameo, count]) =>
        checkbox(
          'types',
          cameo,
          `${PLAIN_TYPES[cameo] ?? data.events.find((e) => e.type.cameo === cameo).type.label} (${count} ${count === 1 ? 'event' : 'events'})`,
        ),
      )
      .join('');
  }
  if (kind === 'quotes') {
    return data.quotes
      .map((quote) => {
        const speaker = quote.speaker.person
          ? data.getPerson(quote.speaker.person)?.name
          : quote.speaker.group;
        return option(
          quote.id,
          `${speaker}: “${shorten(quote.text)}”`,
          quote === data.featuredQuote,
        );
      })
      .join('');
  }
  if (kind === 'events') {
    // Each option carries what the timeline filters on, so the generator offers only the events
    // that the chosen filters include.
    return data.events
      .map((event) =>
        option(event.id, `${data.formatDate(event.date.edtf, 'en')}: ${event.title}`).replace(
          '<option ',
          `<option data-date="${escapeHtml(event.date.edtf.replace(/[?~%]$/, ''))}" data-people="${escapeHtml(
            event.participants
              .map((p) => p.person)
              .filter(Boolean)
              .join(' '),
          )}" data-cameo="${escapeHtml(event.type.cameo ?? '')}" `,
        ),
      )
      .join('');
  }
  if (kind === 'types') {
    // Only coded types: the timeline's `types` filter takes CAMEO codes.
    const types = new Map(
      data.events
        .filter((event) => event.type.cameo)
        .map((event) => [event.type.cameo, event.type.label]),
    );
    return [...types]
      .sort()
      .map(([cameo, label]) => option(cameo, `${label} (${cameo})`))
      .join('');
  }
  throw new Error(`Unknown option list "${kind}"`);
}
