import { dataset, type Dataset, type Event } from '@iranwire/rapprochement-data';

const cite = (paragraph: number, excerpt: string) => [
  { source: 'newsroom-article', paragraph, excerpt },
];

/**
 * A small, valid dataset of another story, as a newsroom would pass it through `.data`.
 * `eventCount` pads it with generated events to exercise long timelines.
 */
export function newsroomDataset(eventCount = 2): Dataset {
  const events: Event[] = [
    {
      id: '2001-03-02-harbour-opening',
      title: 'The harbour reopens',
      summary: 'The mayor reopens the harbour after the storm.',
      date: {
        edtf: '2001-03-02',
        precision: 'day',
        certainty: 'certain',
        basis: { kind: 'stated', phrase: 'on 2 March 2001' },
      },
      participants: [{ person: 'jane-doe', role: 'host' }],
      type: { cameo: '010', label: 'Make statement' },
      quotes: ['doe-open-again'],
      sources: cite(2, 'The mayor reopened the harbour on 2 March 2001.'),
    },
    {
      id: '2001-02-storm',
      title: 'The storm',
      summary: 'A storm closes the harbour.',
      date: {
        edtf: '2001-02',
        precision: 'month',
        certainty: 'certain',
        basis: { kind: 'stated', phrase: 'in February 2001' },
      },
      participants: [{ person: 'sam-roe', role: 'subject' }],
      type: { cameo: '020', label: 'Appeal' },
      quotes: [],
      sources: cite(1, 'A storm closed the harbour in February 2001.'),
    },
  ];
  for (let n = events.length; n < eventCount; n++) {
    events.push({
      id: `2002-01-01-generated-${n}`,
      title: `Generated event ${n}`,
      summary: `Summary of generated event ${n}.`,
      date: {
        edtf: '2002-01-01',
        precision: 'day',
        certainty: 'certain',
        basis: { kind: 'stated', phrase: 'on 1 January 2002' },
      },
      participants: [{ person: 'sam-roe', role: 'attendee' }],
      type: { cameo: '040', label: 'Consult' },
      quotes: [],
      sources: cite(1, 'A storm closed the harbour in February 2001.'),
    });
  }
  return {
    article: {
      id: 'newsroom-article',
      title: 'The Harbour Story',
      publisher: 'Newsroom',
      date: '2001-04-01',
      language: 'en',
    },
    sources: [
      {
        id: 'newsroom-article',
        kind: 'article',
        title: 'The Harbour Story',
        publisher: 'Newsroom',
        date: '2001-04-01',
      },
    ],
    people: [
      {
        id: 'jane-doe',
        name: 'Jane Doe',
        nameFa: 'جین دو',
        aliases: ['Doe'],
        roles: [{ title: 'Mayor', when: 'then', phrase: 'the mayor' }],
        sources: cite(2, 'The mayor reopened the harbour on 2 March 2001.'),
      },
      {
        id: 'sam-roe',
        name: 'Sam Roe',
        aliases: ['Roe'],
        roles: [],
        sources: cite(1, 'A storm closed the harbour in February 2001.'),
      },
    ],
    organizations: [],
    places: [],
    events,
    quotes: [
      {
        id: 'doe-open-again',
        text: 'open again',
        fragment: true,
        context: 'The mayor said the harbour was “open again” and thanked the crews.',
        speaker: { person: 'jane-doe' },
        attribution: [{ act: 'said', person: 'jane-doe', medium: 'speech', date: '2001-03-02' }],
        spoken: '2001-03-02',
        event: '2001-03-02-harbour-opening',
        sources: cite(2, 'The mayor reopened the harbour on 2 March 2001.'),
      },
    ],
  };
}

/**
 * The built-in story as a custom story that has no translations, as an imported one: in the Persian
 * interface its text falls back to its own language, marked as such.
 */
export function untranslatedStory(): Dataset {
  const story = structuredClone(dataset);
  for (const records of [
    [story.article],
    story.sources,
    story.people,
    story.organizations,
    story.places,
    story.events,
    story.quotes,
  ])
    for (const record of records) delete record.translations;
  return story;
}
