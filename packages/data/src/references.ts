import type { Dataset, Translations } from './schema';

/** A problem found in a dataset, at a dot path such as `events.3.participants.0.person`. */
export interface DatasetIssue {
  path: string;
  message: string;
}

/**
 * True when an EDTF end comes before its start: compared at the end's own precision (a range may
 * end in the month it starts on a day of), qualifiers set aside.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = start.replace(/[?~%]$/, '');
  const to = end.replace(/[?~%]$/, '');
  return to < from.slice(0, to.length);
}

type Kind = 'person' | 'organization' | 'place' | 'event' | 'quote' | 'source';

/**
 * Every reference between records must name an existing record of the right kind, and every
 * participant, speaker and attribution link must name exactly one actor; no two records share an id;
 * a date range and an era must not end before they start; a translation translates only text fields
 * the record has. Shared by
 * `validateDataset` and the build's `references-resolve` lint rule.
 */
export function checkReferences(dataset: Dataset): DatasetIssue[] {
  const ids: Record<Kind, Set<string>> = {
    person: new Set(dataset.people.map((r) => r.id)),
    organization: new Set(dataset.organizations.map((r) => r.id)),
    place: new Set(dataset.places.map((r) => r.id)),
    event: new Set(dataset.events.map((r) => r.id)),
    quote: new Set(dataset.quotes.map((r) => r.id)),
    source: new Set(dataset.sources.map((r) => r.id)),
  };
  const issues: DatasetIssue[] = [];
  const expect = (kind: Kind, id: string | undefined, path: string) => {
    if (id !== undefined && !ids[kind].has(id)) {
      issues.push({ path, message: `${JSON.stringify(id)} is not the id of any ${kind}` });
    }
  };
  const oneActor = (
    value: { person?: string; organization?: string; group?: string },
    path: string,
  ) => {
    const named = [value.person, value.organization, value.group].filter(
      (x) => x !== undefined,
    ).length;
    if (named !== 1) {
      issues.push({
        path,
        message: `must name exactly one of person, organization or group (names ${named})`,
      });
    }
  };
  const citations = (list: readonly { source: string }[] | undefined, path: string) =>
    list?.forEach((citation, i) => expect('source', citation.source, `${path}.${i}.source`));

  expect('source', dataset.article.id, 'article.id');
  dataset.sources.forEach((source, i) => {
    expect('person', source.author, `sources.${i}.author`);
    citations(source.citedIn, `sources.${i}.citedIn`);
  });
  dataset.people.forEach((person, i) => {
    citations(person.sources, `people.${i}.sources`);
    person.roles.forEach((role, j) =>
      expect('organization', role.organization, `people.${i}.roles.${j}.organization`),
    );
  });
  dataset.organizations.forEach((organization, i) => {
    citations(organization.sources, `organizations.${i}.sources`);
    expect('place', organization.basedIn, `organizations.${i}.basedIn`);
  });
  dataset.places.forEach((place, i) => {
    citations(place.sources, `places.${i}.sources`);
    expect('place', place.within, `places.${i}.within`);
    expect('person', place.person, `places.${i}.person`);
  });
  // One id names one record, across collections (the article shares its source's id).
  const seen = new Set<string>();
  const collections = {
    sources: dataset.sources,
    people: dataset.people,
    organizations: dataset.organizations,
    places: dataset.places,
    events: dataset.events,
    quotes: dataset.quotes,
    eras: dataset.eras ?? [],
  };
  for (const [name, records] of Object.entries(collections))
    records.forEach(({ id }, i) => {
      if (seen.has(id))
        issues.push({
          path: `${name}.${i}.id`,
          message: `${JSON.stringify(id)} is already the id of another record`,
        });
      seen.add(id);
    });
  const range = (start: string, end: string | undefined, path: string) => {
    if (end !== undefined && endsBeforeStart(start, end))
      issues.push({ path, message: `ends (${end}) before it starts (${start})` });
  };
  dataset.eras?.forEach((era, i) => range(era.start, era.end, `eras.${i}.end`));
  dataset.events.forEach((event, i) => {
    const at = `events.${i}`;
    range(event.date.edtf, event.date.end, `${at}.date.end`);
    citations(event.sources, `${at}.sources`);
    expect('place', event.place, `${at}.place`);
    if (event.date.basis.kind === 'derived')
      expect('event', event.date.basis.anchor, `${at}.date.basis.anchor`);
    expect('event', event.date.placed?.after, `${at}.date.placed.after`);
    expect('event', event.date.placed?.before, `${at}.date.placed.before`);
    event.participants.forEach((participant, j) => {
      oneActor(participant, `${at}.participants.${j}`);
      expect('person', participant.person, `${at}.participants.${j}.person`);
      expect('organization', participant.organization, `${at}.participants.${j}.organization`);
    });
    event.quotes.forEach((quote, j) => expect('quote', quote, `${at}.quotes.${j}`));
  });
  dataset.quotes.forEach((quote, i) => {
    const at = `quotes.${i}`;
    citations(quote.sources, `${at}.sources`);
    oneActor(quote.speaker, `${at}.speaker`);
    expect('person', quote.speaker.person, `${at}.speaker.person`);
    expect('event', quote.event, `${at}.event`);
    expect('quote', quote.partOf, `${at}.partOf`);
    quote.attribution.forEach((link, j) => {
      oneActor(link, `${at}.attribution.${j}`);
      if (link.parallel && j === 0)
        issues.push({
          path: `${at}.attribution.0.parallel`,
          message: 'the first link has no link before it to run parallel to',
        });
      expect('person', link.person, `${at}.attribution.${j}.person`);
      expect('organization', link.organization, `${at}.attribution.${j}.organization`);
      expect('person', link.to, `${at}.attribution.${j}.to`);
      expect('source', link.source, `${at}.attribution.${j}.source`);
    });
  });
  // A translation key that names no text would be shown nowhere, or over the wrong text.
  const translated = { article: [dataset.article], ...collections };
  for (const [name, records] of Object.entries(translated))
    records.forEach((record, i) => {
      for (const [lang, key, message] of translationKeyProblems(record))
        issues.push({
          path: `${name === 'article' ? name : `${name}.${i}`}.translations.${lang}.fields.${key}`,
          message,
        });
    });
  return issues;
}

/**
 * The fields a translation may translate: display text, never ids, dates, citations or the
 * verbatim excerpts that prove them. Keys are dot paths; `N` is an index.
 */
export const TRANSLATABLE_FIELDS =
  /^(title|summary|name|shortName|text|context|group|roles\.\d+\.title|participants\.\d+\.group|speaker\.group|attribution\.\d+\.group|type\.label|date\.label|body\.\d+\.\d+\.text|media\.(caption|credit)|notes\.\d+\.note)$/;

/**
 * What is wrong with a record's translation keys: each must be the dot path of a translatable
 * text field the record has (see TRANSLATABLE_FIELDS). Returns `[language, key, message]`.
 */
export function translationKeyProblems(
  record: object & { translations?: Translations },
): Array<[lang: string, key: string, message: string]> {
  return Object.entries(record.translations ?? {}).flatMap(([lang, translation]) =>
    Object.keys(translation.fields).flatMap((key): Array<[string, string, string]> => {
      if (!TRANSLATABLE_FIELDS.test(key))
        return [[lang, key, 'is not a text field, and cannot be translated']];
      // The value at the dot path (kept apart from ./translate, so validate.js shares no chunk with
      // the root entry that a widget's page would then have to fetch).
      const value = key
        .split('.')
        .reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], record);
      if (typeof value !== 'string') return [[lang, key, 'names no text of this record']];
      return [];
    }),
  );
}
