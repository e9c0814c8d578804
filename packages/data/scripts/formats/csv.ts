/**
 * One CSV per entity, plus the one-to-many parts (participants, roles, attribution links,
 * citations, notes, translations) as their own tables, so the data opens in a spreadsheet, R or
 * pandas.
 * Lists inside a cell are joined with " | ". UTF-8 without a byte-order mark; `excel/` holds the
 * same tables with one (and CRLF line ends), because Excel reads a CSV without it in the
 * computer's legacy code page and garbles the Persian names.
 */
import { stringify } from 'csv-stringify/sync';
import { FORMULA_START } from '../lint/rules/no-spreadsheet-formulas';
import type { Dataset, EditorialNote, Citation, Translations } from '../../src/schema';

type Row = Record<string, string | number | boolean | undefined>;

const list = (values: readonly string[] | undefined) => (values ?? []).join(' | ');

interface Table {
  rows: Row[];
  columns: string[];
}

function table(rows: Row[], columns: string[]): Table {
  return { rows, columns };
}

function stringifyTable({ rows, columns }: Table, excel = false): string {
  return stringify(rows, {
    header: true,
    columns,
    cast: {
      boolean: (value) => String(value),
      // In the copies for Excel, a cell a spreadsheet would run as a formula is text: a leading '.
      ...(excel && {
        string: (value: string) => (FORMULA_START.test(value) ? `'${value}` : value),
      }),
    },
    // The Excel variant: a UTF-8 byte-order mark and CRLF record ends (RFC 4180).
    ...(excel && { bom: true, record_delimiter: 'windows' as const }),
  });
}

export function csvFiles(dataset: Dataset): Map<string, string> {
  const files = new Map<string, Table>();
  const citations: Row[] = [];
  const notes: Row[] = [];
  const translations: Row[] = [];
  files.set(
    'article.csv',
    table(
      [
        (translate('article', dataset.article),
        (({ id, title, publisher, date, language }) => ({ id, title, publisher, date, language }))(
          dataset.article,
        )),
      ],
      ['id', 'title', 'publisher', 'date', 'language'],
    ),
  );
  /**
   * A row per translated field, beside the record's own text: the translation is ours, never the
   * original (for a quote, never the speaker's own words). Its notes go to notes.csv.
   */
  function translate(
    collection: string,
    record: { id: string; translations?: Translations } & object,
  ): void {
    for (const [lang, translation] of Object.entries(record.translations ?? {})) {
      for (const [field, text] of Object.entries(translation.fields)) {
        let original: unknown = record;
        for (const key of field.split('.')) original = (original as Record<string, unknown>)[key];
        translations.push({
          collection,
          record: record.id,
          field,
          lang,
          by: translation.by,
          from: translation.from,
          original: original as string,
          translation: text,
        });
      }
      translation.notes?.forEach((n) =>
        notes.push({
          collection,
          record: record.id,
          field: `translations.${lang}.fields.${n.field ?? ''}`,
          kind: n.kind,
          note: n.note,
        }),
      );
    }
  }
  const collect = (
    collection: string,
    record: {
      id: string;
      sources: Citation[];
      notes?: EditorialNote[];
      translations?: Translations;
    },
  ) => {
    translate(collection, record);
    record.sources.forEach((c) =>
      citations.push({
        collection,
        record: record.id,
        paragraph: c.paragraph,
        excerpt: c.excerpt,
        source: c.source,
      }),
    );
    record.notes?.forEach((n) =>
      notes.push({ collection, record: record.id, field: n.field, kind: n.kind, note: n.note }),
    );
  };

  files.set(
    'sources.csv',
    table(
      dataset.sources.map((s) => {
        translate('sources', s);
        s.citedIn?.forEach((c) =>
          citations.push({
            collection: 'sources',
            record: s.id,
            paragraph: c.paragraph,
            excerpt: c.excerpt,
            source: c.source,
          }),
        );
        return {
          id: s.id,
          kind: s.kind,
          title: s.title,
          author: s.author,
          publisher: s.publisher,
          date: s.date,
        };
      }),
      ['id', 'kind', 'title', 'author', 'publisher', 'date'],
    ),
  );
  files.set(
    'people.csv',
    table(
      dataset.people.map(
        (p) => (
          collect('people', p),
          {
            id: p.id,
            name: p.name,
            nameFa: p.nameFa,
            shortName: p.shortName,
            background: p.background,
            aliases: list(p.aliases),
            roles: list(p.roles.map((r) => r.phrase)),
          }
        ),
      ),
      ['id', 'name', 'nameFa', 'shortName', 'background', 'aliases', 'roles'],
    ),
  );
  files.set(
    'roles.csv',
    table(
      dataset.people.flatMap((p) =>
        p.roles.map((r) => ({
          person: p.id,
          title: r.title,
          organization: r.organization,
          when: r.when,
          phrase: r.phrase,
        })),
      ),
      ['person', 'title', 'organization', 'when', 'phrase'],
    ),
  );
  files.set(
    'organizations.csv',
    table(
      dataset.organizations.map(
        (o) => (
          collect('organizations', o),
          {
            id: o.id,
            name: o.name,
            nameFa: o.nameFa,
            kind: o.kind,
            basedIn: o.basedIn,
            background: o.background,
            aliases: list(o.aliases),
          }
        ),
      ),
      ['id', 'name', 'nameFa', 'kind', 'basedIn', 'background', 'aliases'],
    ),
  );
  files.set(
    'places.csv',
    table(
      dataset.places.map(
        (p) => (
          collect('places', p),
          {
            id: p.id,
            name: p.name,
            nameFa: p.nameFa,
            within: p.within,
            person: p.person,
            background: p.background,
            aliases: list(p.aliases),
          }
        ),
      ),
      ['id', 'name', 'nameFa', 'within', 'person', 'background', 'aliases'],
    ),
  );
  files.set(
    'events.csv',
    table(
      dataset.events.map((e) => {
        collect('events', e);
        const basis = e.date.basis;
        return {
          id: e.id,
          date: e.date.edtf,
          precision: e.date.precision,
          certainty: e.date.certainty,
          dateBasis: basis.kind,
          datePhrase: basis.phrase,
          dateAnchor: basis.kind === 'derived' ? basis.anchor : undefined,
          dateOffset: basis.kind === 'derived' ? JSON.stringify(basis.offset) : undefined,
          placedAfter: e.date.placed?.after,
          placedBefore: e.date.placed?.before,
          title: e.title,
          summary: e.summary,
          place: e.place,
          cameo: e.type.cameo,
          typeLabel: e.type.label,
          quotes: list(e.quotes),
        };
      }),
      [
        'id',
        'date',
        'precision',
        'certainty',
        'dateBasis',
        'datePhrase',
        'dateAnchor',
        'dateOffset',
        'placedAfter',
        'placedBefore',
        'title',
        'summary',
        'place',
        'cameo',
        'typeLabel',
        'quotes',
      ],
    ),
  );
  files.set(
    'participants.csv',
    table(
      dataset.events.flatMap((e) =>
        e.participants.map((p) => ({
          event: e.id,
          person: p.person,
          organization: p.organization,
          group: p.group,
          role: p.role,
        })),
      ),
      ['event', 'person', 'organization', 'group', 'role'],
    ),
  );
  files.set(
    'quotes.csv',
    table(
      dataset.quotes.map(
        (q) => (
          collect('quotes', q),
          {
            id: q.id,
            text: q.text,
            fragment: q.fragment,
            speakerPerson: q.speaker.person,
            speakerGroup: q.speaker.group,
            event: q.event,
            spoken: q.spoken,
            recorded: q.recorded,
            partOf: q.partOf,
            context: q.context,
          }
        ),
      ),
      [
        'id',
        'text',
        'fragment',
        'speakerPerson',
        'speakerGroup',
        'event',
        'spoken',
        'recorded',
        'partOf',
        'context',
      ],
    ),
  );
  files.set(
    'attribution.csv',
    table(
      dataset.quotes.flatMap((q) =>
        q.attribution.map((l, step) => ({
          quote: q.id,
          step: step + 1,
          act: l.act,
          person: l.person,
          organization: l.organization,
          group: l.group,
          to: l.to,
          medium: l.medium,
          source: l.source,
          date: l.date,
          parallel: l.parallel,
        })),
      ),
      [
        'quote',
        'step',
        'act',
        'person',
        'organization',
        'group',
        'to',
        'medium',
        'source',
        'date',
        'parallel',
      ],
    ),
  );
  files.set(
    'citations.csv',
    table(citations, ['collection', 'record', 'paragraph', 'excerpt', 'source']),
  );
  files.set('notes.csv', table(notes, ['collection', 'record', 'field', 'kind', 'note']));
  files.set(
    'translations.csv',
    table(translations, [
      'collection',
      'record',
      'field',
      'lang',
      'by',
      'from',
      'original',
      'translation',
    ]),
  );
  return new Map(
    [...files].flatMap(([name, t]) => [
      [name, stringifyTable(t)],
      [`excel/${name}`, stringifyTable(t, true)],
    ]),
  );
}
