import { describe, expect, it } from 'vitest';
import { formatDate } from '../src/format-date';

describe('formatDate in English', () => {
  it.each([
    ['1979', '1979'],
    ['1997-12', 'December 1997'],
    ['1998-01-16', '16 January 1998'],
    ['1998-01-11~', 'about 11 January 1998'],
    ['1997-12-13?', 'perhaps 13 December 1997'],
    ['1997-08~', 'about August 1997'],
    ['1997%', 'perhaps about 1997'],
  ])('%s -> %s', (edtf, expected) => {
    expect(formatDate(edtf, 'en')).toBe(expected);
  });

  it('keeps the reader’s regional order when a region is given', () => {
    expect(formatDate('1998-01-16', 'en-US')).toBe('January 16, 1998');
    expect(formatDate('1998-01-16', 'en-GB')).toBe('16 January 1998');
  });
});

describe('formatDate in Persian (Solar Hijri through Intl)', () => {
  it.each([
    ['1998-01-16', '۲۶ دی ۱۳۷۶'],
    ['1997-12-13?', 'احتمالاً ۲۲ آذر ۱۳۷۶'],
    ['1998-01-11~', 'حدود ۲۱ دی ۱۳۷۶'],
    ['2022-12-09', '۱۸ آذر ۱۴۰۱'],
  ])('%s -> %s', (edtf, expected) => {
    expect(formatDate(edtf, 'fa')).toBe(expected);
  });

  it('shows a Gregorian month spanning two Persian months as a range', () => {
    expect(formatDate('1997-12', 'fa')).toBe('آذر–دی ۱۳۷۶');
    expect(formatDate('1997-08~', 'fa')).toBe('حدود مرداد–شهریور ۱۳۷۶');
  });

  it('spells out both years when the range crosses the Persian new year', () => {
    expect(formatDate('1998-03', 'fa')).toBe('اسفند ۱۳۷۶–فروردین ۱۳۷۷');
    expect(formatDate('1979', 'fa')).toBe('۱۳۵۷–۱۳۵۸');
  });

  it('takes the calendar and numerals as options', () => {
    expect(formatDate('1998-01-16', 'fa', { numerals: 'latn' })).toBe('26 دی 1376');
    expect(formatDate('1998-01-16', 'fa', { calendar: 'gregory' })).toBe('۱۶ ژانویهٔ ۱۹۹۸');
    expect(formatDate('1998-01-16', 'en', { calendar: 'persian' })).toBe('26 Dey 1376');
    expect(formatDate('1998-01-16', 'fa-IR')).toBe('۲۶ دی ۱۳۷۶');
  });
});

describe('formatDate in other languages', () => {
  it('uses Intl’s month names and the EDTF mark for the qualifier', () => {
    expect(formatDate('1998-01-11~', 'de')).toBe('11. Januar 1998~');
    expect(formatDate('1997-12', 'de')).toBe('Dezember 1997');
  });
});

describe('formatDate with bad input', () => {
  it('falls back to English for a locale Intl cannot read', () => {
    expect(formatDate('1998-01-16', 'not a locale!')).toBe('16 January 1998');
    expect(formatDate('1998-01-16', '')).toBe('16 January 1998');
  });

  it('throws a RangeError naming the string', () => {
    expect(() => formatDate('16 January 1998', 'en')).toThrow(/"16 January 1998"/);
  });
});

describe('formatDate at scale', () => {
  it('builds one Intl formatter per locale, calendar and numerals, not one per call', () => {
    const Real = Intl.DateTimeFormat;
    let built = 0;
    // Counts constructions; the real formatter does the work.
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Real>) {
      built += 1;
      return new Real(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    try {
      for (let day = 1; day <= 28; day += 1) {
        formatDate(`1999-02-${String(day).padStart(2, '0')}`, 'fa-AF', { calendar: 'gregory' });
      }
      expect(built).toBeLessThanOrEqual(1);
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });
});
