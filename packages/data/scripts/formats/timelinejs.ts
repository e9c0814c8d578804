/**
 * The story in TimelineJS3's JSON format (a `title` slide and `events` with `start_date` and
 * `text`), for newsrooms that already publish with TimelineJS. Text is HTML there, so every
 * string from the data is escaped.
 */
import { parseEdtf } from '../../src/edtf';
import { formatDate } from '../../src/format-date';
import type { Dataset } from '../../src/schema';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
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

export function timelineJs(dataset: Dataset): TimelineJsDocument {
  const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
  const people = new Map(dataset.people.map((p) => [p.id, p]));
  return {
    title: {
      text: {
        headline: escapeHtml(dataset.article.title),
        text: `<p>${escapeHtml(`${dataset.article.publisher}, ${formatDate(dataset.article.date, 'en')}`)}</p>`,
      },
    },
    events: dataset.events.map((event) => {
      const date = parseEdtf(event.date.edtf);
      const quoted = event.quotes
        .map((id) => quotes.get(id))
        .filter((q) => q !== undefined)
        .map((q) => {
          const who = q.speaker.person ? people.get(q.speaker.person)?.name : q.speaker.group;
          return `<blockquote><p>${escapeHtml(q.text)}</p></blockquote><p>\u2014 ${escapeHtml(who ?? '')}</p>`;
        })
        .join('');
      const cited = event.sources.map((c) => `\u00b6${c.paragraph}`).join(', ');
      return {
        unique_id: event.id,
        start_date: {
          year: date.start.year,
          ...(date.precision !== 'year' && { month: date.start.month }),
          ...(date.precision === 'day' && { day: date.start.day }),
          display_date: formatDate(event.date.edtf, 'en'),
        },
        text: {
          headline: escapeHtml(event.title),
          text: `<p>${escapeHtml(event.summary)}</p>${quoted}<p><small>${escapeHtml(`IranWire, ${cited}`)}</small></p>`,
        },
      };
    }),
  };
}
