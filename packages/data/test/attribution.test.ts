/**
 * How the records settle what the article leaves open, and who they say took part: the second
 * fact-check (issue 15). Each test pins one rule of the README's editorial policy.
 */
import { describe, expect, it } from 'vitest';
import { dataset, events, getEvent, getPerson, people, quotes } from '../src/index';

const RAFSANJANI = 'akbar-hashemi-rafsanjani';
const quote = (id: string) => quotes.find((q) => q.id === id)!;
const record = (id: string) =>
  [...dataset.people, ...dataset.organizations, ...dataset.events, ...dataset.quotes].find(
    (r) => r.id === id,
  )!;
const roleIn = (eventId: string, actor: string) =>
  getEvent(eventId)?.participants.find(
    (p) => p.person === actor || p.organization === actor || p.group === actor,
  )?.role;

describe('mentioned is not participating', () => {
  it('people and bodies the article only names in an event take part as `mentioned`', () => {
    expect(roleIn('1997-12-cnn-interview', 'abraham-lincoln')).toBe('mentioned');
    expect(roleIn('1997-12-27-us-message-reaches-swiss-embassy', 'bill-clinton')).toBe('mentioned');
    expect(roleIn('1997-12-27-us-message-reaches-swiss-embassy', 'clinton-administration')).toBe(
      'sender',
    );
    expect(roleIn('1998-01-16-friday-sermon', 'secretary-of-state')).toBe('mentioned');
    expect(roleIn('1997-12-27-khatami-consults-rafsanjani', 'ali-khamenei')).toBe('mentioned');
    expect(roleIn('1998-01-11-akhundi-visits-rafsanjani', 'left-wing')).toBe('mentioned');
    expect(roleIn('1998-01-11-akhundi-visits-rafsanjani', 'irib')).toBe('mentioned');
  });

  it('Rafsanjani wrote about Agha-Mohammadi’s words; the article does not say he heard them', () => {
    expect(roleIn('1998-01-agha-mohammadi-on-cnn-conditions', RAFSANJANI)).toBe('author');
    expect(getEvent('1998-01-agha-mohammadi-on-cnn-conditions')?.summary).not.toMatch(
      /tells Rafsanjani/,
    );
  });
});

describe('parallel sources are not a chain', () => {
  it('Besharati’s advice: Rafsanjani’s memoirs, and also Nategh Nouri, side by side', () => {
    const chain = quote('besharati-friday-will-be-cold').attribution.map((l) => [
      l.act,
      l.person ?? l.organization,
      l.to,
      l.medium,
      l.parallel ?? false,
    ]);
    expect(chain).toEqual([
      ['told', 'ali-mohammad-besharati', 'ali-khamenei', 'conversation', false],
      ['recorded', RAFSANJANI, undefined, 'diary', false],
      ['quoted', 'nategh-nouri', undefined, 'unstated', true],
      ['quoted', 'iranwire', undefined, 'article', false],
    ]);
  });

  it('no chain has Nategh Nouri telling Rafsanjani, which the article never says', () => {
    for (const q of quotes)
      for (const link of q.attribution)
        expect(link.person === 'nategh-nouri' && link.to === RAFSANJANI, q.id).toBe(false);
  });
});

describe('ambiguous passages say so', () => {
  it.each([
    ['rafsanjani-khamenei-not-satisfied', '¶14'],
    ['1998-01-11-akhundi-visits-rafsanjani', '¶14'],
    ['left-wing', '¶14'],
    ['rafsanjani-not-expedient', '¶22'],
    ['1998-01-16-rafsanjani-on-the-sermon', '¶22'],
    ['1998-01-15-nategh-nouri-on-the-leadership', '¶22'],
    ['besharati-friday-will-be-cold', '¶24'],
    ['rafsanjani-reply-a-bit-harsh', '¶16'],
    ['1998-01-10-khatami-visits-rafsanjani', '¶16'],
    // Found in our own review, beyond the list:
    ['khamenei-prayed-for-him', '¶19'],
    ['rafsanjani-foreign-ministry-disappointed', '¶25'],
    ['rafsanjani-khamenei-told-khatami', '¶13'],
    ['1998-01-04-iftar-with-khamenei', '¶13'],
  ])('%s records the reading chosen and the other one (%s)', (id, paragraph) => {
    const notes = (record(id).notes ?? []).filter((n) => n.kind === 'interpretation');
    expect(
      notes.some((n) => n.note.includes(paragraph) && /other reading/.test(n.note)),
      JSON.stringify(notes),
    ).toBe(true);
  });

  it('summaries do not settle ¶14’s “He claimed”', () => {
    expect(getEvent('1998-01-11-akhundi-visits-rafsanjani')?.summary).not.toMatch(
      /and claimed the left wing/,
    );
  });
});

describe('one rule for diary passages that report other people’s views', () => {
  it('words from Rafsanjani’s diary are his, unless the article quotes them as another’s own', () => {
    const viaDiary = quotes.filter((q) => q.attribution.some((l) => l.medium === 'diary'));
    const others = viaDiary.filter((q) => q.speaker.person !== RAFSANJANI).map((q) => q.id);
    // Khatami’s words in the diary’s inner quotation marks, and Besharati’s words to the leader.
    expect(others.sort()).toEqual([
      'besharati-friday-will-be-cold',
      'khatami-us-ready-to-negotiate',
    ]);
    for (const q of viaDiary) {
      const diary = q.attribution.find((l) => l.medium === 'diary')!;
      expect(diary.act, q.id).toBe(q.speaker.person === RAFSANJANI ? 'wrote' : 'recorded');
    }
  });

  it('¶8 (politicians who came to him) and ¶28 (Western politicians) follow the same rule', () => {
    for (const id of [
      'politicians-weakened-the-leadership',
      'politicians-split',
      'western-politicians-fear-or-orders',
    ])
      expect(quote(id).speaker, id).toEqual({ person: RAFSANJANI });
    // Those the article says came to him told him; those it does not, did not.
    expect(quote('politicians-split').attribution[0]).toMatchObject({
      act: 'told',
      group: 'a number of politicians',
      to: RAFSANJANI,
    });
    expect(quote('western-politicians-fear-or-orders').attribution[0]).toMatchObject({
      act: 'wrote',
      person: RAFSANJANI,
    });
  });
});

describe('notes say only what the article says', () => {
  it('does not make every Tehran newspaper a critic: only some attacked the interview (¶8)', () => {
    expect(roleIn('1997-12-14-tehran-divided-over-interview', 'Tehran newspapers')).toBe('actor');
  });

  it('leaves the article’s own inference about Rouhani’s visit to the article (¶12)', () => {
    expect(getEvent('1998-01-04-rouhani-visits-rafsanjani')?.summary).toMatch(/the article says/);
  });

  it('does not place Rafsanjani at the Expediency Council meeting', () => {
    const notes = getPerson(RAFSANJANI)
      ?.notes?.map((n) => n.note)
      .join(' ');
    expect(notes).not.toMatch(/places him at/);
    expect(notes).toMatch(/does not say whether he attended/);
    expect(
      events.some((e) =>
        e.participants.some((p) => p.person === 'bill-clinton' && p.role === 'sender'),
      ),
    ).toBe(false);
  });
});

describe('short names follow one rule', () => {
  it('every named person has one: the last word of the name, or a family name given alone', () => {
    const shortNames = Object.fromEntries(people.map((p) => [p.id, p.shortName]));
    expect(shortNames).toEqual({
      'abbas-akhundi': 'Akhundi',
      'abraham-lincoln': 'Lincoln',
      'akbar-hashemi-rafsanjani': 'Rafsanjani',
      'ali-agha-mohammadi': 'Agha-Mohammadi',
      'ali-khamenei': 'Khamenei',
      'ali-mohammad-besharati': 'Besharati',
      'bill-clinton': 'Clinton',
      'hassan-rouhani': 'Rouhani',
      'iran-foreign-minister': undefined,
      'mohammad-khatami': 'Khatami',
      'nategh-nouri': 'Nategh Nouri',
      'ruhollah-khomeini': 'Khomeini',
      'sabah-zanganeh': 'Zanganeh',
      'secretary-of-state': undefined,
    });
    for (const p of people)
      if (p.shortName && p.shortName !== p.name) expect(p.name.split(' ').at(-1)).toBe(p.shortName);
  });
});
