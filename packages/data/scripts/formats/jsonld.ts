/**
 * schema.org JSON-LD: NewsArticle, Person, Organization, Place, Event and Quotation nodes in one
 * @graph. A quotation passed on by others (Khatami -> Rafsanjani's diary -> the article) becomes
 * an `isBasedOn` chain, newest first. Record ids become fragment identifiers (`#mohammad-khatami`),
 * resolved against wherever the file is served. The @context is inline: nothing is fetched.
 */
import type { Dataset, Event, Organization, Quote } from '../../src/schema';

type Node = Record<string, unknown>;

export const JSONLD_CONTEXT = { '@vocab': 'https://schema.org/' } as const;

const ref = (id: string | undefined) => (id === undefined ? undefined : { '@id': `#${id}` });

/** schema.org dates take ISO 8601 reduced precision (1997, 1997-12); the EDTF qualifier is dropped. */
const isoDate = (edtf: string | undefined) => edtf?.replace(/[?~%]$/, '');

const ORGANIZATION_TYPES: Record<Organization['kind'], string> = {
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
};

function compact<T extends Node>(node: T): T {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

function eventNode(event: Event): Node {
  const by = (roles: string[]) => event.participants.filter((p) => roles.includes(p.role)).map((p) => ref(p.person ?? p.organization) ?? { '@type': 'Audience', name: p.group });
  return compact({
    '@id': `#${event.id}`,
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: isoDate(event.date.edtf),
    location: ref(event.place),
    organizer: by(['host']),
    performer: by(['speaker', 'author']),
    attendee: by(['visitor', 'recipient', 'attendee', 'guest', 'adviser', 'intermediary', 'sender', 'broadcaster', 'critic']),
    about: by(['subject']),
    identifier: `edtf:${event.date.edtf}`,
  });
}

/** The attribution chain as nested works, from the article's quotation back to the first words. */
function quotationNode(quote: Quote, articleId: string): Node {
  const links = quote.attribution;
  const speaker = quote.speaker.person ? ref(quote.speaker.person) : { '@type': 'Audience', name: quote.speaker.group };
  let basedOn: Node | undefined;
  // Every link but the last (the article itself) is an earlier work the next one draws on.
  links.slice(0, -1).forEach((link, step) => {
    basedOn = compact({
      '@type': step === 0 ? 'Quotation' : 'CreativeWork',
      genre: link.medium,
      creator: ref(link.person ?? link.organization) ?? (link.group ? { '@type': 'Audience', name: link.group } : undefined),
      audience: ref(link.to),
      isPartOf: ref(link.source),
      dateCreated: isoDate(link.date),
      isBasedOn: basedOn,
    });
  });
  return compact({
    '@id': `#${quote.id}`,
    '@type': 'Quotation',
    text: quote.text,
    creator: speaker,
    recordedAt: ref(quote.event),
    isPartOf: ref(quote.partOf) ?? ref(articleId),
    dateCreated: isoDate(quote.spoken),
    isBasedOn: basedOn,
    citation: quote.sources.map((c) => `¶${c.paragraph}`),
  });
}

export function jsonLd(dataset: Dataset): Node {
  const { article } = dataset;
  const graph: Node[] = [
    compact({
      '@id': `#${article.id}`,
      '@type': 'NewsArticle',
      headline: article.title,
      publisher: { '@type': 'NewsMediaOrganization', name: article.publisher },
      datePublished: article.date,
      inLanguage: article.language,
    }),
    ...dataset.sources
      .filter((s) => s.id !== article.id)
      .map((s) => compact({ '@id': `#${s.id}`, '@type': 'CreativeWork', name: s.title, genre: s.kind, author: ref(s.author), dateCreated: isoDate(s.date) })),
    ...dataset.people.map((p) =>
      compact({
        '@id': `#${p.id}`,
        '@type': 'Person',
        name: p.name,
        alternateName: [...p.aliases, ...(p.nameFa ? [{ '@value': p.nameFa, '@language': 'fa' }] : [])],
        jobTitle: p.roles.map((r) => r.phrase),
        affiliation: p.roles.map((r) => ref(r.organization)).filter(Boolean),
      }),
    ),
    ...dataset.organizations.map((o) =>
      compact({
        '@id': `#${o.id}`,
        '@type': ORGANIZATION_TYPES[o.kind],
        name: o.name,
        alternateName: [...o.aliases, ...(o.nameFa ? [{ '@value': o.nameFa, '@language': 'fa' }] : [])],
        location: ref(o.basedIn),
      }),
    ),
    ...dataset.places.map((p) =>
      compact({
        '@id': `#${p.id}`,
        '@type': 'Place',
        name: p.name,
        alternateName: [...p.aliases, ...(p.nameFa ? [{ '@value': p.nameFa, '@language': 'fa' }] : [])],
        containedInPlace: ref(p.within),
      }),
    ),
    ...dataset.events.map(eventNode),
    ...dataset.quotes.map((q) => quotationNode(q, article.id)),
  ];
  return { '@context': JSONLD_CONTEXT, '@graph': graph };
}
