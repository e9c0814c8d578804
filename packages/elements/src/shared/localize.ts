import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatDate } from '@iranwire/rapprochement-data';

export type Lang = 'en' | 'fa';
export type Dir = 'ltr' | 'rtl';
export type Calendar = 'gregory' | 'persian';

/** Every UI string, in English and Persian. Record text (titles, summaries, quotes) comes from the dataset. */
export interface Strings {
  $dir: Dir;
  $numerals: 'latn' | 'arabext';
  $calendar: Calendar;
  /** Joins the parts of a caption ("A, B"). */
  comma: string;
  /** Joins items that contain commas themselves ("President; Member of …"). */
  semicolon: string;
  /** Joins the last two items of a list ("A and B"). */
  and: string;
  quoteOpen: string;
  quoteClose: string;
  timelineLabel: string;
  filterLabel: string;
  clearFilters: string;
  eventsShown: (shown: string, total: string) => string;
  noEvents: string;
  sourceLabel: string;
  paragraph: string;
  quotesCount: (count: string) => string;
  /** "9 more", on the button that shows every person's chip. */
  morePeople: (count: string) => string;
  fewerPeople: string;
  skipPast: string;
  endOfTimeline: string;
  previousEvent: string;
  nextEvent: string;
  /** "Event 3 of 22" in the slides. */
  eventPosition: (at: string, count: string) => string;
  loading: string;
  invalidData: string;
  /** A story fetched by `src` that did not arrive: not invalid, but not loaded. */
  notLoaded: string;
  /** After the first problems of invalid data: "and 399,980 more". */
  moreProblems: (count: string) => string;
  /** "Unknown person “nobody”" */
  unknown: (kind: 'person' | 'quote' | 'event', id: string) => string;
  invalidDate: (attribute: string, value: string) => string;
  atTheTime: string;
  personDetails: (name: string) => string;
  eventsHeading: string;
  quotesHeading: string;
  noneListed: string;
  close: string;
  showMore: string;
  showLess: string;
  copy: string;
  copied: string;
  copyFailed: string;
  inContext: string;
  /**
   * Beside a quote translated by a story's editors, when the story has no notice of its own for
   * the language (`quoteTranslationNotice`): that it is a translation, not the speaker's words.
   */
  translatedQuote: string;
  /** The disclosure that shows a translated quote's original words. */
  original: string;
  /** On a short preview of a translated quote (the badge's panel). */
  translationTag: string;
  copyTranslation: string;
  copyOriginal: string;
  /** Attribution chain pieces ("Khatami, as told to Rafsanjani and recorded in his diary"). */
  chain: {
    toldTo: (listener: string) => string;
    toldBy: (teller: string, listener: string) => string;
    recordedIn: (medium: string, byTheListener: boolean, recorder: string) => string;
    inOwn: (medium: string) => string;
    inA: (medium: string) => string;
    broadcastBy: (name: string) => string;
    reportedBy: (name: string) => string;
    quotedBy: (name: string) => string;
    /**
     * Two or more sources that pass on the same words side by side (`parallel` links), each
     * already in words: "according to two separate sources: recorded in …, and quoted by …".
     */
    parallel: (accounts: string[]) => string;
    /** Words for the dataset's media (`interview`, `diary` …), where they differ from the id. */
    media: Record<string, string>;
  };
}

const en: Strings = {
  $dir: 'ltr',
  $numerals: 'latn',
  $calendar: 'gregory',
  comma: ', ',
  semicolon: '; ',
  and: ' and ',
  quoteOpen: '“',
  quoteClose: '”',
  timelineLabel: 'Timeline',
  filterLabel: 'Show events involving',
  clearFilters: 'Everyone',
  eventsShown: (shown, total) => `Showing ${shown} of ${total} events`,
  noEvents: 'No events match these filters.',
  sourceLabel: 'Source',
  paragraph: 'paragraph',
  quotesCount: (count) => (count === '1' ? '1 quote' : `${count} quotes`),
  morePeople: (count) => `${count} more`,
  fewerPeople: 'Fewer',
  skipPast: 'Skip past the timeline',
  endOfTimeline: 'End of the timeline',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventPosition: (at, count) => `Event ${at} of ${count}`,
  loading: 'Checking the data…',
  invalidData: 'This data cannot be shown because it is invalid:',
  notLoaded: 'This story could not be loaded:',
  moreProblems: (count) => `and ${count} more`,
  unknown: (kind, id) => `Unknown ${kind} “${id}”`,
  invalidDate: (attribute, value) =>
    `“${value}” in ${attribute} is not an EDTF date such as 1997-12; it is ignored.`,
  atTheTime: 'at the time',
  personDetails: (name) => `${name}: events and quotes`,
  eventsHeading: 'Events',
  quotesHeading: 'Quotes',
  noneListed: 'None in this story.',
  close: 'Close',
  showMore: 'Show the full quote',
  showLess: 'Show less',
  copy: 'Copy with citation',
  copied: 'Copied the quote with its citation.',
  copyFailed: 'Copying is blocked here. Select the text below and copy it.',
  inContext: 'In the article:',
  translatedQuote: 'Translated by the story’s editors; not the speaker’s own words.',
  original: 'The original words',
  translationTag: 'translation',
  copyTranslation: 'Copy the translation with citation',
  copyOriginal: 'Copy the original with citation',
  chain: {
    toldTo: (listener) => `as told to ${listener}`,
    toldBy: (teller, listener) => `as told by ${teller} to ${listener}`,
    recordedIn: (medium, byTheListener, recorder) =>
      byTheListener ? `recorded in his ${medium}` : `recorded in the ${medium} of ${recorder}`,
    inOwn: (medium) => `in his ${medium}`,
    inA: (medium) => `in ${/^[aeiou]/.test(medium) ? 'an' : 'a'} ${medium}`,
    broadcastBy: (name) => `broadcast by ${name}`,
    reportedBy: (name) => `reported by ${name}`,
    quotedBy: (name) => `quoted by ${name}`,
    parallel: (accounts) =>
      `according to ${['', 'one', 'two', 'three', 'four'][accounts.length] ?? accounts.length} separate sources: ${accounts.join(', and ')}`,
    // The dataset's media are English words already.
    media: {},
  },
};

const fa: Strings = {
  $dir: 'rtl',
  $numerals: 'arabext',
  $calendar: 'persian',
  comma: '، ',
  semicolon: '؛ ',
  and: ' و ',
  quoteOpen: '«',
  quoteClose: '»',
  timelineLabel: 'گاه‌شمار',
  filterLabel: 'نمایش رویدادهای مربوط به',
  clearFilters: 'همه',
  eventsShown: (shown, total) => `نمایش ${shown} از ${total} رویداد`,
  noEvents: 'هیچ رویدادی با این فیلترها پیدا نشد.',
  sourceLabel: 'منبع',
  paragraph: 'بند',
  quotesCount: (count) => `${count} نقل‌قول`,
  morePeople: (count) => `${count} نفر دیگر`,
  fewerPeople: 'کمتر',
  skipPast: 'رد شدن از گاه‌شمار',
  endOfTimeline: 'پایان گاه‌شمار',
  previousEvent: 'رویداد قبلی',
  nextEvent: 'رویداد بعدی',
  eventPosition: (at, count) => `رویداد ${at} از ${count}`,
  loading: 'در حال بررسی داده‌ها…',
  invalidData: 'این داده‌ها نامعتبرند و نمایش داده نمی‌شوند:',
  notLoaded: 'این روایت بارگیری نشد:',
  moreProblems: (count) => `و ${count} مورد دیگر`,
  unknown: (kind, id) =>
    `${{ person: 'شخص', quote: 'نقل‌قول', event: 'رویداد' }[kind]} ناشناخته «${id}»`,
  invalidDate: (attribute, value) =>
    `«${value}» در ${attribute} تاریخ معتبر EDTF (مانند 1997-12) نیست و نادیده گرفته شد.`,
  atTheTime: 'در آن زمان',
  personDetails: (name) => `${name}: رویدادها و نقل‌قول‌ها`,
  eventsHeading: 'رویدادها',
  quotesHeading: 'نقل‌قول‌ها',
  noneListed: 'در این روایت چیزی نیست.',
  close: 'بستن',
  showMore: 'نمایش کامل نقل‌قول',
  showLess: 'نمایش کمتر',
  copy: 'رونوشت با ذکر منبع',
  copied: 'نقل‌قول و منبع آن رونوشت شد.',
  copyFailed: 'رونوشت خودکار اینجا ممکن نیست. متن زیر را انتخاب و رونوشت کنید.',
  inContext: 'در متن مقاله:',
  translatedQuote: 'این نقل‌قول ترجمهٔ ویراستاران این روایت است، نه عین گفته یا نوشتهٔ اصلی.',
  original: 'متن اصلی',
  translationTag: 'ترجمه',
  copyTranslation: 'رونوشت ترجمه با ذکر منبع',
  copyOriginal: 'رونوشت متن اصلی با ذکر منبع',
  chain: {
    toldTo: (listener) => `در گفت‌وگو با ${listener}`,
    toldBy: (teller, listener) => `از زبان ${teller} به ${listener}`,
    recordedIn: (medium, byTheListener, recorder) =>
      byTheListener ? `ثبت‌شده در ${medium} او` : `ثبت‌شده در ${medium} ${recorder}`,
    inOwn: (medium) => `در ${medium} خود`,
    inA: (medium) => `در ${medium}`,
    broadcastBy: (name) => `پخش‌شده از ${name}`,
    reportedBy: (name) => `به گزارش ${name}`,
    quotedBy: (name) => `به نقل از ${name}`,
    parallel: (accounts) =>
      `به روایت ${['', 'یک', 'دو', 'سه', 'چهار'][accounts.length] ?? accounts.length} منبع جداگانه: ${accounts.join(' و ')}`,
    media: {
      interview: 'مصاحبه',
      broadcast: 'پخش',
      conversation: 'گفت‌وگو',
      diary: 'خاطرات',
      sermon: 'خطبه',
      speech: 'سخنرانی',
      message: 'پیام',
      article: 'مقاله',
      newspaper: 'روزنامه',
    },
  },
};

export const translations: Record<Lang, Strings> = { en, fa };

// A long timeline formats the same few dates thousands of times: keep each formatted date.
const formattedDates = new Map<string, string>();

/** `closest()` that also climbs out of shadow roots, so nested components inherit lang and dir. */
function closestComposed(start: Element, selector: string): Element | null {
  let node: Element | null = start;
  while (node) {
    const found: Element | null = node.closest(selector);
    if (found) return found;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function toLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  return value.toLowerCase().startsWith('fa') ? 'fa' : 'en';
}

/**
 * Resolves a component's language, direction, calendar and numerals, and formats strings, numbers
 * and dates with them. `lang` comes from the element or its nearest ancestor (default English);
 * `dir` from the element, else from its own `lang`, else from the nearest ancestor's `dir`.
 */
export class LocalizeController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { calendar?: Calendar | null },
  ) {
    host.addController(this);
  }

  #lang: Lang | undefined;
  #dir: Dir | undefined;

  hostConnected(): void {
    // Ancestors' lang/dir are only read at render time; a new position in the tree may change them.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    // Read once per update: a timeline item asks for them a dozen times, each a walk up the tree.
    this.#lang = this.#dir = undefined;
  }

  get lang(): Lang {
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host;
    return (this.#lang ??=
      toLang(this.host.lang) ??
      toLang(parent ? closestComposed(parent, '[lang]')?.getAttribute('lang') : null) ??
      'en');
  }

  get strings(): Strings {
    return translations[this.lang];
  }

  get dir(): Dir {
    return (this.#dir ??= this.#readDir());
  }

  #readDir(): Dir {
    const own = this.host.dir;
    if (own === 'ltr' || own === 'rtl') return own;
    if (this.host.lang) return this.strings.$dir;
    const parent = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host;
    const inherited = parent ? closestComposed(parent, '[dir]')?.getAttribute('dir') : null;
    return inherited === 'rtl' || inherited === 'ltr' ? inherited : this.strings.$dir;
  }

  get calendar(): Calendar {
    const requested = this.host.calendar;
    return requested === 'gregory' || requested === 'persian' ? requested : this.strings.$calendar;
  }

  /** An integer (a count, a paragraph number) in the language's digits, without grouping. */
  number(value: number): string {
    // Cheaper than Intl.NumberFormat#format, which a long timeline calls thousands of times.
    return this.strings.$numerals === 'latn'
      ? `${value}`
      : `${value}`.replace(/\d/g, (digit) => String.fromCharCode(0x6f0 + +digit));
  }

  date(edtf: string): string {
    const { lang, calendar } = this;
    const key = `${lang} ${calendar} ${edtf}`;
    let formatted = formattedDates.get(key);
    if (formatted === undefined) {
      formatted = formatDate(edtf, lang, { calendar });
      formattedDates.set(key, formatted);
    }
    return formatted;
  }

  /** The quotation marks of text in `textLang` (a translated quote's original words). */
  marks(textLang: string): Pick<Strings, 'quoteOpen' | 'quoteClose'> {
    return translations[toLang(textLang)!];
  }

  /** "A, B and C" in the current language. */
  list(items: string[]): string {
    if (items.length <= 1) return items.join('');
    return `${items.slice(0, -1).join(this.strings.comma)}${this.strings.and}${items[items.length - 1]}`;
  }
}
