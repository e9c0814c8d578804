import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { validateDataset, type Dataset } from '@iranwire/rapprochement-data/validate';
import {
  CSV_COLUMNS,
  fromTimelineJS,
  richText,
  TimelineImportError,
  type ImportWarning,
} from '../src/index.js';

// TimelineJS3's own template and sample files, from the pinned package.
const timelinejs = dirname(
  createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json'),
);
const sample = (path: string) => readFileSync(join(timelinejs, 'src', path), 'utf8');
const WOMEN = sample('js/core/__tests__/women_in_computing.csv');
const ERAS = sample('template/eras.json');

/** Every string in a story, for the no-markup check. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Markup a widget would execute if it passed text through as HTML. */
const EXECUTABLE = /<\s*(script|iframe|img|svg|object|embed)\b|\bon[a-z]+\s*=|javascript:/i;

const where = (warnings: ImportWarning[]) =>
  warnings.map((w) => `row ${w.row}, ${w.field}: ${w.message}`);

describe("TimelineJS3's own files", () => {
  it('the Google Sheets sample: every event row arrives, with its dates, headline and text', () => {
    const { dataset, warnings } = fromTimelineJS(WOMEN);
    expect(validateDataset(dataset).ok).toBe(true);
    const rows: Record<string, string>[] = parse(WOMEN, { columns: true, bom: true });
    const eventRows = rows.filter((row) => row.Type !== 'title');
    expect(dataset.events.map((event) => event.title)).toEqual(
      eventRows.map((row) => row.Headline),
    );
    expect(dataset.article.title).toBe('Women in Computing');
    const ada = dataset.events.find((event) => event.title === 'Ada Lovelace')!;
    // Year, month, day; the End columns make a range.
    expect(ada.date).toMatchObject({ edtf: '1815-12-10', precision: 'day', end: '1852-11-27' });
    expect(ada.body?.[0]).toEqual(
      expect.arrayContaining([
        { text: 'Ada Lovelace', href: 'https://en.wikipedia.org/wiki/Ada_Lovelace' },
      ]),
    );
    expect(ada.summary).toMatch(/^Women have been programming since before it was a thing\./);
    expect(ada.media).toMatchObject({
      kind: 'image',
      credit: 'Wikimedia Commons',
      caption: 'Portrait by Alfred Edward Chalon',
    });
    expect(ada.sources).toEqual([
      { source: dataset.article.id, paragraph: 3, excerpt: 'Ada Lovelace' },
    ]);
    // Each row's text survives as text.
    for (const row of eventRows) {
      const event = dataset.events.find((candidate) => candidate.title === row.Headline)!;
      const words = richText(row.Text ?? '')
        .plain.split(' ')
        .slice(0, 6)
        .join(' ');
      expect(event.summary).toContain(words);
    }
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^row 5, Background: slide backgrounds are not kept/),
      ]),
    );
  });

  it('the eras template: eras, year-only dates and every event', () => {
    const json = JSON.parse(ERAS) as { events: { text: { headline: string } }[]; eras: unknown[] };
    const { dataset } = fromTimelineJS(json);
    expect(dataset.events).toHaveLength(json.events.length);
    expect(dataset.eras).toHaveLength(json.eras.length);
    expect(dataset.events[0]!.date).toMatchObject({ edtf: '0602', precision: 'year', end: '0629' });
    expect(dataset.eras![0]).toMatchObject({
      start: expect.stringMatching(/^\d{4}/),
      end: expect.stringMatching(/^\d{4}/),
    });
    expect(fromTimelineJS(ERAS).dataset).toEqual(dataset);
  });

  it.each([
    'template/cosmo-mixed.json',
    'template/all-media-types.json',
    'template/my-own-timeline.csv',
  ])('%s: a valid story in which no markup survives that a widget would execute', (path) => {
    const { dataset, warnings } = fromTimelineJS(sample(path));
    expect(validateDataset(dataset).ok).toBe(true);
    expect(strings(dataset).filter((value) => EXECUTABLE.test(value))).toEqual([]);
    for (const warning of warnings)
      expect(warning.field === '' || typeof warning.field === 'string').toBe(true);
  });

  it.each([
    'template/cosmo.json',
    'template/cosmo-mixed.json',
    'template/eras.json',
    'template/all-media-types.json',
    'template/my-own-timeline.csv',
    'js/core/__tests__/women_in_computing.csv',
  ])('%s: every slide is an event or named in a warning, nothing lost silently', (path) => {
    const text = sample(path);
    // Each slide, by the row warnings name and events cite: CSV lines, or places in "events".
    const slides = path.endsWith('.json')
      ? (JSON.parse(text) as { events: unknown[] }).events.map((_, i) => ({
          row: i + 1,
          field: `events[${i}].`,
        }))
      : (parse(text, { columns: true, bom: true }) as Record<string, string>[])
          .map((row, i) => ({ row: i + 2, field: '', type: row.Type }))
          .filter((slide) => slide.type !== 'title' && slide.type !== 'era');
    let dataset: Dataset | undefined;
    let warnings: ImportWarning[];
    try {
      ({ dataset, warnings } = fromTimelineJS(text));
    } catch (error) {
      // Nothing readable at all: the message names every slide left out, row and field.
      expect(error).toBeInstanceOf(TimelineImportError);
      for (const { row, field } of slides)
        expect((error as Error).message).toContain(`row ${row}, ${field}`);
      return;
    }
    for (const { row, field } of slides) {
      const imported = dataset.events.some((event) => event.sources[0]!.paragraph === row);
      const leftOut = warnings.some(
        (w) => w.row === row && w.field.startsWith(field) && w.message.endsWith('left out'),
      );
      expect(imported !== leftOut, `row ${row}`).toBe(true);
    }
  });

  it('cosmo-mixed: years before 0 are left out (EDTF years 0–9999), each with its row and field', () => {
    const { dataset, warnings } = fromTimelineJS(sample('template/cosmo-mixed.json'));
    expect(dataset.events.map((event) => event.date.edtf)).toEqual(
      expect.arrayContaining(['1969-07-20']),
    );
    expect(where(warnings)).toContainEqual(
      expect.stringMatching(
        /^row 1, events\[0\]\.start_date\.year: the year -13800000000 is outside 0–9999.*left out$/,
      ),
    );
  });

  it('all media types: images, audio, video sites and web pages get their kinds; HTML media keeps only its text', () => {
    const { dataset, warnings } = fromTimelineJS(sample('template/all-media-types.json'));
    const kinds = new Set(dataset.events.map((event) => event.media?.kind).filter(Boolean));
    expect(kinds).toEqual(new Set(['image', 'audio', 'video', 'link']));
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^row 31, events\[30\]\.media\.url: HTML in Media: .*dropped <iframe> and its content/,
        ),
        expect.stringMatching(
          /^row 32, events\[31\]\.media\.url: HTML in Media: .*; its credit and caption are not kept$/,
        ),
      ]),
    );
  });
});

/** A sheet with the template's header and these rows. */
const sheet = (...rows: string[]) =>
  [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ...rows,
  ].join('\n');

describe('hostile and broken input: a clear message naming the row and the column', () => {
  it('a script in Text, event handlers and javascript: links are dropped, and said so', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(
        `1998,1,16,,,,,,,The sermon,"<p onclick=""steal()"">Before <script>alert(1)</script><a href=""javascript:alert(2)"">the link</a> <b>after</b><img src=x onerror=alert(3)></p>",,,,,,Talks,`,
      ),
    );
    const [event] = dataset.events;
    expect(event!.body).toEqual([[{ text: 'Before the link ' }, { text: 'after', strong: true }]]);
    expect(strings(dataset).filter((value) => EXECUTABLE.test(value))).toEqual([]);
    expect(where(warnings)).toContainEqual(
      expect.stringMatching(
        /^row 2, Text: .*event handlers \(onclick\).*<script> and its content.*a javascript: link.*<img>/,
      ),
    );
    expect(event!.group).toBe('Talks');
  });

  it('markup in plain-text columns (headline, caption, credit, group) is dropped, and said so', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(
        `1998,,,,,,,,,"The <script>alert(1)</script>sermon",,https://example.org/a.jpg,"<span onmouseover=""x()"">AP</span>",<svg onload=alert(2)></svg>Tehran,,,<b>Talks</b>,`,
      ),
    );
    const [event] = dataset.events;
    expect(event).toMatchObject({
      title: 'The sermon',
      group: 'Talks',
      media: { credit: 'AP', caption: 'Tehran' },
    });
    expect(strings(dataset).filter((value) => EXECUTABLE.test(value))).toEqual([]);
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        'row 2, Headline: kept as plain text; dropped <script> and its content',
        'row 2, Media Credit: kept as plain text; dropped event handlers (onmouseover)',
        'row 2, Media Caption: kept as plain text; dropped <svg> and its content',
      ]),
    );
  });

  it('links in capitals or with spaces are normalised; relative and data: links lose their address', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(
        `1998,,,,,,,,,Links,"<a href=""HTTPS://Example.org/a b"">one</a> <a href=""MailTo:desk@example.org"">two</a> <a href=""/local"">three</a> <a href=""data:text/html,x"">four</a>",,,,,,,`,
      ),
    );
    expect(dataset.events[0]!.body).toEqual([
      [
        { text: 'one', href: 'https://example.org/a%20b' },
        { text: ' ' },
        { text: 'two', href: 'mailto:desk@example.org' },
        { text: ' three four' },
      ],
    ]);
    expect(where(warnings)).toContainEqual(
      expect.stringMatching(/a link with no absolute address.*a data: link/),
    );
  });

  it('a missing Year leaves the row out, and says which', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(',3,,,,,,,,No year,,,,,,,,', '1998,1,,,,,,,,January,,,,,,,,'),
    );
    expect(dataset.events.map((event) => event.title)).toEqual(['January']);
    expect(where(warnings)).toContain('row 2, Year: the year is missing; this slide is left out');
  });

  it('a month of 13 and a 30 February', () => {
    const { warnings } = fromTimelineJS(
      sheet(
        '1998,13,,,,,,,,Month 13,,,,,,,,',
        '1998,2,30,,,,,,,February 30,,,,,,,,',
        '1998,1,,,,,,,,Fine,,,,,,,,',
      ),
    );
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        'row 2, Month: "13" is not a month (1–12); this slide is left out',
        'row 3, Day: "30" is not a day of 1998-02 (1–28); this slide is left out',
      ]),
    );
  });

  it('an end before the start, a time of day and a display date', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet('1998,1,16,10:30,1997,,,,Friday prayers,Sermon,,,,,,,,'),
    );
    expect(dataset.events[0]!.date).toMatchObject({ edtf: '1998-01-16', label: 'Friday prayers' });
    expect(dataset.events[0]!.date.end).toBeUndefined();
    // Ending in the month it starts on a day of is a range.
    const month = fromTimelineJS(sheet('1998,1,16,,1998,1,,,,Sermon,,,,,,,,'));
    expect(month.dataset.events[0]!.date).toMatchObject({ edtf: '1998-01-16', end: '1998-01' });
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        'row 2, Time: the time of day is not kept: dates are days at most',
        'row 2, End Year: ends (1997) before it starts (1998-01-16); the end date is left out',
      ]),
    );
  });

  it('a time with a year or a month only is not kept either, and said so', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet('1998,,,9:00,,,,,,Year,,,,,,,,', '1998,1,,,1999,,,17:00,,Month,,,,,,,,'),
    );
    expect(dataset.events.map((event) => event.date.edtf)).toEqual(['1998', '1998-01']);
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        'row 2, Time: the time of day is not kept: dates are days at most',
        'row 3, End Time: the time of day is not kept: dates are days at most',
      ]),
    );
  });

  it("an era's text, media and group are not kept, and said so; a title's background too", () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(
        ',,,,,,,,,The story,,,,,,title,,#000',
        '1997,,,,1999,,,,,Reform years,<p>Khatami</p>,https://example.org/a.jpg,,,,era,Politics,',
        '1998,,,,,,,,,Event,,,,,,,,',
      ),
    );
    expect(dataset.eras).toEqual([
      { id: 'reform-years', title: 'Reform years', start: '1997', end: '1999' },
    ]);
    expect(where(warnings)).toEqual(
      expect.arrayContaining([
        "row 2, Background: the title slide's background is not kept",
        'row 3, Text: an era keeps its headline and dates only; not kept',
        'row 3, Media: an era keeps its headline and dates only; not kept',
        'row 3, Group: an era keeps its headline and dates only; not kept',
      ]),
    );
  });

  it("a range's two display dates are shown together; an end's alone is said to be dropped", () => {
    const slide = (start: object, end: object) => ({
      start_date: { year: 1997, ...start },
      end_date: { year: 1999, ...end },
      text: { headline: 'Reform' },
    });
    const { dataset, warnings } = fromTimelineJS({
      events: [
        slide({ display_date: 'Spring 1997' }, { display_date: 'Summer 1999' }),
        slide({}, { display_date: 'Summer 1999' }),
      ],
    });
    expect(dataset.events.map((event) => event.date.label)).toEqual([
      'Spring 1997 – Summer 1999',
      undefined,
    ]);
    expect(where(warnings)).toContain(
      'row 2, events[1].end_date.display_date: a display date for the end only is not kept: the dates are shown instead',
    );
  });

  it('an import without --date is dated today, and says so', () => {
    const { dataset, warnings } = fromTimelineJS(sheet('1998,,,,,,,,,A,,,,,,,,'));
    expect(dataset.article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(where(warnings)).toContainEqual(
      expect.stringMatching(/^row 0, date: TimelineJS3 does not say when the story was published/),
    );
  });

  it('relative and javascript: media are left out, with the column named', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet(
        '1998,,,,,,,,,Relative,,/photo.jpg,,,,,,',
        '1998,,,,,,,,,Script,,javascript:alert(1),,,,,,',
      ),
    );
    expect(dataset.events.map((event) => event.media)).toEqual([undefined, undefined]);
    expect(where(warnings).filter((text) => text.includes('Media:'))).toHaveLength(2);
  });

  it.each([
    ['an empty file', '', /The file is empty/],
    ['only whitespace', '  \n ', /The file is empty/],
    [
      'a CSV with the wrong columns',
      sample('js/core/__tests__/parser_test.csv'),
      /Line 1: the columns are not TimelineJS3's template \(missing Year, Headline, Text\)/,
    ],
    ['broken JSON', '{"events": [', /looks like JSON but is not/],
    ['JSON without events', '{"title": {}}', /"events" must be a list of slides, not missing/],
    [
      'events that are not a list',
      '{"events": {"a": 1}}',
      /"events" must be a list of slides, not object/,
    ],
    [
      'a timeline whose every row is unreadable',
      sheet(',,,,,,,,,No year,,,,,,,,'),
      /No slide could be read as an event: row 2, Year: the year is missing/,
    ],
    [
      'an unclosed quote',
      sheet('1998,,,,,,,,,"Open quote'),
      /neither JSON nor a CSV that can be read/,
    ],
  ])('%s is refused: %s', (_label, input, message) => {
    expect(() => fromTimelineJS(input)).toThrow(TimelineImportError);
    expect(() => fromTimelineJS(input)).toThrow(message);
  });

  it('a file over 5 MB is refused before parsing; one just under it imports', () => {
    const row = (n: number) =>
      `1998,1,1,,,,,,,Event ${n},"<p>${'Words of the day. '.repeat(20)}</p>",,,,,,,`;
    const rows: string[] = [];
    let size = 0;
    while (size < 4_900_000) {
      const next = row(rows.length);
      rows.push(next);
      size += next.length + 1;
    }
    const { dataset } = fromTimelineJS(sheet(...rows));
    expect(dataset.events).toHaveLength(rows.length);
    expect(() => fromTimelineJS(sheet(...rows, ...rows.slice(0, 1000)))).toThrow(
      /MB of text; the importer reads files up to 5 MB/,
    );
  });

  it('makes up no people and no quotes: a blockquote stays text, and the warning says so', () => {
    const { dataset, warnings } = fromTimelineJS(
      sheet('1998,,,,,,,,,Quoted,"<blockquote>We are ready.</blockquote>",,,,,,,'),
    );
    expect(dataset.people).toEqual([]);
    expect(dataset.quotes).toEqual([]);
    expect(dataset.events[0]!.body).toEqual([[{ text: 'We are ready.' }]]);
    expect(where(warnings)).toContainEqual(expect.stringMatching(/no quote is made/));
  });

  it('options that are not a date or a language are refused', () => {
    expect(() => fromTimelineJS(sheet('1998,,,,,,,,,A,,,,,,,,'), { date: 'yesterday' })).toThrow(
      /"yesterday" is not a date/,
    );
    for (const impossible of ['2026-02-30', '2026-13', '2026-00-10'])
      expect(() => fromTimelineJS(sheet('1998,,,,,,,,,A,,,,,,,,'), { date: impossible })).toThrow(
        `"${impossible}" is not a date`,
      );
    expect(() => fromTimelineJS(sheet('1998,,,,,,,,,A,,,,,,,,'), { language: 'English!' })).toThrow(
      /not a language tag/,
    );
    const { dataset } = fromTimelineJS(sheet('1998,,,,,,,,,A,,,,,,,,'), {
      publisher: 'Harbour News',
      language: 'fa',
      date: '2026-12-03',
    });
    expect(dataset.article).toMatchObject({
      publisher: 'Harbour News',
      language: 'fa',
      date: '2026-12-03',
    });
  });
});

describe('any mix of odd cells', () => {
  it('imports to a valid story with no executable markup, or is refused with a reason', () => {
    const pool = [
      ...['', ' ', '1998', '12', '31', '0', '-5', '10000', '2.5', 'abc', 'title', 'era', 'Era'],
      ...['<script>x</script>', '<b></b>', '  <i> </i> ', '<p>a</p><p>b</p>', '\u200f', 'خطبه'],
      ...['HTTPS://EX.ORG/A.PNG', 'https://', 'javascript:alert(1)', 'https://youtu.be/x'],
      ...[
        '<a href="javascript:x">y</a>',
        '<a href="HTTPS://EX.ORG">x</a>',
        '<a href="mailto:">m</a>',
        '<img src=x onerror=y>',
      ],
      ...['"q"', '1998-01-01', '#fff', 'mailto:'],
    ];
    // A fixed linear congruential sequence: the same 400 sheets on every run.
    let seed = 1;
    const pick = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
    for (let sheetNo = 0; sheetNo < 400; sheetNo++) {
      const rows = Array.from({ length: 1 + pick(4) }, () =>
        CSV_COLUMNS.map(() => quote(pool[pick(pool.length)]!)).join(','),
      );
      let result: ReturnType<typeof fromTimelineJS>;
      try {
        result = fromTimelineJS(sheet(...rows));
      } catch (error) {
        expect(error, rows.join('\n')).toBeInstanceOf(TimelineImportError);
        expect((error as Error).message).toMatch(
          /^No slide could be read as an event: (row \d|the timeline has no event slides \(only)/,
        );
        continue;
      }
      expect(validateDataset(result.dataset).ok).toBe(true);
      expect(strings(result.dataset).filter((value) => EXECUTABLE.test(value))).toEqual([]);
    }
  });
});

describe('ids', () => {
  it('are kebab-case, from date and headline, unique, and never empty', () => {
    const { dataset } = fromTimelineJS(
      sheet(
        '1998,1,16,,,,,,,The Sermon!,,,,,,,,',
        '1998,1,16,,,,,,,The Sermon!,,,,,,,,',
        '1998,,,,,,,,,خطبه,,,,,,,,',
      ),
    );
    expect(dataset.events.map((event: Dataset['events'][number]) => event.id)).toEqual([
      '1998-01-16-the-sermon',
      '1998-01-16-the-sermon-2',
      '1998',
    ]);
  });
});
