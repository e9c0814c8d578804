/**
 * The story in TimelineJS3's JSON format (a `title` slide and `events` with `start_date` and
 * `text`), for newsrooms that already publish with TimelineJS. Text is HTML there, so every
 * string from the data is escaped.
 *
 * - A quote nested in another quote of the same slide (`partOf`) is not printed again.
 * - A fragment ("incorrect") is shown in the article's sentence it stands in, once per sentence.
 * - The credit names each paragraph once.
 * - A month or a year is placed where the story places it (`date.placed`): TimelineJS puts a bare
 *   month on its 1st, before every dated day. The label still shows the month.
 * - In another language (`timelinejs.fa.json`), the text is the dataset's translation where it has
 *   one, each translated quote followed by the notice that it is a translation, not the speaker's
 *   words; every date label is written by `formatDate` in that language (Solar Hijri for Persian),
 *   because TimelineJS3's own `fa` locale puts Persian month names on Gregorian months.
 */
import { parseEdtf, type CalendarDay } from '../../src/edtf';
import { formatDate } from '../../src/format-date';
import type { Dataset, Event, Paragraph, Quote } from '../../src/schema';
import { localizedName, localizedText, quoteTranslationNotice } from '../../src/translate';

/** The export's own words, in each language it is written in. */
const WORDS = {
  en: {
    comma: ', ',
    /** Under the article's sentence that holds `count` quoted fragments of `speakers`' words. */
    quoting: (publisher: string, speakers: string, _count: number) =>
      `${publisher}, quoting ${speakers}`,
    number: (n: number) => `${n}`,
  },
  fa: {
    comma: '، ',
    // «به نقل از» would give the speakers the whole sentence: only the words in quotation marks are theirs.
    quoting: (publisher: string, speakers: string, count: number) =>
      `${publisher} (${count > 1 ? 'عبارت‌های' : 'عبارت'} داخل گیومه از ${speakers})`,
    number: (n: number) => `${n}`.replace(/\d/g, (d) => String.fromCharCode(0x6f0 + +d)),
  },
} as const;
export type ExportLanguage = keyof typeof WORDS;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  display_date: string;
}

export interface TimelineJsMedia {
  url: string;
  credit?: string;
  caption?: string;
  thumbnail?: string;
}

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  media?: TimelineJsMedia;
  group?: string;
}

export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
}

/** A date as TimelineJS3 takes it, to the precision the EDTF gives, labelled in `lang`. */
function plainDate(edtf: string, lang: ExportLanguage): TimelineJsDate {
  const date = parseEdtf(edtf);
  return {
    year: date.start.year,
    ...(date.precision !== 'year' && { month: date.start.month }),
    ...(date.precision === 'day' && { day: date.start.day }),
    display_date: formatDate(edtf, lang),
  };
}

/** Imported rich text back as TimelineJS3's HTML: the runs' text escaped, links and emphasis kept. */
function bodyHtml(body: readonly Paragraph[]): string {
  return body
    .map(
      (paragraph) =>
        `<p>${paragraph
          .map((run) => {
            let html = escapeHtml(run.text);
            if (run.em) html = `<em>${html}</em>`;
            if (run.strong) html = `<strong>${html}</strong>`;
            if (run.href) html = `<a href="${escapeHtml(run.href)}">${html}</a>`;
            return html;
          })
          .join('')}</p>`,
    )
    .join('');
}

const dayBefore = ({ year, month, day }: CalendarDay): CalendarDay => {
  const date = new Date(Date.UTC(year, month - 1, day - 1));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

/**
 * Where TimelineJS puts the event. A day is that day. A placed month or year goes at noon of the
 * day of the event it follows, or else at noon of the day before the event it precedes: between
 * the dated days around it, as the story tells it. Anything else starts on its first day.
 */
function startDate(event: Event, events: Map<string, Event>, lang: ExportLanguage): TimelineJsDate {
  const date = parseEdtf(event.date.edtf);
  const display_date = formatDate(event.date.edtf, lang);
  const placed = event.date.placed;
  const after = placed?.after ? events.get(placed.after) : undefined;
  const before = placed?.before ? events.get(placed.before) : undefined;
  const at = after
    ? parseEdtf(after.date.edtf).start
    : before
      ? dayBefore(parseEdtf(before.date.edtf).start)
      : undefined;
  if (at) return { ...at, hour: 12, display_date };
  return { ...plainDate(date.edtf, lang), display_date };
}

/** The story as TimelineJS3 JSON, its text in `lang` (the dataset's translation where it has one). */
export function timelineJs(dataset: Dataset, lang: ExportLanguage = 'en'): TimelineJsDocument {
  const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const words = WORDS[lang];
  const own = dataset.article.language;
  /** A record's text in `lang`, HTML-escaped. */
  const text = (record: object, field: string) =>
    escapeHtml(localizedText(record, field, lang, own)?.text ?? '');
  const notice = quoteTranslationNotice(dataset, lang);
  /** After a translated quote: that it is ours, not the speaker's words. */
  const noticeHtml = (quote: Quote) =>
    notice && localizedText(quote, 'text', lang, own)?.translated
      ? `<p><small>${escapeHtml(notice)}</small></p>`
      : '';
  const publisherRecord = dataset.organizations.find((o) => o.name === dataset.article.publisher);
  const publisherName = publisherRecord
    ? localizedName(publisherRecord, lang, own).text
    : dataset.article.publisher;
  const speakerName = (q: Quote) => {
    const person = q.speaker.person ? people.get(q.speaker.person) : undefined;
    if (person) return localizedName(person, lang, own).text;
    return localizedText(q, 'speaker.group', lang, own)?.text ?? '';
  };

  /** True when the quote sits inside another quote of the list, at any depth. */
  const nestedIn = (quote: Quote, ids: ReadonlySet<string>) => {
    for (let up = quote.partOf; up !== undefined; up = quotes.get(up)?.partOf)
      if (ids.has(up)) return true;
    return false;
  };

  function quotesHtml(event: Event): string {
    const list = event.quotes.map((id) => quotes.get(id)).filter((q) => q !== undefined);
    const ids = new Set(list.map((q) => q.id));
    const contexts = new Set<string>();
    return list
      .filter((q) => !nestedIn(q, ids))
      .map((q) => {
        if (q.fragment && q.context) {
          // The sentence holds the fragment in its own quotation marks; print it once.
          if (contexts.has(q.context)) return '';
          contexts.add(q.context);
          const fragments = list.filter((o) => o.context === q.context);
          const speakers = [...new Set(fragments.map(speakerName))].join(words.comma);
          return `<blockquote><p>${text(q, 'context')}</p></blockquote><p>\u2014 ${escapeHtml(words.quoting(publisherName, speakers, fragments.length))}</p>${noticeHtml(q)}`;
        }
        return `<blockquote><p>${text(q, 'text')}</p></blockquote><p>\u2014 ${escapeHtml(speakerName(q))}</p>${noticeHtml(q)}`;
      })
      .join('');
  }

  /** What an imported story brings: a range, a display date, a group, media. */
  const imported = (event: Event): Partial<TimelineJsSlide> => {
    const { end, label } = event.date;
    const media = event.media;
    return {
      ...(end !== undefined && { end_date: plainDate(end, lang) }),
      ...(label !== undefined && { display_date: escapeHtml(label) }),
      ...(event.group !== undefined && { group: event.group }),
      ...(media && {
        media: {
          url: media.url,
          ...(media.credit !== undefined && { credit: escapeHtml(media.credit) }),
          ...(media.caption !== undefined && { caption: escapeHtml(media.caption) }),
          ...(media.thumbnail !== undefined && { thumbnail: media.thumbnail }),
        },
      }),
    };
  };

  return {
    title: {
      text: {
        headline: text(dataset.article, 'title'),
        text: `<p>${escapeHtml(`${publisherName}${words.comma}${formatDate(dataset.article.date, lang)}`)}</p>`,
      },
    },
    events: dataset.events.map((event) => {
      const paragraphs = [...new Set(event.sources.map((c) => c.paragraph))].sort((a, b) => a - b);
      const cited = paragraphs.map((p) => `\u00b6${words.number(p)}`).join(words.comma);
      return {
        unique_id: event.id,
        start_date: startDate(event, events, lang),
        text: {
          headline: text(event, 'title'),
          text: `${event.body ? bodyHtml(event.body) : `<p>${text(event, 'summary')}</p>`}${quotesHtml(event)}<p><small>${escapeHtml(`${publisherName}${words.comma}${cited}`)}</small></p>`,
        },
        ...imported(event),
      };
    }),
    ...(dataset.eras && {
      eras: dataset.eras.map((era) => ({
        start_date: plainDate(era.start, lang),
        end_date: plainDate(era.end, lang),
        text: { headline: escapeHtml(era.title), text: '' },
      })),
    }),
  };
}
