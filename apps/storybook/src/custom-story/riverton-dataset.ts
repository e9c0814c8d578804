import type { Dataset } from '@iranwire/rapprochement-data';

/**
 * A made-up local story, told through the same schema: how a fictional town council reversed its
 * vote on closing a footbridge. Every name, date and quote here is invented for the demo; it shows
 * that another newsroom can feed its own reporting to the components through `.data`.
 */
const article = 'riverton-ledger-2024-03-12-footbridge';

const cite = (paragraph: number, excerpt: string) => [{ source: article, paragraph, excerpt }];

export const rivertonDataset: Dataset = {
  article: {
    id: article,
    title: 'How a Footbridge Vote Turned Around in Six Weeks',
    publisher: 'The Riverton Ledger (fictional)',
    date: '2024-03-12',
    language: 'en',
  },
  sources: [
    {
      id: article,
      kind: 'article',
      title: 'How a Footbridge Vote Turned Around in Six Weeks',
      publisher: 'The Riverton Ledger (fictional)',
      date: '2024-03-12',
    },
  ],
  people: [
    {
      id: 'dana-okafor',
      name: 'Dana Okafor',
      aliases: ['Mayor Okafor', 'the mayor'],
      roles: [
        {
          title: 'Mayor',
          organization: 'riverton-council',
          when: 'then',
          phrase: 'Mayor Dana Okafor',
        },
      ],
      sources: cite(2, 'Mayor Dana Okafor'),
    },
    {
      id: 'luis-ferreira',
      name: 'Luis Ferreira',
      aliases: ['Councillor Ferreira'],
      roles: [
        {
          title: 'Councillor',
          organization: 'riverton-council',
          when: 'then',
          phrase: 'Councillor Luis Ferreira',
        },
      ],
      sources: cite(3, 'Councillor Luis Ferreira'),
    },
    {
      id: 'mira-haddad',
      name: 'Mira Haddad',
      aliases: ['Haddad'],
      roles: [
        {
          title: 'Structural engineer',
          when: 'then',
          phrase: 'the structural engineer Mira Haddad',
        },
      ],
      sources: cite(4, 'the structural engineer Mira Haddad'),
    },
  ],
  organizations: [
    {
      id: 'riverton-council',
      name: 'Riverton Town Council',
      aliases: ['the council'],
      kind: 'council',
      basedIn: 'riverton',
      sources: cite(2, 'the Riverton Town Council'),
      notes: [
        {
          kind: 'addition',
          note: 'A fictional council, written for the component demo; no such town exists.',
        },
      ],
    },
    {
      id: 'riverton-ledger',
      name: 'The Riverton Ledger',
      aliases: ['the Ledger'],
      kind: 'newspaper',
      basedIn: 'riverton',
      sources: cite(1, 'The Riverton Ledger'),
    },
  ],
  places: [
    {
      id: 'riverton',
      name: 'Riverton',
      aliases: ['the town'],
      sources: cite(1, 'Riverton'),
    },
    {
      id: 'riverton-town-hall',
      name: 'Riverton Town Hall',
      aliases: ['the town hall'],
      within: 'riverton',
      sources: cite(2, 'at the town hall'),
    },
  ],
  events: [
    {
      id: '2024-01-30-closure-vote',
      title: 'The council votes to close the footbridge',
      summary:
        'By five votes to four, the council closes the Mill Street footbridge to save on repairs.',
      date: {
        edtf: '2024-01-30',
        precision: 'day',
        certainty: 'certain',
        basis: { kind: 'stated', phrase: 'on 30 January' },
      },
      participants: [
        { organization: 'riverton-council', role: 'host' },
        { person: 'dana-okafor', role: 'speaker' },
      ],
      place: 'riverton-town-hall',
      type: { cameo: '010', label: 'Make statement' },
      quotes: ['okafor-cannot-afford'],
      sources: cite(2, 'voted five to four on 30 January'),
    },
    {
      id: '2024-02-engineer-report',
      title: 'An engineer finds the repairs cheaper than budgeted',
      summary: 'An independent survey puts the repair bill at a third of the council’s estimate.',
      date: {
        edtf: '2024-02~',
        precision: 'month',
        certainty: 'approximate',
        basis: { kind: 'approximate', phrase: 'in early February' },
      },
      participants: [{ person: 'mira-haddad', role: 'author' }],
      type: { cameo: '013', label: 'Make optimistic comment' },
      quotes: ['haddad-sound-span'],
      sources: cite(4, 'in early February'),
    },
    {
      id: '2024-03-12-reversal-vote',
      title: 'The council reverses its vote',
      summary: 'Six weeks after the closure vote, the council votes to repair the bridge instead.',
      date: {
        edtf: '2024-03-12',
        precision: 'day',
        certainty: 'certain',
        basis: {
          kind: 'derived',
          phrase: 'six weeks later',
          anchor: '2024-01-30-closure-vote',
          offset: { days: 42 },
        },
      },
      participants: [
        { organization: 'riverton-council', role: 'host' },
        { person: 'luis-ferreira', role: 'speaker' },
      ],
      place: 'riverton-town-hall',
      type: { cameo: '080', label: 'Yield' },
      quotes: ['ferreira-listened'],
      sources: cite(5, 'six weeks later'),
    },
  ],
  quotes: [
    {
      id: 'okafor-cannot-afford',
      text: 'We cannot afford to pour money into a bridge that fewer people cross every year, and I would rather spend it on the bus routes that the whole town uses every single morning.',
      fragment: false,
      speaker: { person: 'dana-okafor' },
      attribution: [
        { act: 'said', person: 'dana-okafor', medium: 'speech', date: '2024-01-30' },
        { act: 'reported', organization: 'riverton-ledger', medium: 'newspaper', source: article },
      ],
      spoken: '2024-01-30',
      event: '2024-01-30-closure-vote',
      sources: cite(2, 'We cannot afford'),
    },
    {
      id: 'haddad-sound-span',
      text: 'structurally sound',
      fragment: true,
      context: 'Haddad called the span “structurally sound” apart from its railings.',
      speaker: { person: 'mira-haddad' },
      attribution: [
        { act: 'wrote', person: 'mira-haddad', medium: 'message' },
        { act: 'quoted', organization: 'riverton-ledger', medium: 'newspaper', source: article },
      ],
      event: '2024-02-engineer-report',
      sources: cite(4, 'structurally sound'),
    },
    {
      id: 'ferreira-listened',
      text: 'We listened, and the numbers changed.',
      fragment: false,
      speaker: { person: 'luis-ferreira' },
      attribution: [
        { act: 'said', person: 'luis-ferreira', medium: 'interview', date: '2024-03-12' },
        { act: 'reported', organization: 'riverton-ledger', medium: 'newspaper', source: article },
      ],
      spoken: '2024-03-12',
      event: '2024-03-12-reversal-vote',
      sources: cite(5, 'We listened, and the numbers changed.'),
    },
  ],
};
