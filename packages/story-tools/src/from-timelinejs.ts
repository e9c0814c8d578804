import {
  endsBeforeStart,
  isValidEdtf,
  validateDataset,
  type Dataset,
  type Era,
  type Event,
  type Media,
} from '@iranwire/rapprochement-data/validate';
import { richText } from './rich-text.js';
import {
  TimelineImportError,
  slidesFromCsv,
  slidesFromJson,
  type Slide,
  type TimelineDate,
} from './slides.js';

/** Something the importer changed, dropped or could not read, and where. */
export interface ImportWarning {
  /** The CSV line (the header is line 1), or the slide's position in the JSON (its title is 0). */
  row: number;
  /** The CSV column (`Month`) or the JSON path (`events[3].start_date.month`); empty for the whole row. */
  field: string;
  message: string;
}

export interface ImportOptions {
  /** Who publishes the story (the article's `publisher`); TimelineJS3 does not say. */
  publisher?: string;
  /** The story's language, a BCP 47 tag (default `en`). */
  language?: string;
  /** The article's date as EDTF (default: the day of the import). */
  date?: string;
}

export interface ImportResult {
  dataset: Dataset;
  warnings: ImportWarning[];
}

/** The warnings listed: past these, one more says how many were left out. */
export const MAX_WARNINGS = 1_000;
/** Longer fields and messages (a value quoted in one) are cut here. */
const MAX_MESSAGE = 300;
const shorten = (text: string) =>
  text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text;

/** Files over this size are refused before parsing: far above any real timeline (5 MB of text). */
export const MAX_INPUT_CHARACTERS = 5_000_000;

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Kebab-case ASCII from a headline: `Ada Lovelace` → `ada-lovelace`. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A text field as plain text: TimelineJS headlines and captions may hold HTML too. */
function plainText(value: unknown, dropped?: (what: string[]) => void): string | undefined {
  if (value === undefined || value === null) return undefined;
  const read = richText(String(value));
  if (read.dropped.length) dropped?.(read.dropped);
  const text = read.plain.trim();
  return text === '' ? undefined : text;
}

/** A field the file fills in: anything but nothing, null or an empty string. */
const present = (value: unknown) =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

type Warn = (row: number, field: string, message: string) => void;

/** A date as EDTF with its precision, or the reason it is not one. */
function edtf(
  date: TimelineDate | undefined,
  slide: Slide,
  end: boolean,
  warn: Warn,
): { value: string; precision: 'year' | 'month' | 'day' } | { error: string; field: string } {
  const field = (part: 'year' | 'month' | 'day' | 'time') =>
    slide.name(
      end
        ? (`end${part[0]!.toUpperCase()}${part.slice(1)}` as
            'endYear' | 'endMonth' | 'endDay' | 'endTime')
        : part,
    );
  const number = (value: unknown) =>
    value === undefined || value === null || value === '' ? undefined : Number(value);
  const year = number(date?.year);
  const month = number(date?.month);
  const day = number(date?.day);
  if (year === undefined) return { error: 'the year is missing', field: field('year') };
  if (!Number.isInteger(year))
    return { error: `"${String(date?.year)}" is not a year`, field: field('year') };
  if (year < 0 || year > 9999)
    return {
      error: `the year ${year} is outside 0–9999, which the dataset's dates (EDTF) cover`,
      field: field('year'),
    };
  const yyyy = String(year).padStart(4, '0');
  // Said once the date is known to be read, whatever its precision.
  const timeDropped = () => {
    if (date?.hour !== undefined && date.hour !== null && date.hour !== '')
      warn(slide.row, field('time'), 'the time of day is not kept: dates are days at most');
  };
  if (month === undefined) {
    if (day !== undefined) warn(slide.row, field('day'), 'a day without a month; the year is kept');
    timeDropped();
    return { value: yyyy, precision: 'year' };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12)
    return { error: `"${String(date?.month)}" is not a month (1–12)`, field: field('month') };
  const mm = String(month).padStart(2, '0');
  if (day === undefined) {
    timeDropped();
    return { value: `${yyyy}-${mm}`, precision: 'month' };
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!Number.isInteger(day) || day < 1 || day > days)
    return {
      error: `"${String(date?.day)}" is not a day of ${yyyy}-${mm} (1–${days})`,
      field: field('day'),
    };
  timeDropped();
  return { value: `${yyyy}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/** The date as the sheet wrote it, for `basis.phrase`. */
function written(date: TimelineDate | undefined): string {
  return [date?.year, date?.month, date?.day]
    .filter((part) => part !== undefined && part !== '')
    .join('-');
}

/** An image, audio or video file by its extension; a video site's page; anything else a link. */
function mediaKind(url: URL): Media['kind'] {
  const path = url.pathname.toLowerCase();
  if (/\.(jpe?g|png|gif|webp|avif|svg)$/.test(path)) return 'image';
  if (/\.(mp3|m4a|ogg|oga|wav|opus)$/.test(path)) return 'audio';
  if (/\.(mp4|webm|ogv|mov)$/.test(path)) return 'video';
  if (/(^|\.)(youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com)$/.test(url.hostname))
    return 'video';
  return 'link';
}

function httpUrl(value: unknown): URL | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The input as TimelineJS3 JSON (an object or its text) or as the Google Sheets CSV. */
function readSlides(input: string | object, warn: Warn): Slide[] {
  if (typeof input === 'object') return slidesFromJson(input);
  if (typeof input !== 'string')
    throw new TimelineImportError('Expected the text of a file, or a parsed JSON object.');
  if (input.length > MAX_INPUT_CHARACTERS)
    throw new TimelineImportError(
      `The file is ${(input.length / 1e6).toFixed(1)} MB of text; the importer reads files up to ${MAX_INPUT_CHARACTERS / 1e6} MB.`,
    );
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new TimelineImportError('The file is empty.');
  if (/^\s*[{[]/.test(text)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new TimelineImportError(
        `The file looks like JSON but is not: ${(error as Error).message}`,
      );
    }
    return slidesFromJson(json);
  }
  return slidesFromCsv(text, warn);
}

/**
 * Converts a TimelineJS3 timeline, its JSON (an object or its text) or the Google Sheets template
 * as CSV, into a story the widgets show: a dataset that passes `validateDataset`. Every slide that
 * cannot be read, and everything dropped on the way (markup, unsafe links, times of day, slide
 * backgrounds), is named in `warnings` with its row and field. Throws `TimelineImportError` when
 * the input is not a timeline at all (empty, too large, neither JSON nor the template's columns).
 */
export function fromTimelineJS(input: string | object, options: ImportOptions = {}): ImportResult {
  // The same parser as the widgets': 2026-02-30 is refused here, not thrown in a reader's browser.
  if (
    options.date !== undefined &&
    !(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(options.date) && isValidEdtf(options.date))
  )
    throw new TimelineImportError(
      `The date "${options.date}" is not a date such as 2026, 2026-12 or 2026-12-03.`,
    );
  if (options.language !== undefined && !/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(options.language))
    throw new TimelineImportError(
      `The language "${options.language}" is not a language tag such as en or fa.`,
    );
  const warnings: ImportWarning[] = [];
  let unlisted = 0;
  /** The first slides left out, and how many: what an import with no event says. */
  const leftOut: ImportWarning[] = [];
  let leftOutCount = 0;
  // A bounded list of bounded messages, whatever the file: a value quoted in a message is cut short.
  const warn: Warn = (row, field, message) => {
    const warning = { row, field: shorten(field), message: shorten(message) };
    if (warnings.length < MAX_WARNINGS) warnings.push(warning);
    else unlisted++;
    if (message.endsWith('left out') && leftOutCount++ < 20) leftOut.push(warning);
  };
  const slides = readSlides(input, warn);

  /** A plain-text field of a slide; what its markup lost is named in a warning. */
  const plain = (slide: Slide, field: Parameters<Slide['name']>[0], value: unknown) =>
    plainText(value, (dropped) =>
      warn(slide.row, slide.name(field), `kept as plain text; dropped ${dropped.join(', ')}`),
    );

  const title = slides.find((slide) => slide.type === 'title');
  const titleText = title ? plain(title, 'headline', title.headline) : undefined;
  if (!titleText)
    warn(
      title?.row ?? 0,
      title ? title.name('headline') : 'title',
      'no title slide with a headline: the story is called "Imported timeline"',
    );
  for (const extra of slides.filter((slide) => slide.type === 'title' && slide !== title))
    warn(extra.row, extra.name('type'), 'a second title slide; read as an event');
  if (title && plainText(title.text))
    warn(
      title.row,
      title.name('text'),
      "the title slide's text is not kept (a story has a title only)",
    );
  if (title && httpUrl(title.media?.url))
    warn(title.row, title.name('media'), "the title slide's media is not kept");
  if (title && present(title.background))
    warn(title.row, title.name('background'), "the title slide's background is not kept");

  const articleId = slug(titleText ?? '') || 'imported-timeline';
  const today = new Date().toISOString().slice(0, 10);
  if (!options.publisher)
    warn(
      0,
      'publisher',
      'TimelineJS3 does not say who publishes the story: set it (iw-story import --publisher)',
    );
  if (!options.date)
    warn(
      0,
      'date',
      `TimelineJS3 does not say when the story was published: dated ${today}, the day of the import (set it: iw-story import --date)`,
    );
  const article = {
    id: articleId,
    title: titleText ?? 'Imported timeline',
    publisher: options.publisher || 'Unknown publisher',
    date: options.date ?? today,
    language: options.language ?? 'en',
  };

  const ids = new Set<string>([articleId]);
  /** The next number to try after each prefix: 20,000 slides of one headline must not count up 20,000 times each. */
  const nextNumber = new Map<string, number>();
  const uniqueId = (base: string, fallback: string) => {
    let id = ID_PATTERN.test(base) ? base : fallback;
    const prefix = base || fallback;
    let n = nextNumber.get(prefix) ?? 2;
    while (ids.has(id)) id = `${prefix}-${n++}`;
    nextNumber.set(prefix, n);
    ids.add(id);
    return id;
  };

  const events: Event[] = [];
  const eras: Era[] = [];
  const backgrounds: Slide[] = [];
  for (const slide of slides) {
    if (slide === title) continue;
    const start = edtf(slide.start_date, slide, false, warn);
    if ('error' in start) {
      warn(
        slide.row,
        start.field,
        `${start.error}; this ${slide.type === 'era' ? 'era' : 'slide'} is left out`,
      );
      continue;
    }
    let end: string | undefined;
    if (slide.end_date) {
      const read = edtf(slide.end_date, slide, true, warn);
      if ('error' in read) warn(slide.row, read.field, `${read.error}; the end date is left out`);
      else if (endsBeforeStart(start.value, read.value))
        warn(
          slide.row,
          slide.name('endYear'),
          `ends (${read.value}) before it starts (${start.value}); the end date is left out`,
        );
      else end = read.value;
    }
    const headline = plain(slide, 'headline', slide.headline);
    if (slide.type === 'era') {
      if (!end) {
        warn(slide.row, slide.name('endYear'), 'an era needs an end date; this era is left out');
        continue;
      }
      eras.push({
        id: uniqueId(slug(headline ?? ''), `era-${slide.row}`),
        title: headline ?? `Era ${eras.length + 1}`,
        start: start.value,
        end,
      });
      for (const [field, value] of [
        ['displayDate', slide.display_date],
        ['text', slide.text],
        ['media', slide.media?.url],
        ['group', slide.group],
        ['background', slide.background],
      ] as const)
        if (present(value))
          warn(slide.row, slide.name(field), 'an era keeps its headline and dates only; not kept');
      continue;
    }
    const text =
      typeof slide.text === 'string' || typeof slide.text === 'number'
        ? richText(String(slide.text))
        : undefined;
    if (text?.dropped.length)
      warn(
        slide.row,
        slide.name('text'),
        `kept its paragraphs, links and emphasis; dropped ${text.dropped.join(', ')}`,
      );
    const eventTitle = headline ?? text?.plain.slice(0, 80);
    if (!eventTitle) {
      warn(slide.row, slide.name('headline'), 'no headline and no text; this slide is left out');
      continue;
    }
    if (!headline)
      warn(slide.row, slide.name('headline'), 'no headline: the start of the text stands in');

    const startLabel = plain(slide, 'displayDate', slide.display_date);
    const endLabel = plain(slide, 'endDisplayDate', slide.end_display_date);
    const event: Event = {
      id: uniqueId(
        `${start.value.slice(0, 10)}-${slug(eventTitle)}`.replace(/-+$/, ''),
        `event-${slide.row}`,
      ),
      title: eventTitle,
      summary: text?.plain || eventTitle,
      date: {
        edtf: start.value,
        precision: start.precision,
        certainty: 'certain',
        basis: {
          kind: 'stated',
          phrase: startLabel ?? written(slide.start_date),
        },
      },
      participants: [],
      type: { label: 'Event' },
      quotes: [],
      // Each event cites its own slide: the row of the sheet, or its place in the JSON.
      sources: [{ source: articleId, paragraph: Math.max(1, slide.row), excerpt: eventTitle }],
    };
    if (end) event.date.end = end;
    // TimelineJS3 shows a range's two display dates side by side.
    const label = startLabel && endLabel && end ? `${startLabel} – ${endLabel}` : startLabel;
    if (label) event.date.label = label;
    if (endLabel && !(startLabel && end))
      warn(
        slide.row,
        slide.name('endDisplayDate'),
        end
          ? 'a display date for the end only is not kept: the dates are shown instead'
          : 'the end is not kept, so neither is its display date',
      );
    if (text?.paragraphs.length) event.body = text.paragraphs;
    const group = plain(slide, 'group', slide.group);
    if (group) event.group = group;

    const url = httpUrl(slide.media?.url);
    const embedded = !url && typeof slide.media?.url === 'string' && /^\s*</.test(slide.media.url);
    if (embedded) {
      // TimelineJS3 shows HTML in Media as is: a quotation, a tweet, an iframe. Its text joins the
      // event's text; the markup goes.
      const quoted = richText(slide.media!.url as string);
      if (quoted.paragraphs.length) event.body = [...(event.body ?? []), ...quoted.paragraphs];
      const unkept = [
        present(slide.media?.credit) && 'credit',
        present(slide.media?.caption) && 'caption',
      ].filter(Boolean);
      warn(
        slide.row,
        slide.name('media'),
        `HTML in Media: ${quoted.paragraphs.length ? "its text is added to the event's text" : 'it has no text to keep'}${quoted.dropped.length ? `; dropped ${quoted.dropped.join(', ')}` : ''}${unkept.length ? `; its ${unkept.join(' and ')} ${unkept.length > 1 ? 'are' : 'is'} not kept` : ''}`,
      );
    } else if (slide.media?.url && !url)
      warn(
        slide.row,
        slide.name('media'),
        `"${String(slide.media.url).slice(0, 80)}" is not an http(s) address; the media is left out`,
      );
    if (url) {
      const media: Media = { url: url.href, kind: mediaKind(url) };
      const credit = plain(slide, 'credit', slide.media?.credit);
      const caption = plain(slide, 'caption', slide.media?.caption);
      const thumbnail = httpUrl(slide.media?.thumbnail);
      if (credit) media.credit = credit;
      if (caption) media.caption = caption;
      if (thumbnail) media.thumbnail = thumbnail.href;
      event.media = media;
    }
    if (present(slide.background)) backgrounds.push(slide);
    events.push(event);
  }
  if (backgrounds.length)
    warn(
      backgrounds[0]!.row,
      backgrounds[0]!.name('background'),
      `slide backgrounds are not kept (${backgrounds.length === 1 ? 'row' : 'rows'} ${backgrounds.map((slide) => slide.row).join(', ')}): the widgets take the host page's colours`,
    );
  if (events.length === 0) {
    // Why, in a few lines whatever the file: the first slides left out, then how many in all.
    const reasons = leftOut.map((w) => `row ${w.row}, ${w.field}: ${w.message}`).join('; ');
    throw new TimelineImportError(
      `No slide could be read as an event: ${
        reasons
          ? `${reasons}${leftOutCount > leftOut.length ? ` (and ${(leftOutCount - leftOut.length).toLocaleString('en')} more)` : ''}`
          : `the timeline has no event slides${slides.length ? ` (only ${slides.length === 1 ? 'a title or era slide' : `${slides.length} title and era slides`})` : ''}`
      }.`,
    );
  }

  const dataset: Dataset = {
    article,
    sources: [
      {
        id: articleId,
        kind: 'article',
        title: article.title,
        publisher: article.publisher,
        date: article.date,
      },
    ],
    people: [],
    organizations: [],
    places: [],
    events,
    quotes: [],
    ...(eras.length ? { eras } : {}),
  };
  // The importer's own guarantee: what it writes is a valid story.
  const result = validateDataset(dataset);
  if (!result.ok)
    throw new TimelineImportError(
      `The converted story is invalid, a fault of the importer: ${result.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ')}`,
    );
  if (unlisted)
    warnings.push({
      row: 0,
      field: '',
      message: `${unlisted.toLocaleString('en')} more warnings are not listed (the first ${MAX_WARNINGS.toLocaleString('en')} are)`,
    });
  return { dataset: result.dataset, warnings };
}
