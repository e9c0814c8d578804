/**
 * schema.org JSON-LD: NewsArticle, Person, Organization, Place, Event and Quotation nodes in one
 * @graph, typed with schema-dts. The @context is inline: nothing is fetched.
 *
 * - Every node, the small ones included (participant roles, attribution links, excerpts, notes,
 *   unnamed groups), has an absolute IRI under {@link BASE_IRI}: `…#mohammad-khatami`,
 *   `…#1997-12-cnn-interview/participant/3`.
 * - Participants keep their roles: each is a schema.org `Role` with `roleName` under the property
 *   that fits it best (organizer, performer, attendee, contributor, about; see ROLE_PROPERTY).
 * - A quotation passed on by others (Khatami -> Rafsanjani's diary -> the article) becomes an
 *   `isBasedOn` chain, newest first; two sources side by side (`parallel`) are two `isBasedOn`
 *   works that both draw on the same earlier link. A listener is a Message's `recipient`, never an
 *   `audience`.
 * - Each record's citations are `subjectOf` excerpts (text, paragraph as `position`, `isPartOf`
 *   the article) and its editorial notes `subjectOf` Comments (`genre` the kind, `iw:field`).
 * - Every dated node carries its EDTF (`iw:edtf`) and `iw:dateCertainty` beside the schema.org
 *   date, which takes ISO 8601 reduced precision only.
 * - A quotation says whether it is a short fragment (`iw:fragment`) and gives the article's sentence
 *   it stands in (`iw:context`); an event gives its type (`iw:eventType`, `iw:cameo`).
 * - Translated text is language-tagged: a title, summary, name or role title is a list of strings,
 *   one per language (`{ "@value": …, "@language": "fa" }`). A translated quotation is never given as
 *   the speaker's words: it is a work of its own (`…#id/translation/fa`), the `workTranslation` of
 *   the quotation, made by the dataset's editors (`translator`), part of the translation
 *   (`…#translation/fa`), which is a `translationOfWork` of the dataset's source text.
 */
import type {
  Comment,
  CreativeWork,
  Event as LdEvent,
  Graph,
  IdReference,
  NewsArticle,
  Organization as LdOrganization,
  Person as LdPerson,
  Place as LdPlace,
  Quotation,
  Role,
} from 'schema-dts';
import { parseEdtf } from '../../src/edtf';
import type {
  AttributionLink,
  Citation,
  Dataset,
  EditorialNote,
  Event,
  Organization,
  Participant,
  Quote,
  Translations,
} from '../../src/schema';

/**
 * The dataset's own IRI space: a tag URI (RFC 4151) minted under IranWire's domain, so that ids are
 * absolute and stable without claiming a web address that does not exist.
 */
export const BASE_IRI = 'tag:iranwire.com,2022-12-09:rapprochement-data';
/** Terms schema.org has no word for: the EDTF date, its certainty, and the field a note is about. */
export const VOCAB_IRI = `${BASE_IRI}:vocab#`;

export const iri = (id: string) => `${BASE_IRI}#${id}`;

type Id = IdReference;
function ref(id: string): Id;
function ref(id: string | undefined): Id | undefined;
function ref(id: string | undefined): Id | undefined {
  return id === undefined ? undefined : { '@id': iri(id) };
}

/** The editors who translated the dataset's text: the translator of every translation. */
const EDITORS = { '@id': iri('editors'), '@type': 'Organization', name: 'The dataset’s editors' };

/** A string tagged with its language, as JSON-LD writes it. */
const tagged = (value: string, language: string) =>
  ({ '@value': value, '@language': language }) as unknown as string;

/**
 * A record's text at `key` with its translations, each tagged with its language; the record's own
 * text alone, untagged as before, when it has none.
 */
function localized(
  record: { translations?: Translations },
  key: string,
  text: string,
  language: string,
): string | string[] {
  const translated = Object.entries(record.translations ?? {}).flatMap(([lang, translation]) =>
    translation.fields[key] === undefined ? [] : [tagged(translation.fields[key]!, lang)],
  );
  return translated.length ? [tagged(text, language), ...translated] : text;
}

/** Node fields outside schema.org, expanded through the inline context's `iw:` terms. */
interface Extra {
  'iw:edtf'?: string;
  'iw:dateCertainty'?: string;
  'iw:field'?: string;
  'iw:fragment'?: boolean;
  'iw:context'?: string;
  'iw:eventType'?: string;
  'iw:cameo'?: string;
}

/** An unnamed group in the article's words ("a number of politicians"): schema.org wants a Person or Organization here. */
const group = (name: string): LdOrganization => ({
  '@id': iri(`group/${encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'))}`),
  '@type': 'Organization',
  name,
  description: 'An unnamed group, in the article’s words.',
});

const actor = (value: { person?: string; organization?: string; group?: string }) =>
  ref(value.person ?? value.organization) ?? group(value.group ?? '');

/** schema.org dates take ISO 8601 reduced precision (1997, 1997-12); the EDTF and its certainty go beside it. */
function dated(edtf: string | undefined): Extra {
  if (edtf === undefined) return {};
  return { 'iw:edtf': edtf, 'iw:dateCertainty': parseEdtf(edtf).certainty };
}
const isoDate = (edtf: string | undefined) => edtf?.replace(/[?~%]$/, '');

const ORGANIZATION_TYPES = {
  government: 'GovernmentOrganization',
  council: 'GovernmentOrganization',
  ministry: 'GovernmentOrganization',
  office: 'GovernmentOrganization',
  'diplomatic-mission': 'GovernmentOrganization',
  broadcaster: 'NewsMediaOrganization',
  newspaper: 'NewsMediaOrganization',
  'news-site': 'NewsMediaOrganization',
  company: 'Corporation',
  faction: 'Organization',
} as const satisfies Record<Organization['kind'], string>;

/**
 * The schema.org property a participant's Role hangs from. The role itself is always in
 * `roleName`; the property is the nearest schema.org has. Critics and opponents are contributors,
 * not attendees; the mentioned are what the event is about.
 */
export const ROLE_PROPERTY = {
  host: 'organizer',
  speaker: 'performer',
  author: 'performer',
  actor: 'performer',
  sender: 'performer',
  visitor: 'attendee',
  guest: 'attendee',
  attendee: 'attendee',
  recipient: 'attendee',
  adviser: 'contributor',
  intermediary: 'contributor',
  broadcaster: 'contributor',
  critic: 'contributor',
  opponent: 'contributor',
  subject: 'about',
  mentioned: 'about',
} as const satisfies Record<Participant['role'], string>;

/** Drops undefined values and empty lists, so the output carries only what the data says. */
function compact<T extends object>(node: T): T {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

const names = (aliases: string[], nameFa: string | undefined) => [
  ...aliases,
  ...(nameFa ? [{ '@value': nameFa, '@language': 'fa' } as unknown as string] : []),
];

/** A record's citations (verbatim excerpts) and editorial notes, as works about it. */
function provenance(
  id: string,
  citations: readonly Citation[] | undefined,
  notes: readonly EditorialNote[] | undefined,
): (CreativeWork | Comment)[] {
  return [
    ...(citations ?? []).map((c, i) =>
      compact({
        '@id': `${iri(id)}/source/${i}`,
        '@type': 'CreativeWork',
        text: c.excerpt,
        isPartOf: ref(c.source),
        position: c.paragraph,
      } satisfies CreativeWork),
    ),
    ...(notes ?? []).map((n, i) =>
      compact({
        '@id': `${iri(id)}/note/${i}`,
        '@type': 'Comment',
        text: n.note,
        genre: n.kind,
        'iw:field': n.field,
      } as Comment & Extra),
    ),
  ];
}

function eventNode(event: Event, language: string): LdEvent {
  const by = (property: string) =>
    event.participants.flatMap((p, j) =>
      ROLE_PROPERTY[p.role] === property
        ? [
            {
              '@id': `${iri(event.id)}/participant/${j}`,
              '@type': 'Role',
              roleName: p.role,
              [property]: actor(p),
            } as unknown as Role,
          ]
        : [],
    );
  return compact({
    '@id': iri(event.id),
    '@type': 'Event',
    name: localized(event, 'title', event.title, language),
    description: localized(event, 'summary', event.summary, language),
    startDate: isoDate(event.date.edtf),
    ...dated(event.date.edtf),
    'iw:eventType': event.type.label,
    'iw:cameo': event.type.cameo,
    location: ref(event.place),
    organizer: by('organizer'),
    performer: by('performer'),
    attendee: by('attendee'),
    contributor: by('contributor'),
    about: by('about'),
    subjectOf: provenance(event.id, event.sources, event.notes),
  } as LdEvent & Extra) as LdEvent;
}

/** One earlier link of an attribution chain as a work: the spoken words, then each written record. */
function linkNode(quote: Quote, step: number, basedOn: CreativeWork[]): CreativeWork & Extra {
  const link: AttributionLink = quote.attribution[step]!;
  const message = link.to !== undefined;
  const types = [...(step === 0 ? ['Quotation'] : []), ...(message ? ['Message'] : [])];
  return compact({
    '@id': `${iri(quote.id)}/attribution/${step}`,
    '@type': types.length === 0 ? 'CreativeWork' : types.length === 1 ? types[0] : types,
    genre: link.medium === 'unstated' ? undefined : link.medium,
    creator: actor(link),
    // The listener of words told: a Message's recipient (schema.org's `audience` is an Audience).
    sender: message ? actor(link) : undefined,
    recipient: ref(link.to),
    isPartOf: ref(link.source),
    dateCreated: isoDate(link.date),
    ...dated(link.date),
    isBasedOn: basedOn,
  } as unknown as CreativeWork & Extra);
}

/**
 * The works the article's quotation is based on. Links are grouped into steps: a link and the
 * `parallel` links after it are one step, and each work of a step is based on every work of the
 * step before. The last link (the article) is the quotation node itself.
 */
function chainOf(quote: Quote): CreativeWork[] {
  const earlier = quote.attribution.slice(0, -1);
  const steps: number[][] = [];
  earlier.forEach((link, i) => {
    if (link.parallel && steps.length > 0) steps[steps.length - 1]!.push(i);
    else steps.push([i]);
  });
  return steps.reduce<CreativeWork[]>(
    (inner, step) => step.map((i) => linkNode(quote, i, inner)),
    [],
  );
}

/**
 * A quotation's translations, each its own work: ours, of the article's words, never the speaker's.
 * The quotation lists them as `workTranslation`.
 */
function translationNodes(quote: Quote): CreativeWork[] {
  return Object.entries(quote.translations ?? {}).flatMap(([lang, translation]) =>
    translation.fields.text === undefined
      ? []
      : [
          compact({
            '@id': `${iri(quote.id)}/translation/${lang}`,
            '@type': 'CreativeWork',
            text: tagged(translation.fields.text, lang),
            'iw:context':
              translation.fields.context === undefined
                ? undefined
                : tagged(translation.fields.context, lang),
            inLanguage: lang,
            translationOfWork: ref(quote.id),
            translator: { '@id': EDITORS['@id'] },
            isPartOf: { '@id': iri(`translation/${lang}`) },
            description:
              'The dataset editors’ translation of the article’s English words; not the speaker’s own words.',
          } as unknown as CreativeWork),
        ],
  );
}

function quotationNode(quote: Quote, articleId: string): Quotation {
  return compact({
    '@id': iri(quote.id),
    '@type': 'Quotation',
    text: quote.text,
    // A short quoted phrase ("incorrect") and the article's sentence it stands in.
    'iw:fragment': quote.fragment,
    'iw:context': quote.context,
    creator: actor(quote.speaker),
    recordedAt: ref(quote.event),
    isPartOf: ref(quote.partOf ?? articleId),
    dateCreated: isoDate(quote.spoken),
    ...dated(quote.spoken),
    isBasedOn: chainOf(quote),
    workTranslation: Object.keys(quote.translations ?? {}).map((lang) => ({
      '@id': `${iri(quote.id)}/translation/${lang}`,
    })),
    subjectOf: provenance(quote.id, quote.sources, quote.notes),
  } as Quotation & Extra) as Quotation;
}

export function jsonLd(dataset: Dataset): Graph {
  const { article } = dataset;
  const language = article.language;
  const languages = [
    ...new Set(
      [dataset.article, ...dataset.people, ...dataset.events, ...dataset.quotes].flatMap((r) =>
        Object.keys(r.translations ?? {}),
      ),
    ),
  ];
  const nodes = [
    compact({
      '@id': iri(article.id),
      '@type': 'NewsArticle',
      headline: localized(article, 'title', article.title, language),
      publisher:
        ref(dataset.organizations.find((o) => o.name === article.publisher)?.id) ??
        ({
          '@id': iri('publisher'),
          '@type': 'NewsMediaOrganization',
          name: article.publisher,
        } as LdOrganization),
      datePublished: article.date,
      ...dated(article.date),
      inLanguage: article.language,
    } as NewsArticle & Extra) as NewsArticle,
    ...dataset.sources
      .filter((s) => s.id !== article.id)
      .map(
        (s) =>
          compact({
            '@id': iri(s.id),
            '@type': 'CreativeWork',
            name: localized(s, 'title', s.title, language),
            genre: s.kind,
            author: ref(s.author),
            publisher: s.publisher,
            dateCreated: isoDate(s.date),
            ...dated(s.date),
            subjectOf: provenance(s.id, s.citedIn, undefined),
          } as CreativeWork & Extra) as CreativeWork,
      ),
    ...dataset.people.map((p) =>
      compact({
        '@id': iri(p.id),
        '@type': 'Person',
        name: localized(p, 'name', p.name, language),
        alternateName: [
          ...names(p.aliases, p.nameFa),
          ...[localized(p, 'shortName', p.shortName ?? '', language)]
            .flat()
            .filter((name) => typeof name !== 'string'),
        ],
        jobTitle: p.roles.map((r) => r.phrase),
        hasOccupation: p.roles.map((r, i) => ({
          '@id': `${iri(p.id)}/role/${i}`,
          '@type': 'Occupation',
          name: localized(p, `roles.${i}.title`, r.title, language),
        })),
        affiliation: p.roles.flatMap((r) => (r.organization ? [ref(r.organization)] : [])),
        subjectOf: provenance(p.id, p.sources, p.notes),
      } satisfies LdPerson),
    ),
    ...dataset.organizations.map(
      (o) =>
        compact({
          '@id': iri(o.id),
          '@type': ORGANIZATION_TYPES[o.kind],
          name: localized(o, 'name', o.name, language),
          alternateName: names(o.aliases, o.nameFa),
          location: ref(o.basedIn),
          subjectOf: provenance(o.id, o.sources, o.notes),
        }) as LdOrganization,
    ),
    ...dataset.places.map((p) =>
      compact({
        '@id': iri(p.id),
        '@type': 'Place',
        name: p.name,
        alternateName: names(p.aliases, p.nameFa),
        containedInPlace: ref(p.within),
        subjectOf: provenance(p.id, p.sources, p.notes),
      } satisfies LdPlace),
    ),
    ...dataset.events.map((e) => eventNode(e, language)),
    ...dataset.quotes.map((q) => quotationNode(q, article.id)),
    ...dataset.quotes.flatMap(translationNodes),
    ...(languages.length ? [EDITORS as unknown as LdOrganization] : []),
    // Each language's translation as a whole: the editors', of the article's text.
    ...languages.map(
      (lang) =>
        ({
          '@id': iri(`translation/${lang}`),
          '@type': 'CreativeWork',
          inLanguage: lang,
          translator: { '@id': EDITORS['@id'] },
          translationOfWork: ref(article.id),
          description:
            'Editorial translations of the dataset’s text by its editors: titles, summaries, names, role titles, and the article’s quotations, translated from its English.',
        }) as unknown as CreativeWork,
    ),
  ];
  // schema-dts types @context as the remote schema.org context; an inline @vocab says the same
  // without a fetch when the document is expanded.
  const context = {
    '@vocab': 'https://schema.org/',
    iw: VOCAB_IRI,
  } as unknown as 'https://schema.org';
  return { '@context': context, '@graph': nodes };
}
