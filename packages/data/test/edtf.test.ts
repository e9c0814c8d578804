import { parse as referenceParse } from 'edtf';
import { describe, expect, it } from 'vitest';
import { addOffset, compareEdtf, isEdtf, isWithin, parseEdtf } from '../src/edtf';
import { dataset } from '../src/index';

describe('parseEdtf', () => {
  it('reads years, months and days with their precision and bounds', () => {
    expect(parseEdtf('1979')).toEqual({
      edtf: '1979',
      precision: 'year',
      certainty: 'certain',
      start: { year: 1979, month: 1, day: 1 },
      end: { year: 1979, month: 12, day: 31 },
    });
    expect(parseEdtf('1997-12')).toMatchObject({
      precision: 'month',
      start: { year: 1997, month: 12, day: 1 },
      end: { year: 1997, month: 12, day: 31 },
    });
    expect(parseEdtf('1998-02')).toMatchObject({ end: { year: 1998, month: 2, day: 28 } });
    expect(parseEdtf('2000-02')).toMatchObject({ end: { year: 2000, month: 2, day: 29 } });
    expect(parseEdtf('1998-01-16')).toMatchObject({
      precision: 'day',
      start: { year: 1998, month: 1, day: 16 },
      end: { year: 1998, month: 1, day: 16 },
    });
  });

  it('reads the qualifiers', () => {
    expect(parseEdtf('1998-01-11~').certainty).toBe('approximate');
    expect(parseEdtf('1997-12-13?').certainty).toBe('uncertain');
    expect(parseEdtf('1997%').certainty).toBe('both');
  });

  it.each([
    '',
    '98',
    '1998-13',
    '1998-02-30',
    '1998-1-5',
    '1998/1999',
    'yesterday',
    '1998-01-16??',
  ])('rejects %j with a RangeError naming it', (bad) => {
    expect(() => parseEdtf(bad)).toThrow(RangeError);
    expect(() => parseEdtf(bad)).toThrow(JSON.stringify(bad));
    expect(isEdtf(bad)).toBe(false);
  });

  it('rejects non-strings without crashing', () => {
    expect(() => parseEdtf(undefined as unknown as string)).toThrow(RangeError);
    expect(isEdtf(42)).toBe(false);
  });

  it('agrees with the reference parser (the edtf package) on the bounds of every date in the dataset', () => {
    const dates = new Set<string>([
      dataset.article.date,
      ...dataset.events.map((e) => e.date.edtf),
      ...dataset.quotes.flatMap((q) => [q.spoken, q.recorded].filter((d) => d !== undefined)),
    ]);
    for (const date of dates) {
      const reference = referenceParse(date, { level: 1 }) as unknown as {
        values: number[];
        type: string;
      };
      const ours = parseEdtf(date);
      expect(reference.values[0], date).toBe(ours.start.year);
      if (ours.precision !== 'year') expect(reference.values[1], date).toBe(ours.start.month - 1);
      if (ours.precision === 'day') expect(reference.values[2], date).toBe(ours.start.day);
    }
  });
});

describe('compareEdtf and isWithin', () => {
  it('orders by the earliest bound, then the latest', () => {
    expect(compareEdtf('1997-12', '1997-12-13?')).toBeLessThan(0);
    expect(compareEdtf('1997-12-13?', '1997-12-13')).toBe(0);
    expect(compareEdtf('1998-01', '1998-01-01')).toBeGreaterThan(0);
    expect(compareEdtf('1979', '1997')).toBeLessThan(0);
  });

  it('filters by an inclusive range that any part of the date overlaps', () => {
    expect(isWithin('1997-12', '1997-12-20', '1998-01-10')).toBe(true);
    expect(isWithin('1998-01-16', '1998-01-17')).toBe(false);
    expect(isWithin('1998-01-16', undefined, '1998-01')).toBe(true);
    expect(isWithin('1979')).toBe(true);
  });
});

describe('addOffset', () => {
  it('adds months before days, as “one month and three days” is read', () => {
    expect(addOffset({ year: 1998, month: 1, day: 16 }, { months: -1, days: -3 })).toEqual({
      year: 1997,
      month: 12,
      day: 13,
    });
  });

  it('clamps to the end of a shorter month and crosses years', () => {
    expect(addOffset({ year: 1998, month: 1, day: 31 }, { months: 1 })).toEqual({
      year: 1998,
      month: 2,
      day: 28,
    });
    expect(addOffset({ year: 1997, month: 12, day: 31 }, { days: 1 })).toEqual({
      year: 1998,
      month: 1,
      day: 1,
    });
    expect(addOffset({ year: 1997, month: 12, day: 13 }, { years: 23 })).toEqual({
      year: 2020,
      month: 12,
      day: 13,
    });
  });
});
