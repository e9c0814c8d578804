/**
 * Each lint rule is shown catching a broken fixture: a copy of the real records with one thing
 * broken. The problem must name the rule, the file and the field.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, lint, RULES, type LintProblem } from '../scripts/lint';
import { RECORDS_DIR } from '../scripts/paths';
import { loadRecords, type LoadedRecords } from '../scripts/records';
import type { Dataset } from '../src/schema';
import { realRecords, source } from './fixtures';

function problemsAfter(breakIt: (records: LoadedRecords) => void): LintProblem[] {
  const records = realRecords();
  breakIt(records);
  return lint(records, source);
}

function expectProblem(
  problems: LintProblem[],
  expected: Partial<Omit<LintProblem, 'message'>> & { message?: RegExp | string },
) {
  const { message, ...where } = expected;
  const match = problems.find(
    (p) =>
      Object.entries(where).every(([key, value]) => p[key as keyof LintProblem] === value) &&
      (message === undefined ||
        (typeof message === 'string' ? p.message.includes(message) : message.test(p.message))),
  );
  expect(
    match,
    `expected ${JSON.stringify(expected)} among:\n${problems.map(formatProblem).join('\n')}`,
  ).toBeDefined();
}

const byId = <T extends { id: string }>(list: T[], id: string): T => {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`fixture has no ${id}`);
  return found;
};

describe('the real records', () => {
  it('pass every rule', () => {
    expect(lint(realRecords(), source).map(formatProblem)).toEqual([]);
  });

  it('every rule has a kebab-case name and a description, and the names are unique', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
  });
});

describe('each rule catches a broken fixture', () => {
  it('schema: a missing required field', () => {
    const problems = problemsAfter(({ dataset }) => {
      delete (byId(dataset.events, '1998-01-16-friday-sermon') as { title?: string }).title;
    });
    expectProblem(problems, {
      rule: 'schema',
      file: 'records/events/1998-01-16-friday-sermon.json',
      field: 'title',
    });
  });

  it('schema: an unknown field is rejected (strict objects)', () => {
    const problems = problemsAfter(({ dataset }) => {
      (byId(dataset.people, 'ali-khamenei') as unknown as Record<string, unknown>).nickname = 'x';
    });
    expectProblem(problems, { rule: 'schema', file: 'records/people/ali-khamenei.json' });
  });

  it('id-pattern', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.people, 'bill-clinton').id = 'Bill_Clinton';
    });
    expectProblem(problems, {
      rule: 'id-pattern',
      file: 'records/people/bill-clinton.json',
      field: 'id',
      message: 'kebab-case',
    });
  });

  it('unique-ids', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.places, 'france').id = 'tehran';
    });
    expectProblem(problems, {
      rule: 'unique-ids',
      field: 'id',
      message: 'already the id of records/places/tehran.json',
    });
  });

  it('file-name-matches-id', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.organizations, 'kayhan').id = 'kayhan-daily';
    });
    expectProblem(problems, {
      rule: 'file-name-matches-id',
      file: 'records/organizations/kayhan.json',
      field: 'id',
    });
  });

  it('references-resolve: a participant naming nobody', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-16-friday-sermon').participants[0]!.person = 'ali-khamenie';
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      file: 'records/events/1998-01-16-friday-sermon.json',
      field: 'participants.0.person',
      message: '"ali-khamenie" is not the id of any person',
    });
  });

  it('references-resolve: a participant naming two actors', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-16-friday-sermon').participants[0]!.group = 'worshippers';
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      field: 'participants.0',
      message: 'exactly one',
    });
  });

  it('verbatim-quotes: a "corrected" quote', () => {
    const problems = problemsAfter(({ dataset }) => {
      const quote = byId(dataset.quotes, 'besharati-friday-will-be-cold');
      quote.text = quote.text.replace('to not to go', 'not to go');
    });
    expectProblem(problems, {
      rule: 'verbatim-quotes',
      file: 'records/quotes/besharati-friday-will-be-cold.json',
      field: 'text',
    });
  });

  it('verbatim-quotes: straight apostrophes instead of the article\u2019s typographic ones', () => {
    const problems = problemsAfter(({ dataset }) => {
      const quote = byId(dataset.quotes, 'khamenei-wrong-to-think');
      quote.text = quote.text.replaceAll('\u2019', "'");
    });
    expectProblem(problems, {
      rule: 'verbatim-quotes',
      file: 'records/quotes/khamenei-wrong-to-think.json',
      field: 'text',
    });
  });

  it('verbatim-excerpts: an excerpt cited to the wrong paragraph', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.people, 'hassan-rouhani').sources[0]!.paragraph = 11;
    });
    expectProblem(problems, {
      rule: 'verbatim-excerpts',
      file: 'records/people/hassan-rouhani.json',
      field: 'sources.0.excerpt',
      message: '¶11',
    });
  });

  it('verbatim-excerpts: a paragraph the article does not have', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.people, 'hassan-rouhani').sources[0]!.paragraph = 99;
    });
    expectProblem(problems, {
      rule: 'verbatim-excerpts',
      field: 'sources.0.paragraph',
      message: 'has 29 paragraphs',
    });
  });

  it('verbatim-phrases: an alias the article never uses', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.people, 'ali-khamenei').aliases.push('the Supreme Leader of Iran');
    });
    expectProblem(problems, {
      rule: 'verbatim-phrases',
      file: 'records/people/ali-khamenei.json',
      field: 'aliases.9',
    });
  });

  it('edtf-parses: a month 13 (caught by the reference parser)', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-16-friday-sermon').date.edtf = '1998-13-16';
    });
    expectProblem(problems, {
      rule: 'edtf-parses',
      file: 'records/events/1998-01-16-friday-sermon.json',
      field: 'date.edtf',
      message: 'not EDTF level 1',
    });
  });

  it('edtf-parses: a date the published parser does not read (an interval)', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.quotes, 'khatami-incorrect').spoken = '1997-12/1998-01';
    });
    expectProblem(problems, {
      rule: 'edtf-parses',
      file: 'records/quotes/khatami-incorrect.json',
      field: 'spoken',
    });
  });

  it('date-fields-match-edtf', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1997-12-islamic-summit').date.precision = 'day';
    });
    expectProblem(problems, {
      rule: 'date-fields-match-edtf',
      file: 'records/events/1997-12-islamic-summit.json',
      field: 'date.precision',
    });
  });

  it('derived-date-arithmetic: "two days after" that is three', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-18-zanganeh-visits-rafsanjani').date.edtf = '1998-01-19';
    });
    expectProblem(problems, {
      rule: 'derived-date-arithmetic',
      file: 'records/events/1998-01-18-zanganeh-visits-rafsanjani.json',
      field: 'date.edtf',
      message: 'is 1998-01-18',
    });
  });

  it('no-cycles: dates that count from each other', () => {
    const problems = problemsAfter(({ dataset }) => {
      const sermon = byId(dataset.events, '1998-01-16-friday-sermon');
      sermon.date.basis = {
        kind: 'derived',
        phrase: 'Two days after',
        anchor: '1998-01-18-zanganeh-visits-rafsanjani',
        offset: { days: -2 },
      };
    });
    expectProblem(problems, {
      rule: 'no-cycles',
      file: 'records/events/1998-01-16-friday-sermon.json',
      field: 'date.basis.anchor',
    });
  });

  it('no-cycles: a quote nested in itself', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.quotes, 'rafsanjani-diary-1997-12-27').partOf =
        'rafsanjani-consult-the-leader-first';
    });
    expectProblem(problems, {
      rule: 'no-cycles',
      file: 'records/quotes/rafsanjani-diary-1997-12-27.json',
      field: 'partOf',
    });
  });

  it('no-cycles: a place within itself', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.places, 'iran').within = 'tehran';
    });
    expectProblem(problems, {
      rule: 'no-cycles',
      file: 'records/places/iran.json',
      field: 'within',
    });
  });

  it('length-limits: a headline too long for a timeline card', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1979-us-embassy-occupation').title = 'x'.repeat(200);
    });
    expectProblem(problems, {
      rule: 'length-limits',
      file: 'records/events/1979-us-embassy-occupation.json',
      field: 'title',
      message: 'is 200 characters',
    });
  });

  it('quote-not-before-spoken', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.quotes, 'khatami-us-ready-to-negotiate').recorded = '1997-12-20';
    });
    expectProblem(problems, {
      rule: 'quote-not-before-spoken',
      file: 'records/quotes/khatami-us-ready-to-negotiate.json',
      field: 'recorded',
    });
  });

  it('quote-not-before-spoken: an attribution chain going back in time', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.quotes, 'rafsanjani-foreign-ministry-disappointed').attribution[1]!.date =
        '1998-01-17';
    });
    expectProblem(problems, { rule: 'quote-not-before-spoken', field: 'attribution.1.date' });
  });

  it('quote-event-links-agree', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.quotes, 'khatami-civilized').event = '1998-01-16-friday-sermon';
    });
    expectProblem(problems, {
      rule: 'quote-event-links-agree',
      file: 'records/quotes/khatami-civilized.json',
      field: 'event',
    });
    expectProblem(problems, {
      rule: 'quote-event-links-agree',
      file: 'records/events/1997-12-cnn-interview.json',
    });
  });

  it('event-cites-quote-paragraphs: an event missing the paragraph its quote comes from', () => {
    const problems = problemsAfter(({ dataset }) => {
      const event = byId(dataset.events, '1998-01-16-friday-sermon');
      event.sources = event.sources.filter((c) => c.paragraph !== 19);
    });
    expectProblem(problems, {
      rule: 'event-cites-quote-paragraphs',
      file: 'records/events/1998-01-16-friday-sermon.json',
      field: 'sources',
      message: /¶19 .*khamenei-i-listened-carefully/,
    });
  });

  it('placement-within-date: an event placed by one outside its month, or placed twice over', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-besharati-advises-khamenei').date.placed = {
        before: '1997-12-27-khatami-consults-rafsanjani',
      };
      byId(dataset.events, '1998-01-18-zanganeh-visits-rafsanjani').date.placed = {
        after: '1998-01-16-friday-sermon',
      };
    });
    expectProblem(problems, {
      rule: 'placement-within-date',
      file: 'records/events/1998-01-besharati-advises-khamenei.json',
      field: 'date.placed.before',
      message: 'does not fall within 1998-01',
    });
    expectProblem(problems, {
      rule: 'placement-within-date',
      file: 'records/events/1998-01-18-zanganeh-visits-rafsanjani.json',
      field: 'date.placed',
      message: 'needs no placement',
    });
  });

  it('placement-within-date: `after` later than `before`', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-besharati-advises-khamenei').date.placed = {
        after: '1998-01-18-zanganeh-visits-rafsanjani',
        before: '1998-01-16-friday-sermon',
      };
    });
    expectProblem(problems, {
      rule: 'placement-within-date',
      field: 'date.placed',
      message: /comes after 1998-01-16-friday-sermon/,
    });
  });

  it('short-name-from-name: a short name that is not part of the name', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.people, 'ali-mohammad-besharati').shortName = 'Bashir';
      byId(dataset.people, 'mohammad-khatami').shortName = 'Mohammad';
    });
    expectProblem(problems, {
      rule: 'short-name-from-name',
      file: 'records/people/ali-mohammad-besharati.json',
      field: 'shortName',
    });
    expectProblem(problems, {
      rule: 'short-name-from-name',
      file: 'records/people/mohammad-khatami.json',
      field: 'shortName',
    });
  });

  it('references-resolve: a placement naming no event, and a parallel first link', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-besharati-advises-khamenei').date.placed = {
        before: '1998-01-17-no-such-event',
      };
      byId(dataset.quotes, 'khatami-civilized').attribution[0]!.parallel = true;
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      file: 'records/events/1998-01-besharati-advises-khamenei.json',
      field: 'date.placed.before',
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      file: 'records/quotes/khatami-civilized.json',
      field: 'attribution.0.parallel',
    });
  });

  it('no-orphans: a person nothing refers to', () => {
    const problems = problemsAfter(({ dataset, files }) => {
      dataset.people.push({
        id: 'extra-person',
        name: 'Extra',
        aliases: [],
        roles: [],
        sources: structuredClone(dataset.people[0]!.sources),
      });
      files.people.push('records/people/extra-person.json');
    });
    expectProblem(problems, {
      rule: 'no-orphans',
      file: 'records/people/extra-person.json',
      field: 'id',
    });
  });

  it('no-orphans: a background record that is in fact linked', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.places, 'tehran').background = true;
    });
    expectProblem(problems, {
      rule: 'no-orphans',
      file: 'records/places/tehran.json',
      field: 'background',
    });
  });

  it('editorial-additions-marked: a Persian name without its note', () => {
    const problems = problemsAfter(({ dataset }) => {
      const person = byId(dataset.people, 'sabah-zanganeh');
      person.notes = person.notes?.filter((n) => n.field !== 'nameFa');
    });
    expectProblem(problems, {
      rule: 'editorial-additions-marked',
      file: 'records/people/sabah-zanganeh.json',
      field: 'nameFa',
    });
  });

  it('editorial-additions-marked: a derived date without its explanation', () => {
    const problems = problemsAfter(({ dataset }) => {
      const event = byId(dataset.events, '1998-01-18-zanganeh-visits-rafsanjani');
      event.notes = [];
    });
    expectProblem(problems, {
      rule: 'editorial-additions-marked',
      file: 'records/events/1998-01-18-zanganeh-visits-rafsanjani.json',
      field: 'date',
    });
  });

  it('every rule in RULES is exercised above', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL(import.meta.url), 'utf8');
    for (const rule of RULES) expect(text, rule.name).toContain(`rule: '${rule.name}'`);
  });
});

describe('each translation rule catches a broken translation', () => {
  const ZWNJ = '\u200c';
  const fa = (record: { translations?: Dataset['article']['translations'] }) => {
    const translation = record.translations?.fa;
    if (!translation) throw new Error('fixture has no Persian translation');
    return translation.fields;
  };
  const sermon = 'records/events/1998-01-16-friday-sermon.json';

  it('translations-complete: a summary left untranslated', () => {
    const problems = problemsAfter(({ dataset }) => {
      delete fa(byId(dataset.events, '1998-01-16-friday-sermon')).summary;
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      file: sermon,
      field: 'translations.fa.fields.summary',
    });
  });

  it('translations-complete: a record with no translation, and one of the wrong text', () => {
    const problems = problemsAfter(({ dataset }) => {
      delete byId(dataset.people, 'sabah-zanganeh').translations;
      byId(dataset.quotes, 'khatami-civilized').translations!.fa!.from = 'fr';
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      file: 'records/people/sabah-zanganeh.json',
      field: 'translations.fa.fields.roles.0.title',
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      file: 'records/quotes/khatami-civilized.json',
      field: 'translations.fa.from',
    });
  });

  it('translations-complete: a group, an unnamed person and a Persian short name', () => {
    const problems = problemsAfter(({ dataset }) => {
      delete fa(byId(dataset.events, '1998-01-20-western-politicians-see-contradiction'))[
        'participants.0.group'
      ];
      delete fa(byId(dataset.people, 'secretary-of-state')).name;
      delete fa(byId(dataset.people, 'ali-khamenei')).shortName;
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      field: 'translations.fa.fields.participants.0.group',
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      file: 'records/people/secretary-of-state.json',
      field: 'translations.fa.fields.name',
    });
    expectProblem(problems, {
      rule: 'translations-complete',
      file: 'records/people/ali-khamenei.json',
      field: 'translations.fa.fields.shortName',
    });
  });

  it('persian-orthography: Arabic letters and digits that are not Persian', () => {
    const problems = problemsAfter(({ dataset }) => {
      const fields = fa(byId(dataset.events, '1998-01-16-friday-sermon'));
      fields.title = fields.title!.replace('ی', 'ي').replace('ک', 'ك');
      fields.summary = `${fields.summary!} 1998 ١٩٩٨`;
    });
    for (const message of ['"ي"', '"ك"', 'digit "1"', 'digit "١"'])
      expectProblem(problems, { rule: 'persian-orthography', file: sermon, message });
  });

  it('persian-orthography: a space or nothing where the non-joiner belongs', () => {
    const problems = problemsAfter(({ dataset }) => {
      const summit = fa(byId(dataset.events, '1997-12-14-tehran-divided-over-interview'));
      summit.title = summit.title!.replace(`روزنامه${ZWNJ}ها`, 'روزنامه ها');
      summit.summary = summit.summary!.replace(`می${ZWNJ}نویسد`, 'می نویسد');
      const quote = fa(byId(dataset.quotes, 'rafsanjani-not-expedient'));
      quote.text = `${quote.text!} کار می${ZWNJ}کند و نمیشود.`;
      const cold = fa(byId(dataset.quotes, 'besharati-friday-will-be-cold'));
      cold.text = `${cold.text!}${ZWNJ} و${ZWNJ}${ZWNJ}`;
    });
    const file = 'records/events/1997-12-14-tehran-divided-over-interview.json';
    expectProblem(problems, { rule: 'persian-orthography', file, message: /ending "های?" apart/ });
    expectProblem(problems, { rule: 'persian-orthography', file, message: '"می" apart' });
    expectProblem(problems, {
      rule: 'persian-orthography',
      file: 'records/quotes/rafsanjani-not-expedient.json',
      message: 'runs "نمیشود" together',
    });
    expectProblem(problems, {
      rule: 'persian-orthography',
      file: 'records/quotes/besharati-friday-will-be-cold.json',
      message: 'edge of a word',
    });
    // Nouns that begin with «می» are not verbs: the summit's «میزبان» passes.
    expect(problems.filter((p) => p.file.includes('islamic-summit'))).toEqual([]);
  });

  it('no-untranslated-latin: English left in a Persian text, unless the glossary keeps it', () => {
    const withLatin = ({ dataset }: LoadedRecords) => {
      const fields = fa(byId(dataset.events, '1998-01-16-friday-sermon'));
      fields.title = `${fields.title!} (Friday sermon) CNN`;
    };
    expectProblem(problemsAfter(withLatin), {
      rule: 'no-untranslated-latin',
      file: sermon,
      field: 'translations.fa.fields.title',
      message: 'Friday, sermon, CNN',
    });
    const kept = problemsAfter((records) => {
      withLatin(records);
      records.glossaries.fa!.keepInLatin = ['Friday', 'sermon', 'CNN'];
    });
    expect(kept.filter((p) => p.rule === 'no-untranslated-latin')).toEqual([]);
  });

  it('translation-names-agree: a name spelt otherwise than its nameFa', () => {
    const problems = problemsAfter(({ dataset }) => {
      const fields = fa(byId(dataset.events, '1998-01-16-friday-sermon'));
      fields.summary = fields.summary!.replaceAll('خامنه\u200cای', 'خامنه ای');
      fa(byId(dataset.people, 'sabah-zanganeh')).shortName = 'زنگانه';
    });
    expectProblem(problems, {
      rule: 'translation-names-agree',
      file: sermon,
      field: 'translations.fa.fields.summary',
      message: 'names ali-khamenei in English but not "خامنه‌ای"',
    });
    expectProblem(problems, {
      rule: 'translation-names-agree',
      file: 'records/people/sabah-zanganeh.json',
      field: 'translations.fa.fields.shortName',
    });
  });

  it('translation-glossary: a second word for the Expediency Council', () => {
    const problems = problemsAfter(({ dataset }) => {
      const fields = fa(byId(dataset.events, '1997-12-27-expediency-council-meeting'));
      fields.title = 'نشست مجمع مصلحت';
    });
    expectProblem(problems, {
      rule: 'translation-glossary',
      file: 'records/events/1997-12-27-expediency-council-meeting.json',
      field: 'translations.fa.fields.title',
      message: '“Expediency Council”',
    });
  });

  it('translations-nest-like-the-original: fragments, nested quotes and shared sentences', () => {
    const problems = problemsAfter(({ dataset }) => {
      fa(byId(dataset.quotes, 'khatami-incorrect')).text = 'غلط';
      fa(byId(dataset.quotes, 'rafsanjani-consult-the-leader-first')).text =
        'گفتم نخست با رهبر مشورت کند.';
      const martyr = fa(byId(dataset.quotes, 'khatami-martyr'));
      martyr.context = martyr.context!.replace('او در ادامه', 'وی سپس');
    });
    expectProblem(problems, {
      rule: 'translations-nest-like-the-original',
      file: 'records/quotes/khatami-incorrect.json',
      field: 'translations.fa.fields.context',
    });
    expectProblem(problems, {
      rule: 'translations-nest-like-the-original',
      file: 'records/quotes/rafsanjani-consult-the-leader-first.json',
      field: 'translations.fa.fields.text',
      message: 'rafsanjani-diary-1997-12-27',
    });
    expectProblem(problems, {
      rule: 'translations-nest-like-the-original',
      file: 'records/quotes/khatami-martyr.json',
      message: 'differently',
    });
  });

  it('references-resolve: a translation of a field the record does not have, or may not translate', () => {
    const problems = problemsAfter(({ dataset }) => {
      const fields = fa(byId(dataset.events, '1998-01-16-friday-sermon'));
      fields.context = 'خطبه';
      fields['sources.0.excerpt'] = 'خطبه';
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      file: sermon,
      field: 'translations.fa.fields.context',
      message: 'names no text',
    });
    expectProblem(problems, {
      rule: 'references-resolve',
      file: sermon,
      field: 'translations.fa.fields.sources.0.excerpt',
      message: 'cannot be translated',
    });
  });

  it('no-spreadsheet-formulas: a title a spreadsheet would run', () => {
    const problems = problemsAfter(({ dataset }) => {
      byId(dataset.events, '1998-01-16-friday-sermon').title =
        '=HYPERLINK("http://x.example","Click")';
      fa(byId(dataset.quotes, 'khatami-civilized')).text = '@SUM(A1)';
    });
    expectProblem(problems, { rule: 'no-spreadsheet-formulas', file: sermon, field: 'title' });
    expectProblem(problems, {
      rule: 'no-spreadsheet-formulas',
      file: 'records/quotes/khatami-civilized.json',
      field: 'translations.fa.fields.text',
    });
  });

  it('verbatim-quotes stays on the English: a translation put in place of the quote fails', () => {
    const problems = problemsAfter(({ dataset }) => {
      const quote = byId(dataset.quotes, 'rafsanjani-not-expedient');
      quote.text = fa(quote).text!;
    });
    expectProblem(problems, {
      rule: 'verbatim-quotes',
      file: 'records/quotes/rafsanjani-not-expedient.json',
      field: 'text',
    });
  });
});

describe('reading the record files', () => {
  it('names a file that is not valid JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'iw-records-'));
    try {
      cpSync(RECORDS_DIR, dir, { recursive: true });
      writeFileSync(join(dir, 'places', 'tehran.json'), '{ "id": "tehran", ');
      expect(() => loadRecords(source, dir)).toThrow(/places\/tehran\.json: not valid JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('problem messages', () => {
  it('name the file, the field and the rule', () => {
    expect(
      formatProblem({
        rule: 'unique-ids',
        file: 'records/places/x.json',
        field: 'id',
        message: 'clash',
      }),
    ).toBe('records/places/x.json: id: clash [unique-ids]');
  });
});
