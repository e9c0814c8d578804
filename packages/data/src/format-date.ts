import { parseEdtf, type CalendarDay } from './edtf';

export interface FormatDateOptions {
  /** Defaults to `persian` (Solar Hijri) for Persian locales and `gregory` for every other. */
  calendar?: 'gregory' | 'persian';
  /** Defaults to the locale's own digits: `arabext` (۰۱۲) for Persian, `latn` (012) otherwise. */
  numerals?: 'latn' | 'arabext';
}

/** Words for "about" and "perhaps"; other languages fall back to the EDTF marks `~` and `?`. */
const QUALIFIERS: Record<string, { approximate: string; uncertain: string }> = {
  en: { approximate: 'about', uncertain: 'perhaps' },
  fa: { approximate: 'حدود', uncertain: 'احتمالاً' },
};

interface DateParts {
  month: string;
  year: string;
  /** The whole day as the locale writes it, without an era ("AP"). */
  full: string;
}

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? locale;
}

// Building an Intl formatter costs ~0.1 ms, far more than using one, and a long timeline formats
// thousands of dates: keep one formatter per locale, calendar and numerals for the page's lifetime.
const formatters = new Map<string, Intl.DateTimeFormat>();

function makeParts(locale: string, calendar: string, numerals: string) {
  const key = `${locale} ${calendar} ${numerals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      calendar,
      numberingSystem: numerals,
      timeZone: 'UTC',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    formatters.set(key, formatter);
  }
  const format = formatter;
  return (date: CalendarDay): DateParts => {
    const parts = format.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)));
    const pick = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    return {
      month: pick('month'),
      year: pick('year'),
      // Without the era ("AP"), which these locales put at either end.
      full: parts
        .filter((part) => part.type !== 'era')
        .map((part) => part.value)
        .join('')
        .trim(),
    };
  };
}

/**
 * Formats an EDTF date for readers, at the precision the date has.
 *
 * - English: `1979`, `December 1997`, `16 January 1998`, `about 11 January 1998`,
 *   `perhaps 13 December 1997` (IranWire's day-month-year order).
 * - Persian: the Solar Hijri calendar with Persian digits, through `Intl` only:
 *   `۲۶ دی ۱۳۷۶`. A Gregorian month or year that spans two Solar Hijri months or years is shown
 *   as a range (`آذر–دی ۱۳۷۶`, `۱۳۵۷–۱۳۵۸`).
 *
 * Throws a RangeError naming the string when `edtf` is not a date. A locale Intl cannot read
 * falls back to English.
 */
export function formatDate(edtf: string, locale: string, options: FormatDateOptions = {}): string {
  const parsed = parseEdtf(edtf);
  // A page's lang attribute can hold anything; an unreadable one should not break the widget.
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = 'en';
  }
  const lang = language(locale);
  const calendar = options.calendar ?? (lang === 'fa' ? 'persian' : 'gregory');
  const numerals = options.numerals ?? (lang === 'fa' ? 'arabext' : 'latn');
  // Bare "en" would give the US order; the publisher writes "9 December 2022". A region is respected.
  const intlLocale = lang === 'en' && !/[-_]/.test(locale) ? 'en-GB' : locale;
  const parts = makeParts(intlLocale, calendar, numerals);
  const first = parts(parsed.start);
  // A day's start and end are the same day.
  const last = parsed.precision === 'day' ? first : parts(parsed.end);

  let text: string;
  if (parsed.precision === 'day') {
    text = first.full;
  } else if (parsed.precision === 'month') {
    if (first.year !== last.year) text = `${first.month} ${first.year}–${last.month} ${last.year}`;
    else if (first.month !== last.month) text = `${first.month}–${last.month} ${first.year}`;
    else text = `${first.month} ${first.year}`;
  } else {
    text = first.year === last.year ? first.year : `${first.year}–${last.year}`;
  }

  const { certainty } = parsed;
  if (certainty === 'certain') return text;
  const words = QUALIFIERS[lang];
  if (!words) return `${text}${{ approximate: '~', uncertain: '?', both: '%' }[certainty]}`;
  const qualifier =
    certainty === 'both' ? `${words.uncertain} ${words.approximate}` : words[certainty];
  return `${qualifier} ${text}`;
}
