/**
 * schema.org JSON-LD: NewsArticle, Person, Organization, Place, Event and Quotation nodes in one
 * @graph, typed with schema-dts. A quotation passed on by others (Khatami -> Rafsanjani's diary ->
 * the article) becomes an `isBasedOn` chain, newest first. Record ids become fragment identifiers
 * (`#mohammad-khatami`), resolved against wherever the file is served. The @context is inline:
 * nothing is fetched.
 */
import type {
  CreativeWork,
  Event as LdEvent,
  Graph,
  IdReference,
  NewsArticle,
  Organization as LdOrganization,
  Person as LdPerson,
  Place as LdPlace,
  Quotation,
} from 'schema-dts';
import type { AttributionLink, Dataset, Event, Organization, Quote } from '../../src/schema';

type Id = IdReference;

function ref(id: string): Id;
function ref(id: string | undefined): Id | undefined;
function ref(id: string | undefined): Id | undefined {
  return id === undefined ? undefined : { '@id': `#${id}` };
}

/** An unnamed group in the article's words ("a number of politicians"): schema.org wants a Person or Organization here. */
const group = (name: string): LdOrganization => ({
  '@type': 'Organization',
  name,
  description: 'An unnamed group, in the article’s words.',
});

/** schema.org dates take ISO 8601 reduced precision (1997, 1997-12); the EDTF qualifier is dropped. */
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

function eventNode(event: Event): LdEvent {
  const by = (roles: string[]) =>
    event.participants
      .filter((p) => roles.includes(p.role))
      .map((p) => ref(p.person ?? p.organization) ?? group(p.group ?? ''));
  return compact({
    '@id': `#${event.id}`,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: isoDate(event.date.edtf),
    identifier: `edtf:${event.date.edtf}`,
    location: ref(event.place),
    organizer: by(['host']),
    performer: by(['speaker', 'author', 'actor']),
    attendee: by([
      'visitor',
      'guest',
      'recipient',
      'attendee',
      'adviser',
      'intermediary',
      'sender',
      'broadcaster',
      'critic',
      'opponent',
    ]),
    about: by(['subject']),
  } satisfies LdEvent);
}

/** One earlier link of an attribution chain as a work: the spoken words, then each written record. */
function linkNode(
  link: AttributionLink,
  first: boolean,
  basedOn: CreativeWork | undefined,
): CreativeWork {
  const creator =
    ref(link.person ?? link.organization) ?? (link.group ? group(link.group) : undefined);
  return compact({
    '@type': first ? 'Quotation' : 'CreativeWork',
    genre: link.medium,
    creator,
    audience: ref(link.to),
    isPartOf: ref(link.source),
    dateCreated: isoDate(link.date),
    isBasedOn: basedOn,
  } satisfies CreativeWork);
}

function quotationNode(quote: Quote, articleId: string): Quotation {
  // Every link but the last (the article itself) is an earlier work the next one draws on.
  const basedOn = quote.attribution
    .slice(0, -1)
    .reduce<CreativeWork | undefined>(
      (inner, link, step) => linkNode(link, step === 0, inner),
      undefined,
    );
  return compact({
    '@id': `#${quote.id}`,
    '@type': 'Quotation',
    text: quote.text,
    creator: ref(quote.speaker.person) ?? group(quote.speaker.group ?? ''),
    recordedAt: ref(quote.event),
    isPartOf: ref(quote.partOf ?? articleId),
    dateCreated: isoDate(quote.spoken),
    isBasedOn: basedOn,
    citation: quote.sources.map((c) => `¶${c.paragraph}`),
  } satisfies Quotation);
}

export function jsonLd(dataset: Dataset): Graph {
  const { article } = dataset;
  const nodes = [
    compact({
      '@id': `#${article.id}`,
      '@type': 'NewsArticle',
      headline: article.title,
      publisher: { '@type': 'NewsMediaOrganization', name: article.publisher },
      datePublished: article.date,
      inLanguage: article.language,
    } satisfies NewsArticle),
    ...dataset.sources
      .filter((s) => s.id !== article.id)
      .map((s) =>
        compact({
          '@id': `#${s.id}`,
          '@type': 'CreativeWork',
          name: s.title,
          genre: s.kind,
          author: ref(s.author),
          dateCreated: isoDate(s.date),
        } satisfies CreativeWork),
      ),
    ...dataset.people.map((p) =>
      compact({
        '@id': `#${p.id}`,
        '@type': 'Person',
        name: p.name,
        alternateName: names(p.aliases, p.nameFa),
        jobTitle: p.roles.map((r) => r.phrase),
        affiliation: p.roles.flatMap((r) => (r.organization ? [ref(r.organization)] : [])),
      } satisfies LdPerson),
    ),
    ...dataset.organizations.map(
      (o) =>
        compact({
          '@id': `#${o.id}`,
          '@type': ORGANIZATION_TYPES[o.kind],
          name: o.name,
          alternateName: names(o.aliases, o.nameFa),
          location: ref(o.basedIn),
        }) as LdOrganization,
    ),
    ...dataset.places.map((p) =>
      compact({
        '@id': `#${p.id}`,
        '@type': 'Place',
        name: p.name,
        alternateName: names(p.aliases, p.nameFa),
        containedInPlace: ref(p.within),
      } satisfies LdPlace),
    ),
    ...dataset.events.map(eventNode),
    ...dataset.quotes.map((q) => quotationNode(q, article.id)),
  ];
  // schema-dts types @context as the remote schema.org context; an inline @vocab says the same
  // without a fetch when the document is expanded.
  const context = { '@vocab': 'https://schema.org/' } as unknown as 'https://schema.org';
  return { '@context': context, '@graph': nodes };
}
