/**
 * The files the build publishes (dist/): each read back and checked the way its users will read it.
 * turbo runs the build before the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '../src/index';
import { parseEdtf } from '../src/edtf';
import { BASE_IRI, iri, ROLE_PROPERTY } from '../scripts/formats/jsonld';
import { timelineJs } from '../scripts/formats/timelinejs';
import { csvFiles } from '../scripts/formats/csv';
import { DIST_DIR, SOURCE_FILE } from '../scripts/paths';

const read = (name: string) => readFileSync(`${DIST_DIR}${name}`, 'utf8');
const readJson = (name: string) => JSON.parse(read(name)) as Record<string, unknown>;
/** The data's text as the TimelineJS export escapes it for HTML. */
const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

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
  const NAMES = [
    'article',
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
    'sources',
    'translations',
  ].map((n) => `${n}.csv`);

  it('has one file per entity and per one-to-many part, and the same again for Excel', () => {
    expect(
      readdirSync(`${DIST_DIR}csv`)
        .filter((n) => n.endsWith('.csv'))
        .sort(),
    ).toEqual(NAMES);
    expect(readdirSync(`${DIST_DIR}csv/excel`).sort()).toEqual(NAMES);
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
    expect(table('people.csv').map((r) => [r.id, r.name, r.nameFa, r.shortName])).toEqual(
      dataset.people.map((p) => [p.id, p.name, p.nameFa ?? '', p.shortName ?? '']),
    );
    expect(table('participants.csv')).toHaveLength(
      dataset.events.reduce((n, e) => n + e.participants.length, 0),
    );
  });

  it('has every citation, the sources’ own included', () => {
    const citations = table('citations.csv');
    const all = [
      ...dataset.people,
      ...dataset.organizations,
      ...dataset.places,
      ...dataset.events,
      ...dataset.quotes,
    ];
    const citedIn = dataset.sources.reduce((n, s) => n + (s.citedIn?.length ?? 0), 0);
    expect(citedIn).toBeGreaterThan(0);
    expect(citations).toHaveLength(all.reduce((n, r) => n + r.sources.length, 0) + citedIn);
    expect(citations.filter((c) => c.collection === 'sources')).toHaveLength(citedIn);
  });

  it('has a sources table and the article, so every id in attribution.csv resolves', () => {
    const sources = new Set(table('sources.csv').map((r) => r.id));
    expect([...sources]).toEqual(dataset.sources.map((s) => s.id));
    expect(table('article.csv')).toEqual([
      expect.objectContaining({ id: dataset.article.id, language: dataset.article.language }),
    ]);
    expect(sources).toContain(dataset.article.id);
    const people = new Set(table('people.csv').map((r) => r.id));
    const organizations = new Set(table('organizations.csv').map((r) => r.id));
    for (const row of table('attribution.csv')) {
      if (row.source) expect(sources, row.quote).toContain(row.source);
      if (row.person) expect(people, row.quote).toContain(row.person);
      if (row.to) expect(people, row.quote).toContain(row.to);
      if (row.organization) expect(organizations, row.quote).toContain(row.organization);
    }
    const parallel = table('attribution.csv').filter((r) => r.parallel === 'true');
    expect(parallel.map((r) => [r.quote, r.person])).toEqual([
      ['besharati-friday-will-be-cold', 'nategh-nouri'],
    ]);
  });

  it('has every translation in its own table, beside the text it translates, marked as the editors’', () => {
    const rows = table('translations.csv');
    const records = [
      ['article', [dataset.article]],
      ['sources', dataset.sources],
      ['people', dataset.people],
      ['organizations', dataset.organizations],
      ['places', dataset.places],
      ['events', dataset.events],
      ['quotes', dataset.quotes],
    ] as const;
    const expected = records.flatMap(([collection, list]) =>
      (
        list as readonly { id: string; translations?: Dataset['article']['translations'] }[]
      ).flatMap((record) =>
        Object.entries(record.translations?.fa?.fields ?? {}).map(([field, translation]) => ({
          collection,
          record: record.id,
          field,
          lang: 'fa',
          by: 'editors',
          from: 'en',
          translation,
        })),
      ),
    );
    expect(rows.map(({ original: _original, ...row }) => row)).toEqual(expected);
    const quote = rows.find((r) => r.record === 'khamenei-wrong-to-think' && r.field === 'text')!;
    expect(quote.original).toBe(dataset.quotes.find((q) => q.id === quote.record)!.text);
    expect(quote.translation).toMatch(/قانون داماتو/);
    const role = rows.find((r) => r.record === 'ali-khamenei' && r.field === 'roles.0.title')!;
    expect(role).toMatchObject({
      original: 'Supreme Leader of the Islamic Republic',
      translation: 'رهبر جمهوری اسلامی',
    });
    // Translators' notes join the editorial notes, named by the translated field.
    expect(table('notes.csv')).toContainEqual(
      expect.objectContaining({
        record: 'khatami-remove-the-wall',
        field: 'translations.fa.fields.context',
        kind: 'slip',
      }),
    );
  });

  it('excel/ turns a cell a spreadsheet would run as a formula into text; the plain tables keep it', () => {
    const story = structuredClone(dataset);
    story.events[0]!.title = '=HYPERLINK("http://x.example","Click")';
    story.events[1]!.summary = '-2+3';
    const files = csvFiles(story);
    const excel = parse(files.get('excel/events.csv')!, { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    const plain = parse(files.get('events.csv')!, { columns: true }) as Record<string, string>[];
    expect(excel[0]!.title).toBe(`'${story.events[0]!.title}`);
    expect(excel[1]!.summary).toBe("'-2+3");
    expect(plain[0]!.title).toBe(story.events[0]!.title);
    expect(excel[2]!.title).toBe(story.events[2]!.title);
  });

  it('excel/ holds the same tables with a UTF-8 byte-order mark, so Excel reads the Persian', () => {
    for (const name of NAMES) {
      const plain = readFileSync(`${DIST_DIR}csv/${name}`);
      const excel = readFileSync(`${DIST_DIR}csv/excel/${name}`);
      expect([...plain.subarray(0, 3)], name).not.toEqual([0xef, 0xbb, 0xbf]);
      expect([...excel.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
      expect(parse(excel.toString('utf8'), { columns: true, bom: true }), name).toEqual(
        parse(plain.toString('utf8'), { columns: true }),
      );
    }
    expect(readFileSync(`${DIST_DIR}csv/excel/people.csv`, 'utf8')).toContain('محمد خاتمی');
    expect(readFileSync(`${DIST_DIR}csv/excel/translations.csv`, 'utf8')).toContain(
      'رهبر جمهوری اسلامی',
    );
  });
});

describe('JSON-LD', () => {
  const document = readJson('dataset.jsonld');
  // Any attempt to fetch a remote context fails the test: the @context must be inline.
  const documentLoader = async (url: string) => {
    throw new Error(`JSON-LD tried to load ${url}`);
  };
  const S = 'https://schema.org/';
  const IW = `${BASE_IRI}:vocab#`;
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

  interface Term {
    termType: string;
    value: string;
  }
  interface Triple {
    s: Term;
    p: string;
    o: Term;
  }
  let triples: Triple[] = [];
  beforeAll(async () => {
    // Expand without a base: every IRI must already be absolute, or it is dropped here.
    const quads = await jsonld.toRDF(document, { documentLoader });
    triples = quads.map((q) => ({ s: q.subject, p: q.predicate.value, o: q.object }));
  });
  const objects = (subject: string, predicate: string) =>
    triples.filter((t) => t.s.value === subject && t.p === predicate).map((t) => t.o.value);
  const typeOf = (subject: string) => objects(subject, RDF_TYPE);

  it('expands offline and holds schema.org Event, Person, Organization and Quotation nodes', async () => {
    const expanded = (await jsonld.expand(document, { documentLoader })) as Record<
      string,
      unknown
    >[];
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
      expect(types, type).toContain(`${S}${type}`);
    }
    expect(expanded.filter((n) => (n['@type'] as string[]).includes(`${S}Quotation`))).toHaveLength(
      dataset.quotes.length,
    );
  });

  it('tags translated titles, summaries, names and role titles with their language', () => {
    const literals = (subject: string, predicate: string) =>
      triples
        .filter((t) => t.s.value === subject && t.p === predicate)
        .map((t) => [t.o.value, (t.o as Term & { language?: string }).language]);
    const sermon = dataset.events.find((e) => e.id === '1998-01-16-friday-sermon')!;
    expect(literals(iri(sermon.id), `${S}name`).sort()).toEqual(
      [
        [sermon.title, 'en'],
        [sermon.translations!.fa!.fields.title, 'fa'],
      ].sort(),
    );
    expect(literals(iri(sermon.id), `${S}description`)).toContainEqual([
      sermon.translations!.fa!.fields.summary,
      'fa',
    ]);
    const office = `${iri('ali-khamenei')}/role/0`;
    expect(literals(office, `${S}name`)).toContainEqual(['رهبر جمهوری اسلامی', 'fa']);
    expect(literals(iri('secretary-of-state'), `${S}name`)).toContainEqual([
      'وزیر امور خارجه (نام و کشورش در گزارش نیامده)',
      'fa',
    ]);
  });

  it('gives a translated quotation as a work of its own by the editors, never as the speaker’s words', () => {
    for (const quote of dataset.quotes) {
      const node = iri(quote.id);
      const translation = `${node}/translation/fa`;
      // The quotation's text is the article's English only.
      expect(objects(node, `${S}text`), quote.id).toEqual([quote.text]);
      expect(objects(node, `${S}workTranslation`)).toEqual([translation]);
      expect(objects(translation, `${S}translationOfWork`)).toEqual([node]);
      expect(objects(translation, `${S}translator`)).toEqual([iri('editors')]);
      expect(objects(translation, `${S}inLanguage`)).toEqual(['fa']);
      expect(objects(translation, `${S}creator`)).toEqual([]);
      const text = triples.find((t) => t.s.value === translation && t.p === `${S}text`)!.o;
      expect([text.value, (text as Term & { language?: string }).language]).toEqual([
        quote.translations!.fa!.fields.text,
        'fa',
      ]);
    }
    expect(objects(`${BASE_IRI}#translation/fa`, `${S}translationOfWork`)).toEqual([
      iri(dataset.article.id),
    ]);
  });

  it('gives every node an absolute IRI: no blank nodes, nothing relative', () => {
    expect(triples.length).toBeGreaterThan(1000);
    for (const { s, o } of triples) {
      expect(s.termType, s.value).toBe('NamedNode');
      expect(s.value).toMatch(/^(tag|https?):/);
      if (o.termType !== 'Literal') expect(o.termType, o.value).toBe('NamedNode');
    }
    expect(typeOf(iri('mohammad-khatami'))).toEqual([`${S}Person`]);
  });

  it('keeps every participant’s role; critics and opponents are not attendees', () => {
    for (const event of dataset.events) {
      event.participants.forEach((participant, j) => {
        const role = `${iri(event.id)}/participant/${j}`;
        const property = `${S}${ROLE_PROPERTY[participant.role]}`;
        expect(objects(iri(event.id), property), `${event.id} ${j}`).toContain(role);
        expect(typeOf(role)).toEqual([`${S}Role`]);
        expect(objects(role, `${S}roleName`)).toEqual([participant.role]);
        const actor = objects(role, property);
        if (participant.person) expect(actor).toEqual([iri(participant.person)]);
        else if (participant.organization) expect(actor).toEqual([iri(participant.organization)]);
        else expect(objects(actor[0]!, `${S}name`)).toEqual([participant.group]);
      });
    }
    const attendees = triples.filter(
      (t) => t.p === `${S}attendee` && t.s.value.includes('/participant/') === false,
    );
    for (const { o } of attendees)
      expect(objects(o.value, `${S}roleName`)).not.toEqual(
        expect.arrayContaining([expect.stringMatching(/^(critic|opponent|mentioned)$/)]),
      );
    const election = iri('1997-khatami-wins-presidential-election');
    expect(objects(election, `${S}attendee`)).toEqual([]);
  });

  it('never makes a Person an audience; a listener is a Message’s recipient', () => {
    for (const t of triples.filter((x) => x.p === `${S}audience`))
      expect(typeOf(t.o.value)).not.toContain(`${S}Person`);
    const told = `${iri('khatami-us-ready-to-negotiate')}/attribution/0`;
    expect(typeOf(told).sort()).toEqual([`${S}Message`, `${S}Quotation`]);
    expect(objects(told, `${S}recipient`)).toEqual([iri('akbar-hashemi-rafsanjani')]);
    expect(objects(told, `${S}sender`)).toEqual([iri('mohammad-khatami')]);
  });

  it('gives nested attribution as an isBasedOn chain: the article’s quote <- the diary <- Khatami’s words', () => {
    const quote = iri('khatami-us-ready-to-negotiate');
    const [diary] = objects(quote, `${S}isBasedOn`);
    expect(objects(diary!, `${S}genre`)).toEqual(['diary']);
    expect(objects(diary!, `${S}creator`)).toEqual([iri('akbar-hashemi-rafsanjani')]);
    expect(objects(diary!, `${S}isBasedOn`)).toEqual([`${quote}/attribution/0`]);
  });

  it('gives two parallel sources as two works based on the same words', () => {
    const quote = iri('besharati-friday-will-be-cold');
    const told = `${quote}/attribution/0`;
    const based = objects(quote, `${S}isBasedOn`).sort();
    expect(based).toEqual([`${quote}/attribution/1`, `${quote}/attribution/2`]);
    for (const work of based) expect(objects(work, `${S}isBasedOn`)).toEqual([told]);
    expect(objects(`${quote}/attribution/2`, `${S}creator`)).toEqual([iri('nategh-nouri')]);
  });

  it('exports every citation’s excerpt and every editorial note', () => {
    const records = [
      ...dataset.people,
      ...dataset.organizations,
      ...dataset.places,
      ...dataset.events,
      ...dataset.quotes,
    ];
    for (const record of records) {
      const about = objects(iri(record.id), `${S}subjectOf`);
      record.sources.forEach((citation, i) => {
        const node = `${iri(record.id)}/source/${i}`;
        expect(about, record.id).toContain(node);
        expect(objects(node, `${S}text`)).toEqual([citation.excerpt]);
        expect(objects(node, `${S}position`)).toEqual([String(citation.paragraph)]);
        expect(objects(node, `${S}isPartOf`)).toEqual([iri(citation.source)]);
      });
      (record.notes ?? []).forEach((note, i) => {
        const node = `${iri(record.id)}/note/${i}`;
        expect(about, record.id).toContain(node);
        expect(typeOf(node)).toEqual([`${S}Comment`]);
        expect(objects(node, `${S}text`)).toEqual([note.note]);
        expect(objects(node, `${S}genre`)).toEqual([note.kind]);
        expect(objects(node, `${IW}field`)).toEqual(note.field ? [note.field] : []);
      });
    }
    for (const source of dataset.sources)
      (source.citedIn ?? []).forEach((_, i) =>
        expect(objects(iri(source.id), `${S}subjectOf`)).toContain(`${iri(source.id)}/source/${i}`),
      );
  });

  it('keeps fragments with their sentence, and each event’s type', () => {
    for (const quote of dataset.quotes) {
      expect(objects(iri(quote.id), `${IW}fragment`), quote.id).toEqual([String(quote.fragment)]);
      expect(objects(iri(quote.id), `${IW}context`), quote.id).toEqual(
        quote.context ? [quote.context] : [],
      );
    }
    for (const event of dataset.events) {
      expect(objects(iri(event.id), `${IW}eventType`)).toEqual([event.type.label]);
      expect(objects(iri(event.id), `${IW}cameo`)).toEqual(
        event.type.cameo ? [event.type.cameo] : [],
      );
    }
  });

  it('puts a date’s certainty on every dated node, quotes and attribution links included', () => {
    const dated: [string, string][] = [
      [iri(dataset.article.id), dataset.article.date],
      ...dataset.events.map((e): [string, string] => [iri(e.id), e.date.edtf]),
      ...dataset.quotes.flatMap((q): [string, string][] => [
        ...(q.spoken ? [[iri(q.id), q.spoken] as [string, string]] : []),
        ...q.attribution
          .slice(0, -1)
          .flatMap((l, j): [string, string][] =>
            l.date ? [[`${iri(q.id)}/attribution/${j}`, l.date]] : [],
          ),
      ]),
      ...dataset.sources
        .filter((s) => s.date && s.id !== dataset.article.id)
        .map((s): [string, string] => [iri(s.id), s.date!]),
    ];
    for (const [node, edtf] of dated) {
      expect(objects(node, `${IW}edtf`), node).toEqual([edtf]);
      expect(objects(node, `${IW}dateCertainty`), node).toEqual([parseEdtf(edtf).certainty]);
    }
    expect(objects(iri('khatami-civilized'), `${IW}dateCertainty`)).toEqual(['uncertain']);
    expect(objects(iri('rafsanjani-newspapers-insults'), `${IW}dateCertainty`)).toEqual([
      'approximate',
    ]);
  });
});

describe('TimelineJS', () => {
  const timeline = readJson('timelinejs.json') as {
    title: { text: { headline: string; text: string } };
    events: {
      unique_id: string;
      start_date: {
        year: number;
        month?: number;
        day?: number;
        hour?: number;
        display_date: string;
      };
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
    const standalone = hostile.quotes.find((q) => !q.fragment && !q.partOf)!;
    standalone.text = '"quoted" & <b>bold</b>';
    const slide = timelineJs(hostile).events[0]!;
    expect(slide.text.headline).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(
      timelineJs(hostile)
        .events.map((e) => e.text.text)
        .join(''),
    ).toContain('&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(JSON.stringify(timeline)).not.toMatch(/<(?!\/?(p|blockquote|small)>)/);
  });

  it('gives an imported story’s range, display date, group, media, text and eras back to TimelineJS', () => {
    const story = structuredClone(dataset);
    const event = story.events[0]!;
    event.date = { ...event.date, edtf: '1997-12', end: '1998-01-16', label: 'That <b>winter</b>' };
    event.group = 'Talks';
    event.body = [
      [{ text: 'Before ' }, { text: 'the <link>', href: 'https://example.org/?a=1&b="2"' }],
      [
        { text: 'said', em: true },
        { text: ' loudly', strong: true },
      ],
    ];
    event.media = {
      url: 'https://example.org/photo.jpg',
      kind: 'image',
      credit: 'A & B',
      caption: '<i>Tehran</i>',
      thumbnail: 'https://example.org/thumb.jpg',
    };
    story.eras = [{ id: 'winter', title: 'Winter <1998>', start: '1997-12', end: '1998-02' }];
    const exported = timelineJs(story);
    const slide = exported.events.find((e) => e.unique_id === event.id)!;
    expect(slide).toMatchObject({
      start_date: { year: 1997, month: 12 },
      end_date: { year: 1998, month: 1, day: 16 },
      display_date: 'That &lt;b&gt;winter&lt;/b&gt;',
      group: 'Talks',
      media: {
        url: 'https://example.org/photo.jpg',
        credit: 'A &amp; B',
        caption: '&lt;i&gt;Tehran&lt;/i&gt;',
        thumbnail: 'https://example.org/thumb.jpg',
      },
    });
    expect(slide.text.text).toMatch(
      /^<p>Before <a href="https:\/\/example\.org\/\?a=1&amp;b=&quot;2&quot;">the &lt;link&gt;<\/a><\/p><p><em>said<\/em><strong> loudly<\/strong><\/p>/,
    );
    expect(exported.eras).toEqual([
      {
        start_date: { year: 1997, month: 12, display_date: 'December 1997' },
        end_date: { year: 1998, month: 2, display_date: 'February 1998' },
        text: { headline: 'Winter &lt;1998&gt;', text: '' },
      },
    ]);
    // The built-in story has none of these, so its export does not change.
    expect('eras' in timeline).toBe(false);
    expect(timeline.events.some((e) => 'end_date' in e || 'media' in e || 'group' in e)).toBe(
      false,
    );
  });

  const slideText = (id: string) => timeline.events.find((e) => e.unique_id === id)!.text.text;
  const count = (text: string, part: string) => text.split(part).length - 1;

  it('prints no quote twice in a slide: a nested quote stays inside the one it is part of', () => {
    for (const event of dataset.events) {
      const text = slideText(event.id);
      for (const id of event.quotes) {
        const quote = dataset.quotes.find((q) => q.id === id)!;
        const shown = quote.fragment && quote.context ? quote.context : quote.text;
        expect(count(text, escape(shown)), `${event.id}: ${id}`).toBe(1);
      }
    }
    const sermon = slideText('1998-01-16-friday-sermon');
    expect(count(sermon, 'I prayed for both him')).toBe(1);
    expect(count(sermon, 'It is wrong to think')).toBe(1);
  });

  it('shows fragments in the article’s sentence, once per sentence', () => {
    const interview = slideText('1997-12-cnn-interview');
    expect(interview).toContain(
      escape(
        'He went on to say Americans were a “civilized” people and the formation of American civilization',
      ),
    );
    expect(count(interview, 'He went on to say')).toBe(1);
    expect(interview).not.toContain('<blockquote><p>incorrect</p></blockquote>');
    expect(interview).toContain('IranWire, quoting Mohammad Khatami');
  });

  it('names each paragraph once in a slide’s credit', () => {
    for (const slide of timeline.events) {
      const credit = /<small>([^<]*)<\/small>/.exec(slide.text.text)![1]!;
      const paragraphs = credit.match(/¶\d+/g)!;
      expect(new Set(paragraphs).size, slide.unique_id).toBe(paragraphs.length);
    }
    expect(slideText('1997-12-14-tehran-divided-over-interview')).toContain(
      '<small>IranWire, ¶8</small>',
    );
  });

  it('places a month where the story places it, not on its 1st before the dated days', () => {
    const at = (id: string) => timeline.events.find((e) => e.unique_id === id)!.start_date;
    const ms = (d: { year: number; month?: number; day?: number; hour?: number }) =>
      Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1, d.hour ?? 0);
    const besharati = at('1998-01-besharati-advises-khamenei');
    expect(besharati.display_date).toBe('January 1998');
    expect(ms(besharati)).toBeLessThan(ms(at('1998-01-16-friday-sermon')));
    expect(ms(besharati)).toBeGreaterThan(ms(at('1998-01-11-akhundi-visits-rafsanjani')));
    const aghaMohammadi = at('1998-01-agha-mohammadi-on-cnn-conditions');
    expect(ms(aghaMohammadi)).toBeGreaterThan(ms(at('1998-01-18-zanganeh-visits-rafsanjani')));
    expect(ms(aghaMohammadi)).toBeLessThan(ms(at('1998-01-20-khatami-speaks-against-relations')));
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
