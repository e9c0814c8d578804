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
 */
import { parseEdtf, type CalendarDay } from '../../src/edtf';
import { formatDate } from '../../src/format-date';
import type { Dataset, Event, Quote } from '../../src/schema';

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

export interface TimelineJsSlide {
  unique_id?: string;
  start_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
}

export interface TimelineJsDocument {
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
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
function startDate(event: Event, events: Map<string, Event>): TimelineJsDate {
  const date = parseEdtf(event.date.edtf);
  const display_date = formatDate(event.date.edtf, 'en');
  const placed = event.date.placed;
  const after = placed?.after ? events.get(placed.after) : undefined;
  const before = placed?.before ? events.get(placed.before) : undefined;
  const at = after
    ? parseEdtf(after.date.edtf).start
    : before
      ? dayBefore(parseEdtf(before.date.edtf).start)
      : undefined;
  if (at) return { ...at, hour: 12, display_date };
  return {
    year: date.start.year,
    ...(date.precision !== 'year' && { month: date.start.month }),
    ...(date.precision === 'day' && { day: date.start.day }),
    display_date,
  };
}

export function timelineJs(dataset: Dataset): TimelineJsDocument {
  const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  const speakerName = (q: Quote) =>
    (q.speaker.person ? people.get(q.speaker.person)?.name : q.speaker.group) ?? '';

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
          const speakers = [
            ...new Set(list.filter((o) => o.context === q.context).map(speakerName)),
          ].join(', ');
          return `<blockquote><p>${escapeHtml(q.context)}</p></blockquote><p>\u2014 ${escapeHtml(`${dataset.article.publisher}, quoting ${speakers}`)}</p>`;
        }
        return `<blockquote><p>${escapeHtml(q.text)}</p></blockquote><p>\u2014 ${escapeHtml(speakerName(q))}</p>`;
      })
      .join('');
  }

  return {
    title: {
      text: {
        headline: escapeHtml(dataset.article.title),
        text: `<p>${escapeHtml(`${dataset.article.publisher}, ${formatDate(dataset.article.date, 'en')}`)}</p>`,
      },
    },
    events: dataset.events.map((event) => {
      const paragraphs = [...new Set(event.sources.map((c) => c.paragraph))].sort((a, b) => a - b);
      const cited = paragraphs.map((p) => `\u00b6${p}`).join(', ');
      return {
        unique_id: event.id,
        start_date: startDate(event, events),
        text: {
          headline: escapeHtml(event.title),
          text: `<p>${escapeHtml(event.summary)}</p>${quotesHtml(event)}<p><small>${escapeHtml(`${dataset.article.publisher}, ${cited}`)}</small></p>`,
        },
      };
    }),
  };
}
