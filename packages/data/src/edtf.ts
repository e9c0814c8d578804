/**
 * The small subset of EDTF (ISO 8601-2, level 1) the dataset uses: a year, a month or a day,
 * optionally qualified as uncertain (`?`), approximate (`~`) or both (`%`). Kept tiny and
 * dependency-free because it ships to browsers; the build checks every date with the full `edtf`
 * parser as well.
 */

export type EdtfPrecision = 'year' | 'month' | 'day';
export type EdtfCertainty = 'certain' | 'approximate' | 'uncertain' | 'both';

/** A calendar day in the proleptic Gregorian calendar; `month` and `day` are 1-based. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export interface ParsedEdtf {
  edtf: string;
  precision: EdtfPrecision;
  certainty: EdtfCertainty;
  /** First day the date can mean. */
  start: CalendarDay;
  /** Last day the date can mean. */
  end: CalendarDay;
}

/** An offset such as "one month and three days" (negative for "before"). */
export interface DateOffset {
  years?: number;
  months?: number;
  days?: number;
}

const EDTF = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;
const CERTAINTY = { '?': 'uncertain', '~': 'approximate', '%': 'both' } as const;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a dataset EDTF string; throws a RangeError naming the string when it is not one. */
export function parseEdtf(edtf: string): ParsedEdtf {
  const match = typeof edtf === 'string' ? EDTF.exec(edtf) : null;
  if (!match) {
    throw new RangeError(
      `Not an EDTF date this dataset supports: ${JSON.stringify(edtf)} (expected e.g. 1998, 1997-12, 1998-01-11~)`,
    );
  }
  const [, y, m, d, qualifier] = match;
  const year = Number(y);
  const month = m === undefined ? undefined : Number(m);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) {
    throw new RangeError(`Not an EDTF date: ${JSON.stringify(edtf)} has no month ${month}`);
  }
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    throw new RangeError(`Not an EDTF date: ${JSON.stringify(edtf)} has no day ${day}`);
  }
  const certainty: EdtfCertainty = qualifier
    ? CERTAINTY[qualifier as keyof typeof CERTAINTY]
    : 'certain';
  if (month === undefined) {
    return {
      edtf,
      precision: 'year',
      certainty,
      start: { year, month: 1, day: 1 },
      end: { year, month: 12, day: 31 },
    };
  }
  if (day === undefined) {
    return {
      edtf,
      precision: 'month',
      certainty,
      start: { year, month, day: 1 },
      end: { year, month, day: daysInMonth(year, month) },
    };
  }
  return {
    edtf,
    precision: 'day',
    certainty,
    start: { year, month, day },
    end: { year, month, day },
  };
}

export function isEdtf(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    EDTF.test(value) &&
    (() => {
      try {
        parseEdtf(value);
        return true;
      } catch {
        return false;
      }
    })()
  );
}

function dayNumber({ year, month, day }: CalendarDay): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Orders two EDTF dates by their earliest bound, then by their latest: negative when `a` comes first. */
export function compareEdtf(a: string, b: string): number {
  const pa = parseEdtf(a);
  const pb = parseEdtf(b);
  return dayNumber(pa.start) - dayNumber(pb.start) || dayNumber(pa.end) - dayNumber(pb.end);
}

/** True when the date can fall between `from` and `to` (inclusive; either may be omitted). */
export function isWithin(edtf: string, from?: string, to?: string): boolean {
  const date = parseEdtf(edtf);
  if (from !== undefined && dayNumber(date.end) < dayNumber(parseEdtf(from).start)) return false;
  if (to !== undefined && dayNumber(date.start) > dayNumber(parseEdtf(to).end)) return false;
  return true;
}

/**
 * Adds an offset to a day: years and months first (clamping to the month's last day, so
 * 31 January + 1 month is 28/29 February), then days. "One month and three days before
 * 16 January 1998" is therefore 16 December 1997 minus three days: 13 December 1997.
 */
export function addOffset(date: CalendarDay, offset: DateOffset): CalendarDay {
  const totalMonths =
    date.year * 12 + (date.month - 1) + (offset.years ?? 0) * 12 + (offset.months ?? 0);
  const year = Math.floor(totalMonths / 12);
  const month = (totalMonths % 12) + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  const shifted = new Date(Date.UTC(year, month - 1, day + (offset.days ?? 0)));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The EDTF text of a day, a month or a year, without a qualifier. */
export function formatCalendarDay(date: CalendarDay, precision: EdtfPrecision): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (precision === 'year') return String(date.year).padStart(4, '0');
  if (precision === 'month') return `${String(date.year).padStart(4, '0')}-${pad(date.month)}`;
  return `${String(date.year).padStart(4, '0')}-${pad(date.month)}-${pad(date.day)}`;
}
