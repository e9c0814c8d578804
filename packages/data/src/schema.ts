/**
 * The one schema of the dataset. The TypeScript types (`v.InferOutput`) and the published
 * `dataset.schema.json` both come from here. Written with valibot because the web components
 * validate custom data in the browser, where the whole `./validate` entry costs about 4 KB gzip.
 * See docs/decisions/0010-valibot-schema.md.
 */
import * as v from 'valibot';

/** Kebab-case, stable forever (web-features' id pattern). */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const Id = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be kebab-case: a-z, 0-9 and single hyphens'),
);

/** EDTF level 0/1 as the dataset uses it: a year, a month or a day, optionally `?`, `~` or `%`. */
export const EDTF_PATTERN = /^\d{4}(-\d{2}(-\d{2})?)?[?~%]?$/;
/** The days in each month of a year of the proleptic Gregorian calendar. */
const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** What is wrong with a date of the pattern: a month or a day the calendar lacks. */
function calendarProblem(value: string): string | undefined {
  if (!EDTF_PATTERN.test(value)) return undefined; // the pattern has said what is wrong
  const [year, month, day] = value
    .replace(/[?~%]$/, '')
    .split('-')
    .map(Number);
  if (month === undefined) return undefined;
  if (month < 1 || month > 12) return `${JSON.stringify(value)} has no month ${month}`;
  if (day !== undefined && (day < 1 || day > daysIn(year!, month)))
    return `${JSON.stringify(value)} has no day ${day}`;
  return undefined;
}

/**
 * A date the widgets can show: the pattern, and a day the calendar has, so that a month 13 or a
 * 30 February is refused at its path rather than thrown in a reader's browser. It agrees with the
 * widgets' own parser (`parseEdtf`): a test checks both on every month and day. Written out here
 * rather than imported, so that the `./validate` entry shares no module with the root one.
 */
export const Edtf = v.pipe(
  v.string(),
  v.regex(EDTF_PATTERN, 'must be an EDTF date such as 1998, 1997-12 or 1998-01-11~'),
  v.check(
    (value) => calendarProblem(value) === undefined,
    (issue) => `is not a date in the calendar: ${calendarProblem(issue.input as string)}`,
  ),
);

const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** A BCP 47 language tag: `en`, `fa`, `pt-BR`. */
export const LanguageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as en or fa'),
);

/** Where a record comes from: a paragraph of a source and a verbatim excerpt of it. */
export const Citation = v.strictObject({
  /** Id of an entry in `sources`. */
  source: Id,
  /** 1-based paragraph number: the non-empty blocks of the source text, dateline and title included. */
  paragraph: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** Copied letter for letter from that paragraph. */
  excerpt: Text,
});

/**
 * A note by the dataset's editors. `slip`: the article says something that is inconsistent
 * (kept as written). `addition`: a fact the editors supplied (Persian-script names).
 * `conversion`: a computed value (calendar conversion, date arithmetic).
 * `interpretation`: a reading of the text that another editor could make differently.
 */
export const EditorialNote = v.strictObject({
  kind: v.picklist(['slip', 'addition', 'conversion', 'interpretation']),
  /** The field the note is about, when it is about one. */
  field: v.optional(v.string()),
  note: Text,
});

/**
 * A translation of a record's text into one language, made by the dataset's editors. It stands beside
 * the record's own text and never replaces it: a quote's `text` stays IranWire's verbatim English,
 * and its Persian translation is ours, of that English, never the speaker's own words.
 * See docs/decisions/0013-translations-beside-the-record.md.
 */
export const Translation = v.strictObject({
  /** Who translated it: `editors`, the dataset's editors (an editorial translation). */
  by: v.literal('editors'),
  /** The language of the text it translates: the record's own text, in `article.language`. */
  from: LanguageTag,
  /**
   * The translated text of each field, keyed by the field's dot path in the record (`title`,
   * `roles.0.title`, `participants.2.group`): the key says exactly which text it translates.
   */
  fields: v.record(
    v.pipe(
      v.string(),
      v.regex(
        /^[a-zA-Z]+(\.(\d+|[a-zA-Z]+))*$/,
        'must be a dot path such as title or roles.0.title',
      ),
    ),
    Text,
  ),
  /** The translators' notes: a choice another translator could make differently, a date converted. */
  notes: v.optional(v.array(EditorialNote)),
});

/** Translations of a record, keyed by the language they are in (a JSON-LD language map). */
export const Translations = v.record(LanguageTag, Translation);

const recordBase = {
  id: Id,
  sources: v.pipe(v.array(Citation), v.minLength(1, 'must cite at least one paragraph')),
  notes: v.optional(v.array(EditorialNote)),
  translations: v.optional(Translations),
};

/** People, organizations and places: named in the article, linked from events, quotes or roles. */
const actorBase = {
  ...recordBase,
  /** English display name. */
  name: Text,
  /** Name in Persian script (an editorial addition; see `notes`). */
  nameFa: v.optional(Text),
  /** Every way the article names it, verbatim ("Hashemi Rafsanjani", "the Leader"). */
  aliases: v.array(Text),
  /**
   * Mentioned only as background (France's Total): no event or quote involves it. The `no-orphans`
   * lint accepts such a record only when it is marked so.
   */
  background: v.optional(v.literal(true)),
};

/** A role with its time qualifier relative to the story (winter 1997–98). */
export const Role = v.strictObject({
  title: Text,
  organization: v.optional(Id),
  /** `then`: at the time of the story; `former`: before it; `later`: after it. */
  when: v.picklist(['then', 'former', 'later']),
  /** The article's own words for the role, verbatim. */
  phrase: Text,
});

export const Person = v.strictObject({
  ...actorBase,
  /**
   * The short English name for filter chips and running text ("Khatami", "Besharati"): an editorial
   * display form, always the last word or words of `name` (the `short-name-from-name` lint checks
   * it). Unnamed people have none, and the full name is shown.
   */
  shortName: v.optional(Text),
  roles: v.array(Role),
});

export const Organization = v.strictObject({
  ...actorBase,
  kind: v.picklist([
    'government',
    'council',
    'broadcaster',
    'newspaper',
    'news-site',
    'diplomatic-mission',
    'company',
    'ministry',
    'faction',
    'office',
  ]),
  /** Id of the place it is based in, when the article says. */
  basedIn: v.optional(Id),
});

export const Place = v.strictObject({
  ...actorBase,
  /** The place it lies in, when the article says so. */
  within: v.optional(Id),
  /** The person it belongs to or is named after (Khomeini's tomb). */
  person: v.optional(Id),
});

/** An offset such as "one month and three days after". */
export const Offset = v.strictObject({
  years: v.optional(v.pipe(v.number(), v.integer())),
  months: v.optional(v.pipe(v.number(), v.integer())),
  days: v.optional(v.pipe(v.number(), v.integer())),
});

/** How the date is known. */
export const DateBasis = v.variant('kind', [
  /** The article gives the date. */
  v.strictObject({ kind: v.literal('stated'), phrase: Text }),
  /** Counted from another event's date by a relative phrase ("one week later"). */
  v.strictObject({ kind: v.literal('derived'), phrase: Text, anchor: Id, offset: Offset }),
  /** Only bounded: the text places it in a span without a day. */
  v.strictObject({ kind: v.literal('approximate'), phrase: Text }),
]);

/**
 * Where the story puts an event dated only to a month or a year among the events dated to the
 * day: after one, before one, or both. It orders the event (the TimelineJS export places it
 * there); it is not a date, and the `placement-within-date` lint checks that it fits the date.
 */
export const Placement = v.strictObject({
  after: v.optional(Id),
  before: v.optional(Id),
});

export const EventDate = v.strictObject({
  edtf: Edtf,
  precision: v.picklist(['year', 'month', 'day']),
  /** `approximate` (~), `uncertain` (?), `both` (%), or `certain`. */
  certainty: v.picklist(['certain', 'approximate', 'uncertain', 'both']),
  basis: DateBasis,
  /** For a month or year: where the story places the event among dated ones. */
  placed: v.optional(Placement),
  /** The end of a range (a TimelineJS3 "End Date"); its precision is its own. */
  end: v.optional(Edtf),
  /** Words shown instead of the formatted date (a TimelineJS3 "Display Date"). */
  label: v.optional(Text),
});

/** Who took part: a person, an organization, or an unnamed group in the article's words. */
export const Participant = v.strictObject({
  person: v.optional(Id),
  organization: v.optional(Id),
  group: v.optional(Text),
  role: v.picklist([
    'actor',
    'speaker',
    'host',
    'visitor',
    'guest',
    'recipient',
    'sender',
    'author',
    'attendee',
    'broadcaster',
    'intermediary',
    'adviser',
    'critic',
    'opponent',
    'subject',
    // Only named in the event (Lincoln in Khatami's interview): not a participant in it.
    'mentioned',
  ]),
});

/** An absolute http(s) URL; anything else (`javascript:`, a relative path) is refused. */
const HttpUrl = v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'must be an absolute http(s) URL'));

/**
 * One run of rich text: plain text, optionally emphasised, strong or linked. Imported stories keep
 * their paragraphs, links and emphasis this way; the widgets render runs as text, never as markup.
 */
export const TextRun = v.strictObject({
  text: Text,
  em: v.optional(v.literal(true)),
  strong: v.optional(v.literal(true)),
  href: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^(https?:\/\/\S+|mailto:\S+)$/, 'must be an absolute http(s) or mailto: URL'),
    ),
  ),
});

/** A paragraph: runs of text, in order. */
export const Paragraph = v.pipe(v.array(TextRun), v.minLength(1, 'must not be empty'));

/** An image, audio or video file, or a web page, with its credit and caption. */
export const Media = v.strictObject({
  url: HttpUrl,
  kind: v.picklist(['image', 'video', 'audio', 'link']),
  credit: v.optional(Text),
  caption: v.optional(Text),
  thumbnail: v.optional(HttpUrl),
});

/** A named span of time the timeline shows (a TimelineJS3 era). */
export const Era = v.strictObject({
  id: Id,
  title: Text,
  start: Edtf,
  end: Edtf,
});

/** What kind of event: a CAMEO code (as a string, e.g. "010") where one fits, and a label. */
export const EventType = v.strictObject({
  cameo: v.optional(v.pipe(v.string(), v.regex(/^\d{2,4}$/, 'must be a CAMEO code such as 010'))),
  label: Text,
});

export const Event = v.strictObject({
  ...recordBase,
  title: Text,
  summary: Text,
  date: EventDate,
  participants: v.array(Participant),
  place: v.optional(Id),
  type: EventType,
  /** Ids of the quotes spoken at this event; each of them names this event back. */
  quotes: v.array(Id),
  /** The event's text with its paragraphs, links and emphasis (imported stories); `summary` is its plain text. */
  body: v.optional(v.array(Paragraph)),
  media: v.optional(Media),
  /** A group the timeline can filter by (a TimelineJS3 "Group"). */
  group: v.optional(Text),
});

/** Who said a quote: a person, or an unnamed group in the article's words. */
export const Speaker = v.strictObject({
  person: v.optional(Id),
  group: v.optional(Text),
});

/** One link of an attribution chain, from the words spoken to the article that prints them. */
export const AttributionLink = v.strictObject({
  /** What happened to the words at this link. */
  act: v.picklist(['said', 'told', 'wrote', 'recorded', 'reported', 'quoted']),
  person: v.optional(Id),
  organization: v.optional(Id),
  group: v.optional(Text),
  /** The listener, for `told`. */
  to: v.optional(Id),
  medium: v.picklist([
    'interview',
    'broadcast',
    'conversation',
    'diary',
    'sermon',
    'speech',
    'message',
    'article',
    'newspaper',
    // The article does not say how (Nategh Nouri's account of Besharati's advice).
    'unstated',
  ]),
  /** The work the words are written in, an id in `sources` (the diary, the article). */
  source: v.optional(Id),
  date: v.optional(Edtf),
  /**
   * This link passes on the same words as the link before it, independently: both draw on the
   * link before them, neither on the other ("according to Rafsanjani's memoirs, and also as quoted
   * by Nategh Nouri"). Two sources report the words; they are not a chain.
   */
  parallel: v.optional(v.literal(true)),
});

export const Quote = v.strictObject({
  ...recordBase,
  /** Verbatim from the article, never corrected. */
  text: Text,
  /** A short quoted phrase rather than a full statement. */
  fragment: v.boolean(),
  /** For a fragment: the sentence of the article it stands in, verbatim. */
  context: v.optional(Text),
  speaker: Speaker,
  /** From the speaker to the article, in order. */
  attribution: v.pipe(v.array(AttributionLink), v.minLength(1)),
  /** When the words were first said (or written, for a diary). */
  spoken: v.optional(Edtf),
  /** When they were written down, when that is later (a diary entry about the day before). */
  recorded: v.optional(Edtf),
  /** The event the words were said at, or, for a diary entry, the event it records. */
  event: Id,
  /** The longer quotation this one is nested in (a remark quoted inside a diary entry). */
  partOf: v.optional(Id),
});

/** A work the dataset draws on: the article, or a work the article quotes (a diary, an interview). */
export const Source = v.strictObject({
  id: Id,
  kind: v.picklist(['article', 'diary', 'interview', 'sermon', 'speech', 'message']),
  title: Text,
  author: v.optional(Id),
  publisher: v.optional(Text),
  date: v.optional(Edtf),
  /** For a work the article quotes: the article paragraphs that quote it. */
  citedIn: v.optional(v.array(Citation)),
  translations: v.optional(Translations),
});

/** The source article's metadata. Its `id` is also its id in `sources`, which citations name. */
export const Article = v.strictObject({
  id: Id,
  title: Text,
  publisher: Text,
  date: Edtf,
  language: LanguageTag,
  translations: v.optional(Translations),
});

export const Dataset = v.strictObject({
  article: Article,
  sources: v.array(Source),
  people: v.array(Person),
  organizations: v.array(Organization),
  places: v.array(Place),
  events: v.array(Event),
  quotes: v.array(Quote),
  /** Spans of time the timeline shows (imported stories). */
  eras: v.optional(v.array(Era)),
});

export type Citation = v.InferOutput<typeof Citation>;
export type EditorialNote = v.InferOutput<typeof EditorialNote>;
export type Translation = v.InferOutput<typeof Translation>;
export type Translations = v.InferOutput<typeof Translations>;
export type Role = v.InferOutput<typeof Role>;
export type Person = v.InferOutput<typeof Person>;
export type Organization = v.InferOutput<typeof Organization>;
export type Place = v.InferOutput<typeof Place>;
export type Offset = v.InferOutput<typeof Offset>;
export type DateBasis = v.InferOutput<typeof DateBasis>;
export type Placement = v.InferOutput<typeof Placement>;
export type EventDate = v.InferOutput<typeof EventDate>;
export type Participant = v.InferOutput<typeof Participant>;
export type EventType = v.InferOutput<typeof EventType>;
export type Event = v.InferOutput<typeof Event>;
export type TextRun = v.InferOutput<typeof TextRun>;
export type Paragraph = v.InferOutput<typeof Paragraph>;
export type Media = v.InferOutput<typeof Media>;
export type Era = v.InferOutput<typeof Era>;
export type Speaker = v.InferOutput<typeof Speaker>;
export type AttributionLink = v.InferOutput<typeof AttributionLink>;
export type Quote = v.InferOutput<typeof Quote>;
export type Source = v.InferOutput<typeof Source>;
export type Article = v.InferOutput<typeof Article>;
export type Dataset = v.InferOutput<typeof Dataset>;
