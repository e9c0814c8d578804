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
  day: string;
  month: string;
  year: string;
  /** The whole day as the locale writes it, without an era ("AP"). */
  full: string;
}

function isLocale(locale: string): boolean {
  try {
    return Intl.getCanonicalLocales(locale).length === 1;
  } catch {
    return false;
  }
}

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? locale;
}

function makeParts(locale: string, calendar: string, numerals: string) {
  const formatter = new Intl.DateTimeFormat(locale, {
    calendar,
    numberingSystem: numerals,
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (date: CalendarDay): DateParts => {
    const parts = formatter.formatToParts(new Date(Date.UTC(date.year, date.month - 1, date.day)));
    const pick = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    const eraAt = parts.findIndex((part) => part.type === 'era');
    // Drop the era and the literal that joins it to the date.
    const kept =
      eraAt < 0
        ? parts
        : parts.filter((_, i) => i !== eraAt && i !== (eraAt > 0 ? eraAt - 1 : eraAt + 1));
    return {
      day: pick('day'),
      month: pick('month'),
      year: pick('year'),
      full: kept
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
  if (!isLocale(locale)) locale = 'en';
  const lang = language(locale);
  const calendar = options.calendar ?? (lang === 'fa' ? 'persian' : 'gregory');
  const numerals = options.numerals ?? (lang === 'fa' ? 'arabext' : 'latn');
  // Bare "en" would give the US order; the publisher writes "9 December 2022". A region is respected.
  const intlLocale = lang === 'en' && !/[-_]/.test(locale) ? 'en-GB' : locale;
  const parts = makeParts(intlLocale, calendar, numerals);
  const first = parts(parsed.start);
  const last = parts(parsed.end);

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

  if (parsed.certainty === 'certain') return text;
  const words = QUALIFIERS[lang];
  if (!words) return `${text}${{ approximate: '~', uncertain: '?', both: '%' }[parsed.certainty]}`;
  if (parsed.certainty === 'approximate') return `${words.approximate} ${text}`;
  if (parsed.certainty === 'uncertain') return `${words.uncertain} ${text}`;
  return `${words.uncertain} ${words.approximate} ${text}`;
}
