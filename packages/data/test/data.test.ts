/**
 * Faithfulness to the article: counts, paragraph numbering, every quotation mark in the text
 * accounted for, the relatively dated events, and the article's slips recorded as notes.
 */
import { describe, expect, it } from 'vitest';
import {
  article,
  dataset,
  events,
  getEvent,
  getOrganization,
  getPerson,
  organizations,
  people,
  places,
  quotes,
  type Quote,
} from '../src/index';
import { source } from './fixtures';

/** Every span the article puts in double quotation marks; an unclosed one runs to the end of its paragraph. */
function quotedSpans(paragraphs: string[]): { paragraph: number; text: string }[] {
  const spans: { paragraph: number; text: string }[] = [];
  paragraphs.forEach((paragraph, i) => {
    for (const match of paragraph.matchAll(/\u201c([^\u201d]*)(\u201d|$)/g))
      spans.push({ paragraph: i + 1, text: match[1]! });
  });
  return spans;
}

/** Quoted spans that are not quotations in their own right, each with the reason. */
const NOT_QUOTES: Record<string, string> = {
  'Today,':
    'The first word of Rafsanjani’s entry of 16 January, cut off by “writes Rafsanjani”; the rest is the quote rafsanjani-khamenei-attacked-savagely.',
};

/** Quoted spans not covered by the quotes citing their paragraph (leaving only spaces and punctuation). */
function uncoveredSpans(list: readonly Quote[]): { paragraph: number; text: string }[] {
  return quotedSpans(source.paragraphs).filter(({ paragraph, text }) => {
    if (text in NOT_QUOTES) return false;
    let rest = text;
    const inParagraph = list.filter((q) => q.sources.some((c) => c.paragraph === paragraph));
    for (const quote of [...inParagraph].sort((a, b) => b.text.length - a.text.length))
      rest = rest.replace(quote.text, '');
    return /[\p{L}\p{N}]/u.test(rest);
  });
}

describe('the source text', () => {
  it('is numbered as the components show it: ¶1 the dateline, ¶2 the title, ¶10 the diary of December 27', () => {
    expect(source.paragraphs).toHaveLength(29);
    expect(source.paragraphs[0]).toBe('Friday , 9 December 2022');
    expect(source.paragraphs[1]).toBe(article.title);
    expect(source.paragraphs[2]).toMatch(/^Iranwire – In the second half/);
    expect(source.paragraphs[9]).toMatch(/^Hashemi Rafsanjani wrote in his memoirs of December 27/);
    expect(source.paragraphs[10]).toBe('A Delayed Reply from Iran');
  });

  it('describes the article: title, publisher, date and language', () => {
    expect(article).toMatchObject({ publisher: 'IranWire', date: '2022-12-09', language: 'en' });
    expect(dataset.sources.find((s) => s.id === article.id)?.kind).toBe('article');
  });
});

describe('completeness', () => {
  it('has well over 20 events and 25 quotes', () => {
    expect(events.length).toBeGreaterThan(20);
    expect(quotes.length).toBeGreaterThan(25);
  });

  it('captures every quotation the article marks with “…”', () => {
    expect(uncoveredSpans(quotes)).toEqual([]);
  });

  it('would notice a missing quotation', () => {
    expect(uncoveredSpans(quotes.filter((q) => q.id !== 'politicians-split'))).toEqual([
      { paragraph: 8, text: 'split' },
    ]);
  });

  it('every span listed as not a quote still occurs in the article', () => {
    const spans = quotedSpans(source.paragraphs).map((s) => s.text);
    for (const text of Object.keys(NOT_QUOTES)) expect(spans).toContain(text);
  });

  it('matches the counts the README gives', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const count = (label: string) =>
      Number(new RegExp(`^\\|\\s*${label}\\s*\\|\\s*(\\d+)`, 'm').exec(readme)?.[1]);
    expect([
      count('People'),
      count('Organizations'),
      count('Places'),
      count('Events'),
      count('Quotes'),
    ]).toEqual([people.length, organizations.length, places.length, events.length, quotes.length]);
    expect(readme).toContain(
      `${quotes.filter((q) => q.fragment).length} of them short quoted fragments`,
    );
  });

  it('has the people only mentioned in passing', () => {
    for (const id of [
      'abraham-lincoln',
      'ruhollah-khomeini',
      'bill-clinton',
      'nategh-nouri',
      'ali-mohammad-besharati',
      'ali-agha-mohammadi',
      'sabah-zanganeh',
      'abbas-akhundi',
      'hassan-rouhani',
    ]) {
      expect(getPerson(id), id).toBeDefined();
    }
  });

  it('has every organization, with “ResalatJomhuri Eslami” as two newspapers', () => {
    expect(getOrganization('resalat')?.kind).toBe('newspaper');
    expect(getOrganization('jomhuri-eslami')?.kind).toBe('newspaper');
    for (const id of [
      'cnn',
      'irib',
      'kayhan',
      'expediency-council',
      'supreme-national-security-council',
      'swiss-embassy-tehran',
      'iran-foreign-ministry',
      'clinton-administration',
      'leaders-economic-bureau',
      'total',
      'left-wing',
    ]) {
      expect(getOrganization(id), id).toBeDefined();
    }
  });

  it('dates every relatively dated event from its anchor', () => {
    const derived = events
      .filter((e) => e.date.basis.kind === 'derived')
      .map((e) => e.date.basis.phrase);
    for (const phrase of [
      'The next day',
      'One week later',
      'last night',
      'Two days after',
      'four days after',
      'One month and three days after',
    ]) {
      expect(
        derived.some((p) => p.includes(phrase)),
        phrase,
      ).toBe(true);
    }
  });

  it('keeps the key dates', () => {
    expect(getEvent('1998-01-16-friday-sermon')?.date).toMatchObject({
      edtf: '1998-01-16',
      basis: { kind: 'stated' },
    });
    expect(getEvent('1997-12-cnn-interview')?.date).toMatchObject({
      edtf: '1997-12-13?',
      basis: {
        kind: 'derived',
        anchor: '1998-01-16-friday-sermon',
        offset: { months: -1, days: -3 },
      },
    });
    expect(getEvent('1998-01-20-khatami-speaks-against-relations')?.date.edtf).toBe('1998-01-20');
  });
});

describe('editorial integrity', () => {
  const notesOf = (record: { notes?: { kind: string; note: string }[] } | undefined) =>
    record?.notes ?? [];

  it('records the article’s slips as notes on the records they concern', () => {
    expect(
      notesOf(getPerson('mohammad-khatami')).some(
        (n) => n.kind === 'slip' && n.note.includes('The Iranian premier'),
      ),
    ).toBe(true);
    expect(
      notesOf(getOrganization('resalat')).some(
        (n) => n.kind === 'slip' && n.note.includes('ResalatJomhuri Eslami'),
      ),
    ).toBe(true);
    const interview = notesOf(getEvent('1997-12-cnn-interview'));
    expect(interview.some((n) => n.kind === 'slip' && n.note.includes('13 December 1997'))).toBe(
      true,
    );
    expect(interview.some((n) => n.kind === 'slip' && n.note.includes('Twenty-three years'))).toBe(
      true,
    );
  });

  it('keeps quotes uncorrected, slips included', () => {
    expect(quotes.find((q) => q.id === 'rafsanjani-khatami-worried')?.text).toContain(
      'ResalatJomhuri Eslami',
    );
  });

  it('marks every Persian-script name as an editorial addition', () => {
    for (const record of [...people, ...organizations, ...places]) {
      if (record.nameFa === undefined) continue;
      expect(record.nameFa, record.id).toMatch(/^[\u0600-\u06ff\u200c ]+$/);
      expect(
        notesOf(record).some((n) => n.kind === 'addition'),
        record.id,
      ).toBe(true);
    }
  });

  it('cites every record to a paragraph with an excerpt found there', () => {
    for (const record of [...people, ...organizations, ...places, ...events, ...quotes]) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const citation of record.sources)
        expect(source.paragraphs[citation.paragraph - 1], record.id).toContain(citation.excerpt);
    }
  });

  it('gives the nested attribution chain of Khatami’s words in the diary of 27 December', () => {
    const quote = quotes.find((q) => q.id === 'khatami-us-ready-to-negotiate');
    expect(quote?.partOf).toBe('rafsanjani-diary-1997-12-27');
    expect(
      quote?.attribution.map((l) => [l.act, l.person ?? l.organization, l.to, l.medium, l.date]),
    ).toEqual([
      ['told', 'mohammad-khatami', 'akbar-hashemi-rafsanjani', 'conversation', '1997-12-27'],
      ['recorded', 'akbar-hashemi-rafsanjani', undefined, 'diary', '1997-12-27'],
      ['quoted', 'iranwire', undefined, 'article', '2022-12-09'],
    ]);
    expect(quote?.sources[0]?.paragraph).toBe(10);
  });
});
