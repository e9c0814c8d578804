import { describe, expect, it } from 'vitest';
import { dataset, isEdtf } from '../src/index';
import { isValidEdtf, validateDataset } from '../src/validate';

const copy = () => structuredClone(dataset);

describe('validateDataset', () => {
  it('accepts the built-in dataset', () => {
    const result = validateDataset(copy());
    expect(result.ok).toBe(true);
  });

  it('rejects input that is not a dataset at all, without throwing', () => {
    for (const input of [null, 42, 'data', [], {}]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
    }
  });

  it('names the dot path of a schema problem', () => {
    const bad = copy();
    (bad.events[3]!.date as { edtf: string }).edtf = 'last Tuesday';
    (bad.quotes[0] as { fragment: unknown }).fragment = 'yes';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['events.3.date.edtf', 'quotes.0.fragment']),
    );
    expect(result.issues.find((i) => i.path === 'events.3.date.edtf')?.message).toMatch(/EDTF/);
  });

  it('names the dot path of a reference that does not resolve', () => {
    const bad = copy();
    bad.events[3]!.participants[0]!.person = 'no-such-person';
    bad.quotes[2]!.event = 'no-such-event';
    bad.people[0]!.roles[0]!.organization = 'no-such-org';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'events.3.participants.0.person',
          message: '"no-such-person" is not the id of any person',
        },
        { path: 'quotes.2.event', message: '"no-such-event" is not the id of any event' },
        {
          path: 'people.0.roles.0.organization',
          message: '"no-such-org" is not the id of any organization',
        },
      ]),
    );
  });

  it('refuses a translation that is malformed, not editorial, or of a field the record lacks', () => {
    const bad = copy();
    const sermon = bad.events.findIndex((event) => event.id === '1998-01-16-friday-sermon');
    const translations = bad.events[sermon]!.translations!;
    translations.fa!.fields.headline = 'عنوان';
    (translations.fa as { by: string }).by = 'khamenei';
    translations['not a tag'] = { by: 'editors', from: 'en', fields: {} };
    const schema = validateDataset(bad);
    expect(schema.ok).toBe(false);
    if (schema.ok) return;
    expect(schema.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([`events.${sermon}.translations.fa.by`]),
    );
    expect(schema.issues.some((issue) => /BCP 47/.test(issue.message))).toBe(true);

    const stray = copy();
    stray.events[sermon]!.translations!.fa!.fields.context = 'جمله';
    const result = validateDataset(stray);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        path: `events.${sermon}.translations.fa.fields.context`,
        message: 'names no text of this record',
      },
    ]);
  });

  it('refuses impossible dates at their path: a month 13, a 30 February, a month 00', () => {
    const bad = copy();
    bad.events[0]!.date.edtf = '2000-13-45';
    bad.events[1]!.date.end = '2000-02-30';
    bad.quotes[0]!.spoken = '1999-00';
    bad.article.date = '2001-02-29';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((issue) => [issue.path, issue.message]));
    expect(byPath['events.0.date.edtf']).toMatch(/not a date in the calendar.*no month 13/);
    expect(byPath['events.1.date.end']).toMatch(/no day 30/);
    expect(byPath['quotes.0.spoken']).toMatch(/no month 0/);
    expect(byPath['article.date']).toMatch(/no day 29/);
    // A real 29 February passes.
    const leap = copy();
    leap.article.date = '2000-02-29';
    expect(validateDataset(leap).ok).toBe(true);
  });

  it('takes exactly the dates the widgets’ parser takes, on every month and day of four kinds of year', () => {
    const pad = (n: number) => `${n}`.padStart(2, '0');
    let checked = 0;
    for (const year of [1900, 2000, 2001, 2004])
      for (let month = 0; month <= 13; month++)
        for (let day = -1; day <= 32; day++)
          for (const qualifier of ['', '?', '~', '%']) {
            const date = `${year}-${pad(month)}${day < 0 ? '' : `-${pad(day)}`}${qualifier}`;
            expect(isValidEdtf(date), date).toBe(isEdtf(date));
            checked++;
          }
    expect(checked).toBe(4 * 14 * 34 * 4);
    expect(isValidEdtf('2000-02-29')).toBe(true);
    expect(isValidEdtf('1900-02-29')).toBe(false);
  });

  it('treats hostile strings as data, not markup', () => {
    const bad = copy();
    bad.people[0]!.name = '<img src=x onerror=alert(1)>';
    expect(validateDataset(bad).ok).toBe(true);
    bad.people[0]!.id = '<script>';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        path: 'people.0.id',
        message: expect.stringMatching(/kebab-case/),
      });
  });

  describe('imported-story fields (rich text, media, groups, eras, ranges)', () => {
    const imported = () => {
      const story = copy();
      Object.assign(story.events[0]!, {
        body: [
          [
            { text: 'Read ' },
            { text: 'the notice', href: 'https://news.example/notice', em: true },
          ],
        ],
        media: {
          url: 'https://photos.example/a.jpg',
          kind: 'image',
          caption: 'A caption',
          credit: 'A credit',
        },
        group: 'Talks',
      });
      story.events[1]!.date = { ...story.events[1]!.date, end: '1998-02', label: 'That winter' };
      return Object.assign(story, {
        eras: [{ id: 'winter', title: 'Winter', start: '1997-12', end: '1998-02' }],
      });
    };
    const pathsOf = (story: unknown) => {
      const result = validateDataset(story);
      return result.ok ? [] : result.issues.map((issue) => `${issue.path}: ${issue.message}`);
    };

    it('accepts them when well formed', () => {
      expect(pathsOf(imported())).toEqual([]);
    });

    it('refuses javascript: links, relative media and malformed eras, naming the field', () => {
      const bad = imported();
      const event = bad.events[0]! as unknown as {
        body: { text: string; href?: string }[][];
        media: { url: string; thumbnail?: string; kind: string };
      };
      event.body[0]![1]!.href = 'javascript:alert(1)';
      event.body.push([]);
      event.media.url = '/photos/a.jpg';
      event.media.thumbnail = 'data:image/png;base64,AAAA';
      event.media.kind = 'iframe';
      (bad as unknown as { eras: { start: string }[] }).eras[0]!.start = 'winter';
      const problems = pathsOf(bad);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(
            /^events\.0\.body\.0\.1\.href: must be an absolute http\(s\) or mailto: URL/,
          ),
          expect.stringMatching(/^events\.0\.body\.1: must not be empty/),
          expect.stringMatching(/^events\.0\.media\.url: must be an absolute http\(s\) URL/),
          expect.stringMatching(/^events\.0\.media\.thumbnail: must be an absolute http\(s\) URL/),
          expect.stringMatching(/^events\.0\.media\.kind: /),
          expect.stringMatching(/^eras\.0\.start: must be an EDTF date/),
        ]),
      );
    });

    it('refuses two records with one id, in a collection or across two', () => {
      const bad = imported();
      const copy = bad.events.push(structuredClone(bad.events[0]!)) - 1;
      bad.eras[0]!.id = bad.people[0]!.id;
      expect(pathsOf(bad)).toEqual([
        `events.${copy}.id: "${bad.events[0]!.id}" is already the id of another record`,
        `eras.0.id: "${bad.people[0]!.id}" is already the id of another record`,
      ]);
    });

    it('refuses a range or an era that ends before it starts, at the end’s own precision', () => {
      const bad = imported();
      bad.events[1]!.date = { ...bad.events[1]!.date, edtf: '1998-01-16~', end: '1997-12' };
      bad.eras[0]!.end = '1997-11';
      expect(pathsOf(bad)).toEqual([
        'eras.0.end: ends (1997-11) before it starts (1997-12)',
        'events.1.date.end: ends (1997-12) before it starts (1998-01-16~)',
      ]);
      // Ending in the month (or year) it starts on a day of is a range, not a reversal.
      const fine = imported();
      fine.events[1]!.date = { ...fine.events[1]!.date, edtf: '1998-01-16', end: '1998-01?' };
      fine.eras[0]!.end = '1997';
      expect(pathsOf(fine)).toEqual([]);
    });
  });
});
