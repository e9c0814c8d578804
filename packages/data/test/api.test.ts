import { describe, expect, it } from 'vitest';
import {
  dataset,
  eventIds,
  events,
  eventsInvolving,
  getEvent,
  getOrganization,
  getPerson,
  getPlace,
  getQuote,
  indexDataset,
  localizedText,
  people,
  personIds,
  quotes,
  quotesBy,
  quotesOf,
  timeline,
  type Dataset,
  type Event,
  type Person,
} from '../src/index';

describe('lookups on the built-in data', () => {
  it('return the record for a known id', () => {
    const khatami: Person = getPerson('mohammad-khatami');
    expect(khatami.name).toBe('Mohammad Khatami');
    expect(getOrganization('cnn').name).toBe('CNN');
    expect(getPlace('tehran').within).toBe('iran');
    expect(getEvent('1998-01-16-friday-sermon').place).toBe('tehran');
    expect(getQuote('khatami-wall-of-distrust').text).toBe('wall of distrust');
  });

  it('return undefined for an id known only at run time that is not in the data', () => {
    const fromAttribute: string = ['mohamad-khatami'][0]!;
    expect(getPerson(fromAttribute)).toBeUndefined();
    expect(getEvent('' as string)).toBeUndefined();
  });

  it('reject a mistyped literal id at compile time', () => {
    // @ts-expect-error: "mohamad-khatami" is not a PersonId (this line fails `tsc` if it ever compiles)
    expect(getPerson('mohamad-khatami')).toBeUndefined();
  });

  it('export the ids as constants in the article’s order', () => {
    expect(personIds[0]).toBe('mohammad-khatami');
    expect(eventIds).toEqual(events.map((e) => e.id));
  });
});

describe('relations', () => {
  it('quotesBy: a person’s quotes in the article’s order', () => {
    expect(quotesBy('mohammad-khatami').map((q) => q.id)).toEqual([
      'khatami-incorrect',
      'khatami-civilized',
      'khatami-martyr',
      'khatami-wall-of-distrust',
      'khatami-remove-the-wall',
      'khatami-us-ready-to-negotiate',
    ]);
    expect(quotesBy('nobody')).toEqual([]);
  });

  it('eventsInvolving: as participant, speaker or link in an attribution chain', () => {
    const ids = eventsInvolving('nategh-nouri').map((e) => e.id);
    expect(ids).toContain('1998-01-15-nategh-nouri-on-the-leadership');
    // He passed on Besharati's words: involved through the attribution chain only.
    expect(ids).toContain('1998-01-besharati-advises-khamenei');
    expect(eventsInvolving('abraham-lincoln').map((e) => e.id)).toEqual(['1997-12-cnn-interview']);
  });

  it('quotesOf: an event’s quotes, which name the event back', () => {
    const sermon = quotesOf('1998-01-16-friday-sermon');
    expect(sermon.map((q) => q.id)).toEqual(getEvent('1998-01-16-friday-sermon').quotes);
    expect(sermon.every((q) => q.event === '1998-01-16-friday-sermon')).toBe(true);
  });

  it('every quote’s speaker is a person in the data or an unnamed group', () => {
    for (const quote of quotes) {
      if (quote.speaker.person) expect(people.map((p) => p.id)).toContain(quote.speaker.person);
      else expect(quote.speaker.group).toBeTruthy();
    }
  });
});

const event = (id: string, edtf: string): Event => ({
  id,
  title: id,
  summary: id,
  date: { edtf, precision: 'day', certainty: 'certain', basis: { kind: 'stated', phrase: id } },
  participants: [],
  type: { label: 'test' },
  quotes: [],
  sources: [{ source: 'a', paragraph: 1, excerpt: 'x' }],
});

describe('timeline', () => {
  it('puts the built-in events in date order, the summit before the interview before the sermon', () => {
    const order = timeline().map((e) => e.id);
    expect(order[0]).toBe('1979-us-embassy-occupation');
    expect(order.indexOf('1997-12-islamic-summit')).toBeLessThan(
      order.indexOf('1997-12-cnn-interview'),
    );
    expect(order.indexOf('1997-12-cnn-interview')).toBeLessThan(
      order.indexOf('1997-12-14-tehran-divided-over-interview'),
    );
    expect(order.at(-1)).toBe('1998-01-20-western-politicians-see-contradiction');
  });

  it('sorts an uncertain or approximate date by its earliest bound and keeps input order on ties', () => {
    const input = [
      event('c', '1998-01-16'),
      event('b', '1998-01'),
      event('a', '1998-01-11~'),
      event('d', '1998-01-11'),
      event('e', '1997'),
    ];
    expect(timeline(input).map((e) => e.id)).toEqual(['e', 'b', 'a', 'd', 'c']);
  });

  it('does not reorder its input', () => {
    const input = [event('late', '1999'), event('early', '1979')];
    timeline(input);
    expect(input.map((e) => e.id)).toEqual(['late', 'early']);
  });
});

describe('indexDataset on custom data', () => {
  const custom: Dataset = {
    article: {
      id: 'my-story',
      title: 'My story',
      publisher: 'Newsroom',
      date: '2024-01-01',
      language: 'en',
    },
    sources: [{ id: 'my-story', kind: 'article', title: 'My story' }],
    people: [
      {
        id: 'jane-doe',
        name: 'Jane Doe',
        aliases: [],
        roles: [],
        sources: [{ source: 'my-story', paragraph: 1, excerpt: 'Jane' }],
      },
    ],
    organizations: [],
    places: [],
    events: [
      {
        ...event('2023-05-02-speech', '2023-05-02'),
        participants: [{ person: 'jane-doe', role: 'speaker' }],
      },
      event('2023-speech', '2023'),
    ],
    quotes: [],
  };

  it('binds the lookups, relations and timeline to that data', () => {
    const ix = indexDataset(custom);
    expect(ix.getPerson('jane-doe')?.name).toBe('Jane Doe');
    expect(ix.getPerson('mohammad-khatami')).toBeUndefined();
    expect(ix.eventsInvolving('jane-doe').map((e) => e.id)).toEqual(['2023-05-02-speech']);
    expect(ix.timeline().map((e) => e.id)).toEqual(['2023-speech', '2023-05-02-speech']);
    expect(ix.quotesBy('jane-doe')).toEqual([]);
    expect(ix.dataset).toBe(custom);
  });

  it('is what the root helpers use for the built-in data', () => {
    expect(
      indexDataset(dataset)
        .timeline()
        .map((e) => e.id),
    ).toEqual(timeline().map((e) => e.id));
  });
});

describe('localizedText: a record’s text for a reader of one language', () => {
  const sermon = getEvent('1998-01-16-friday-sermon');
  const quote = getQuote('khamenei-wrong-to-think');

  it('gives the Persian translation to a Persian reader, saying it is a translation', () => {
    const title = localizedText(sermon, 'title', 'fa', 'en')!;
    expect(title).toEqual({
      text: sermon.translations!.fa!.fields.title,
      lang: 'fa',
      translated: true,
    });
    expect(title.text).toMatch(/خطبه/);
    // fa-IR and other tags of the language find the same translation.
    expect(localizedText(quote, 'text', 'fa-IR', 'en')).toMatchObject({
      lang: 'fa',
      translated: true,
    });
    const khamenei = getPerson('ali-khamenei');
    expect(localizedText(khamenei, 'roles.0.title', 'fa', 'en')?.text).toBe('رهبر جمهوری اسلامی');
  });

  it('gives the record’s own text, in the story’s language, when there is no translation', () => {
    expect(localizedText(quote, 'text', 'en', 'en')).toEqual({
      text: quote.text,
      lang: 'en',
      translated: false,
    });
    expect(localizedText(quote, 'text', 'de', 'en')).toEqual({
      text: quote.text,
      lang: 'en',
      translated: false,
    });
    expect(localizedText(sermon, 'no.such.field', 'fa', 'en')).toBeUndefined();
  });

  it('never translates a story into its own language', () => {
    const persianStory = {
      title: 'عنوان',
      translations: { fa: { by: 'editors' as const, from: 'en', fields: { title: 'x' } } },
    };
    expect(localizedText(persianStory, 'title', 'fa', 'fa')).toEqual({
      text: 'عنوان',
      lang: 'fa',
      translated: false,
    });
  });
});
