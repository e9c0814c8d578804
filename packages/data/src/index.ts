/**
 * @iranwire/rapprochement-data: every event, person, organization, place and quote in IranWire's
 * article of 9 December 2022, each citing the paragraph it comes from.
 */
import { dataset } from './generated/dataset';
import type {
  EventId,
  OrganizationId,
  PersonId,
  PlaceId,
  QuoteId,
  SourceId,
} from './generated/ids';
import { indexDataset } from './index-dataset';
import type { Article, Event, Organization, Person, Place, Quote, Source } from './schema';

export type {
  Dataset,
  Article,
  Source,
  Person,
  Organization,
  Place,
  Event,
  Quote,
  Citation,
  EditorialNote,
  Role,
  Participant,
  AttributionLink,
  Speaker,
  EventDate,
  DateBasis,
  Offset,
  EventType,
  Paragraph,
  TextRun,
  Media,
  Era,
  Translation,
  Translations,
} from './schema';
export type {
  EventId,
  OrganizationId,
  PersonId,
  PlaceId,
  QuoteId,
  SourceId,
} from './generated/ids';
export {
  eventIds,
  organizationIds,
  personIds,
  placeIds,
  quoteIds,
  sourceIds,
} from './generated/ids';
export { indexDataset, sortByDate, type DatasetIndex } from './index-dataset';
export {
  parseEdtf,
  compareEdtf,
  isWithin,
  isEdtf,
  addOffset,
  type ParsedEdtf,
  type CalendarDay,
  type DateOffset,
  type EdtfPrecision,
  type EdtfCertainty,
} from './edtf';
export { formatDate, type FormatDateOptions } from './format-date';
export {
  localizedName,
  localizedText,
  quoteTranslationNotice,
  translationOf,
  type LocalizedText,
} from './translate';

export { dataset };
/** The source article's metadata. */
export const article: Readonly<Article> = dataset.article;
/** The records, in the article's order. */
export const sources: readonly Source[] = dataset.sources;
export const people: readonly Person[] = dataset.people;
export const organizations: readonly Organization[] = dataset.organizations;
export const places: readonly Place[] = dataset.places;
export const events: readonly Event[] = dataset.events;
export const quotes: readonly Quote[] = dataset.quotes;

/**
 * A lookup typed by the dataset's ids: a literal that is not a known id is a compile error
 * (`getPerson('mohamad-khatami')`), a known literal returns the record, and a `string` known only
 * at run time (an HTML attribute) is accepted and may return `undefined`.
 */
export type Lookup<Id extends string, Record> = <const T extends string>(
  id: T & (string extends T ? string : Id),
) => T extends Id ? Record : Record | undefined;

// Pure and wrapped in functions, so a bundle that uses none of the lookups drops the index (the
// web components' script-tag build indexes its own records).
const index = /* @__PURE__ */ indexDataset(dataset);

export const getPerson = ((id: string) => index.getPerson(id)) as Lookup<PersonId, Person>;
export const getOrganization = ((id: string) => index.getOrganization(id)) as Lookup<
  OrganizationId,
  Organization
>;
export const getPlace = ((id: string) => index.getPlace(id)) as Lookup<PlaceId, Place>;
export const getEvent = ((id: string) => index.getEvent(id)) as Lookup<EventId, Event>;
export const getQuote = ((id: string) => index.getQuote(id)) as Lookup<QuoteId, Quote>;
export const getSource = ((id: string) => index.getSource(id)) as Lookup<SourceId, Source>;

/** Quotes whose speaker is the person, in the article's order. */
export const quotesBy = (personId: PersonId | (string & {})): Quote[] => index.quotesBy(personId);
/** Events the person takes part in, speaks at, or passes words on from, in the article's order. */
export const eventsInvolving = (personId: PersonId | (string & {})): Event[] =>
  index.eventsInvolving(personId);
/** Quotes that belong to the event, in the article's order. */
export const quotesOf = (eventId: EventId | (string & {})): Quote[] => index.quotesOf(eventId);
/**
 * Events in date order: the built-in events, or the ones given. An uncertain or approximate date
 * sorts by its earliest bound; ties keep the article's order.
 */
export const timeline = (list?: readonly Event[]): Event[] => index.timeline(list);
