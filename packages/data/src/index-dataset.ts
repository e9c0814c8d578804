import { compareEdtf } from './edtf';
import type { Dataset, Event, Organization, Person, Place, Quote, Source } from './schema';

/** Lookups, relations and the timeline over one dataset. */
export interface DatasetIndex {
  readonly dataset: Dataset;
  getPerson(id: string): Person | undefined;
  getOrganization(id: string): Organization | undefined;
  getPlace(id: string): Place | undefined;
  getEvent(id: string): Event | undefined;
  getQuote(id: string): Quote | undefined;
  getSource(id: string): Source | undefined;
  /** Quotes whose speaker is the person, in the article's order. */
  quotesBy(personId: string): Quote[];
  /** Events the person takes part in, speaks at, or passes words on from, in the article's order. */
  eventsInvolving(personId: string): Event[];
  /** Quotes that belong to the event, in the article's order. */
  quotesOf(eventId: string): Quote[];
  /** Events in date order (see {@link timeline}). */
  timeline(events?: readonly Event[]): Event[];
}

/**
 * Events in date order. An uncertain or approximate date sorts by its earliest bound (a month by
 * its first day); events with the same bounds keep their input order, which for the dataset is
 * the article's order.
 */
export function sortByDate(events: readonly Event[]): Event[] {
  // Array.prototype.sort is stable, so ties keep the input order.
  return [...events].sort((a, b) => compareEdtf(a.date.edtf, b.date.edtf));
}

function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}

/** Builds the lookups and relations for any dataset, such as a newsroom's own. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const people = byId(dataset.people);
  const organizations = byId(dataset.organizations);
  const places = byId(dataset.places);
  const events = byId(dataset.events);
  const quotes = byId(dataset.quotes);
  const sources = byId(dataset.sources);

  const involves = (event: Event, personId: string): boolean =>
    event.participants.some((participant) => participant.person === personId) ||
    dataset.quotes.some(
      (quote) =>
        quote.event === event.id &&
        (quote.speaker.person === personId ||
          quote.attribution.some((link) => link.person === personId || link.to === personId)),
    );

  return {
    dataset,
    getPerson: (id) => people.get(id),
    getOrganization: (id) => organizations.get(id),
    getPlace: (id) => places.get(id),
    getEvent: (id) => events.get(id),
    getQuote: (id) => quotes.get(id),
    getSource: (id) => sources.get(id),
    quotesBy: (personId) => dataset.quotes.filter((quote) => quote.speaker.person === personId),
    eventsInvolving: (personId) => dataset.events.filter((event) => involves(event, personId)),
    quotesOf: (eventId) => dataset.quotes.filter((quote) => quote.event === eventId),
    timeline: (list = dataset.events) => sortByDate(list),
  };
}
