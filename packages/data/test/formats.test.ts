/**
 * The files the build publishes (dist/): each read back and checked the way its users will read it.
 * turbo runs the build before the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/index';
import { timelineJs } from '../scripts/formats/timelinejs';
import { DIST_DIR, SOURCE_FILE } from '../scripts/paths';

const read = (name: string) => readFileSync(`${DIST_DIR}${name}`, 'utf8');
const readJson = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;

describe('data.json and dataset.schema.json', () => {
  const schema = readJson('dataset.schema.json');
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

  it('data.json is the whole dataset and validates against the published schema', () => {
    const data = readJson('data.json');
    expect(data).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the published schema rejects broken data', () => {
    const data = structuredClone(dataset) as unknown as {
      events: { date: { edtf: string } }[];
      people: Record<string, unknown>[];
    };
    data.events[0]!.date.edtf = 'soon';
    data.people[0]!.unexpected = true;
    expect(validate(data)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/events/0/date/edtf', '/people/0']),
    );
  });
});

describe('CSV', () => {
  const table = (name: string) =>
    parse(read(`csv/${name}`), { columns: true, bom: false }) as Record<string, string>[];

  it('has one file per entity and per one-to-many part', () => {
    expect(readdirSync(`${DIST_DIR}csv`).sort()).toEqual(
      [
        'attribution',
        'citations',
        'events',
        'notes',
        'organizations',
        'participants',
        'people',
        'places',
        'quotes',
        'roles',
      ].map((n) => `${n}.csv`),
    );
  });

  it('round-trips quotes letter for letter: commas, quotation marks, ellipses, no-break spaces', () => {
    const rows = table('quotes.csv');
    expect(rows.map((r) => r.id)).toEqual(dataset.quotes.map((q) => q.id));
    rows.forEach((row, i) => {
      const quote = dataset.quotes[i]!;
      expect(row.text).toBe(quote.text);
      expect(row.fragment).toBe(String(quote.fragment));
      expect(row.event).toBe(quote.event);
    });
  });

  it('round-trips events, people, participants and citations', () => {
    expect(table('events.csv').map((r) => [r.id, r.date, r.cameo ?? ''])).toEqual(
      dataset.events.map((e) => [e.id, e.date.edtf, e.type.cameo ?? '']),
    );
    expect(table('people.csv').map((r) => [r.id, r.name, r.nameFa])).toEqual(
      dataset.people.map((p) => [p.id, p.name, p.nameFa ?? '']),
    );
    expect(table('participants.csv')).toHaveLength(
      dataset.events.reduce((n, e) => n + e.participants.length, 0),
    );
    const citations = table('citations.csv');
    const all = [
      ...dataset.people,
      ...dataset.organizations,
      ...dataset.places,
      ...dataset.events,
      ...dataset.quotes,
    ];
    expect(citations).toHaveLength(all.reduce((n, r) => n + r.sources.length, 0));
  });
});

describe('JSON-LD', () => {
  const document = readJson('dataset.jsonld');
  // Any attempt to fetch a remote context fails the test: the @context must be inline.
  const documentLoader = async (url: string) => {
    throw new Error(`JSON-LD tried to load ${url}`);
  };

  it('expands offline and holds schema.org Event, Person, Organization and Quotation nodes', async () => {
    const expanded = (await jsonld.expand(document, {
      documentLoader,
      base: 'urn:x-test:',
    })) as Record<string, unknown>[];
    const types = new Set(
      expanded.flatMap((node) => (node['@type'] as string[] | undefined) ?? []),
    );
    for (const type of [
      'Event',
      'Person',
      'Quotation',
      'NewsArticle',
      'GovernmentOrganization',
      'NewsMediaOrganization',
      'Place',
    ]) {
      expect(types, type).toContain(`https://schema.org/${type}`);
    }
    expect(
      expanded.filter((n) => (n['@type'] as string[]).includes('https://schema.org/Quotation')),
    ).toHaveLength(dataset.quotes.length);
  });

  it('gives nested attribution as an isBasedOn chain: the article’s quote <- the diary <- Khatami’s words', async () => {
    const expanded = (await jsonld.expand(document, {
      documentLoader,
      base: 'urn:x-test:',
    })) as Record<string, unknown>[];
    const node = expanded.find((n) => n['@id'] === 'urn:x-test:#khatami-us-ready-to-negotiate');
    const S = 'https://schema.org/';
    const diary = (node?.[`${S}isBasedOn`] as Record<string, unknown>[] | undefined)?.[0];
    expect(diary?.[`${S}genre`]).toEqual([{ '@value': 'diary' }]);
    expect(diary?.[`${S}creator`]).toEqual([{ '@id': 'urn:x-test:#akbar-hashemi-rafsanjani' }]);
    const spoken = (diary?.[`${S}isBasedOn`] as Record<string, unknown>[] | undefined)?.[0];
    expect(spoken?.['@type']).toEqual([`${S}Quotation`]);
    expect(spoken?.[`${S}creator`]).toEqual([{ '@id': 'urn:x-test:#mohammad-khatami' }]);
    expect(spoken?.[`${S}audience`]).toEqual([{ '@id': 'urn:x-test:#akbar-hashemi-rafsanjani' }]);
  });
});

describe('TimelineJS', () => {
  const timeline = readJson('timelinejs.json') as {
    title: { text: { headline: string; text: string } };
    events: {
      unique_id: string;
      start_date: { year: number; month?: number; day?: number; display_date: string };
      text: { headline: string; text: string };
    }[];
  };

  it('has a title slide and one slide per event in TimelineJS3’s format', () => {
    expect(timeline.title.text.headline).toBe(dataset.article.title);
    expect(timeline.events).toHaveLength(dataset.events.length);
    for (const slide of timeline.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      expect(slide.text.headline.length).toBeGreaterThan(0);
    }
  });

  it('keeps each date’s precision and says how sure it is', () => {
    const interview = timeline.events.find((e) => e.unique_id === '1997-12-cnn-interview');
    expect(interview?.start_date).toEqual({
      year: 1997,
      month: 12,
      day: 13,
      display_date: 'perhaps 13 December 1997',
    });
    const summit = timeline.events.find((e) => e.unique_id === '1997-12-islamic-summit');
    expect(summit?.start_date).toEqual({ year: 1997, month: 12, display_date: 'December 1997' });
  });

  it('escapes the data it puts into TimelineJS’s HTML', () => {
    const hostile = structuredClone(dataset);
    hostile.events[0]!.title = '<img src=x onerror=alert(1)>';
    hostile.quotes[0]!.text = '"quoted" & <b>bold</b>';
    const slide = timelineJs(hostile).events[0]!;
    expect(slide.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(
      timelineJs(hostile)
        .events.map((e) => e.text.text)
        .join(''),
    ).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(JSON.stringify(timeline)).not.toMatch(/<(?!\/?(p|blockquote|small)>)/);
  });
});

describe('source maps', () => {
  it('point at the package’s own source files', () => {
    const maps = readdirSync(DIST_DIR).filter((name) => name.endsWith('.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const name of maps) {
      const { sources } = readJson(name) as { sources: string[] };
      for (const source of sources)
        expect(existsSync(join(DIST_DIR, source)), `${name}: ${source}`).toBe(true);
    }
  });
});

describe('source.txt', () => {
  it('is the package’s canonical copy of the article', () => {
    expect(read('source.txt')).toBe(readFileSync(SOURCE_FILE, 'utf8'));
  });
});
