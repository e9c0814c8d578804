import Papa from 'papaparse';

/** A TimelineJS3 date: numbers or numeric strings, as its JSON and its sheets give them. */
export interface TimelineDate {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  hour?: unknown;
  minute?: unknown;
  second?: unknown;
  millisecond?: unknown;
  display_date?: unknown;
}

/** One slide, from the JSON or a row of the sheet, with where it came from for messages. */
export interface Slide {
  /** The CSV line, or the position in the JSON (1-based; the JSON's title slide is 0). */
  row: number;
  /** How messages name a field of this slide: a CSV column, or a JSON path. */
  name: (field: keyof typeof JSON_FIELDS) => string;
  type: 'title' | 'era' | 'event';
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  display_date?: unknown;
  /** The end's own display date (JSON only), when the slide has no display date of its own. */
  end_display_date?: unknown;
  headline?: unknown;
  text?: unknown;
  media?: { url?: unknown; credit?: unknown; caption?: unknown; thumbnail?: unknown };
  group?: unknown;
  background?: unknown;
}

/** TimelineJS3's Google Sheets template, column by column. */
export const CSV_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** Names of a slide's fields in messages: the JSON path, and the sheet's column. */
const JSON_FIELDS = {
  year: ['start_date.year', 'Year'],
  month: ['start_date.month', 'Month'],
  day: ['start_date.day', 'Day'],
  time: ['start_date.hour', 'Time'],
  endYear: ['end_date.year', 'End Year'],
  endMonth: ['end_date.month', 'End Month'],
  endDay: ['end_date.day', 'End Day'],
  endTime: ['end_date.hour', 'End Time'],
  displayDate: ['display_date', 'Display Date'],
  endDisplayDate: ['end_date.display_date', 'Display Date'],
  headline: ['text.headline', 'Headline'],
  text: ['text.text', 'Text'],
  media: ['media.url', 'Media'],
  credit: ['media.credit', 'Media Credit'],
  caption: ['media.caption', 'Media Caption'],
  thumbnail: ['media.thumbnail', 'Media Thumbnail'],
  type: ['type', 'Type'],
  group: ['group', 'Group'],
  background: ['background', 'Background'],
} as const;

/** A problem that stops the import: the file is not a TimelineJS3 timeline at all. */
export class TimelineImportError extends Error {
  override name = 'TimelineImportError';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The slides of a TimelineJS3 JSON timeline: `title`, `events` and `eras`. */
export function slidesFromJson(json: unknown): Slide[] {
  if (!isRecord(json))
    throw new TimelineImportError(
      'The file is not a TimelineJS3 timeline: expected a JSON object with "events".',
    );
  if (!Array.isArray(json.events))
    throw new TimelineImportError(
      `The file is not a TimelineJS3 timeline: "events" must be a list of slides, not ${json.events === undefined ? 'missing' : typeof json.events}.`,
    );
  const slide = (value: unknown, row: number, path: string, type: Slide['type']): Slide => {
    const raw = isRecord(value) ? value : {};
    const text = isRecord(raw.text) ? raw.text : {};
    return {
      row,
      name: (field) => `${path}.${JSON_FIELDS[field][0]}`,
      type,
      start_date: isRecord(raw.start_date) ? raw.start_date : undefined,
      end_date: isRecord(raw.end_date) ? raw.end_date : undefined,
      display_date:
        raw.display_date ?? (isRecord(raw.start_date) ? raw.start_date.display_date : undefined),
      // A slide's own display_date stands for the whole range in TimelineJS3.
      end_display_date:
        raw.display_date === undefined && isRecord(raw.end_date)
          ? raw.end_date.display_date
          : undefined,
      headline: text.headline,
      text: text.text,
      media: isRecord(raw.media) ? raw.media : undefined,
      group: raw.group,
      background: raw.background,
    };
  };
  return [
    ...(json.title === undefined ? [] : [slide(json.title, 0, 'title', 'title')]),
    ...json.events.map((event, i) => slide(event, i + 1, `events[${i}]`, 'event')),
    ...(Array.isArray(json.eras) ? json.eras : []).map((era, i) =>
      slide(era, i + 1, `eras[${i}]`, 'era'),
    ),
  ];
}

/** The slides of the Google Sheets template exported as CSV, one per row after the header. */
export function slidesFromCsv(
  csv: string,
  warn: (row: number, field: string, message: string) => void,
): Slide[] {
  // Papa Parse: a kept CSV parser that runs alike in Node and browsers.
  const { data: rows, errors } = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    skipEmptyLines: 'greedy',
  });
  // A ragged row is reported below, with its row; a broken quote makes the file unreadable.
  const fatal = errors.find((error) => error.type === 'Quotes');
  if (fatal)
    throw new TimelineImportError(
      `The file is neither JSON nor a CSV that can be read (line ${(fatal.row ?? 0) + 1}): ${fatal.message}`,
    );
  const [header, ...body] = rows;
  if (!header) throw new TimelineImportError('The file is empty.');
  const columns = header.map((name) => name.trim());
  const missing = ['Year', 'Headline', 'Text'].filter((name) => !columns.includes(name));
  if (missing.length)
    throw new TimelineImportError(
      `Line 1: the columns are not TimelineJS3's template (missing ${missing.join(', ')}). Expected: ${CSV_COLUMNS.join(', ')}.`,
    );
  // One warning for every column the template does not have, however many there are.
  const unknown = columns.filter((name) => !(CSV_COLUMNS as readonly string[]).includes(name));
  if (unknown.length === 1) warn(1, unknown[0]!, `not a column of TimelineJS3's template; ignored`);
  else if (unknown.length > 1)
    warn(
      1,
      '',
      `${unknown.length.toLocaleString('en')} columns are not TimelineJS3's template's; ignored: ${unknown
        .slice(0, 5)
        .map((name) => JSON.stringify(name))
        .join(', ')}${unknown.length > 5 ? ' …' : ''}`,
    );
  const position = new Map(CSV_COLUMNS.map((name) => [name, columns.indexOf(name)]));
  return body.map((cells, i) => {
    const row = i + 2; // the header is line 1
    if (cells.length !== columns.length)
      warn(row, '', `has ${cells.length} cells where the header has ${columns.length}`);
    const cell = (name: (typeof CSV_COLUMNS)[number]) => {
      const at = position.get(name)!;
      const value = at >= 0 ? cells[at]?.trim() : undefined;
      return value === '' ? undefined : value;
    };
    const time = (name: 'Time' | 'End Time') => {
      const [hour, minute] = (cell(name) ?? '').split(':');
      return { hour: hour || undefined, minute };
    };
    const type = cell('Type')?.toLowerCase();
    if (type && type !== 'title' && type !== 'era')
      warn(row, 'Type', `"${cell('Type')}" is not title or era; read as an event`);
    return {
      row,
      name: (field) => JSON_FIELDS[field][1],
      type: type === 'title' || type === 'era' ? type : 'event',
      start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day'), ...time('Time') },
      end_date: cell('End Year')
        ? {
            year: cell('End Year'),
            month: cell('End Month'),
            day: cell('End Day'),
            ...time('End Time'),
          }
        : undefined,
      display_date: cell('Display Date'),
      headline: cell('Headline'),
      text: cell('Text'),
      media: {
        url: cell('Media'),
        credit: cell('Media Credit'),
        caption: cell('Media Caption'),
        thumbnail: cell('Media Thumbnail'),
      },
      group: cell('Group'),
      background: cell('Background'),
    };
  });
}
