// Synthetic stories of any size, the same for every run and machine (a seeded generator), in both
// shapes: our dataset (checked with the data package's validateDataset) and TimelineJS3's JSON.

const PEOPLE = [
  ['synthetic-envoy', 'Envoy Arman Delavar'],
  ['synthetic-minister', 'Minister Sara Kiani'],
  ['synthetic-senator', 'Senator Hugh Marlow'],
  ['synthetic-editor', 'Editor Lena Brandt'],
  ['synthetic-cleric', 'Ayatollah Reza Sadr'],
];
const PLACES = [
  ['synthetic-tehran', 'Tehran'],
  ['synthetic-washington', 'Washington'],
  ['synthetic-geneva', 'Geneva'],
  ['synthetic-new-york', 'New York'],
];
const ACTIONS = [
  ['010', 'Make public statement', 'speaks about'],
  ['036', 'Express intent to meet or negotiate', 'proposes talks on'],
  ['043', 'Make a visit', 'travels to discuss'],
  ['111', 'Criticize or denounce', 'denounces'],
  ['051', 'Praise or endorse', 'praises'],
];
const TOPICS = [
  'sanctions',
  'the hostage crisis',
  'cultural exchange',
  'oil exports',
  'a wrestling tour',
  'the embassy',
];
const ARTICLE_ID = 'synthetic-article';
const PARAGRAPHS = 40;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A small seeded PRNG (mulberry32): the same sequence of floats in [0, 1) for the same seed. */
function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (random, list) => list[Math.floor(random() * list.length)];
const cite = (paragraph) => [
  { source: ARTICLE_ID, paragraph, excerpt: `Synthetic paragraph ${paragraph}.` },
];

/**
 * A story of `count` events in our dataset's shape, dated one to nine days apart from 1 January 1950.
 * Every title is unique (it carries the event's number), so the bench can look for each one on the page.
 * @param {number} count
 * @param {number} [seed]
 */
export function syntheticDataset(count, seed = 1997) {
  const random = seededRandom(seed + count);
  let time = Date.UTC(1950, 0, 1);
  const events = [];
  for (let index = 1; index <= count; index += 1) {
    time += (1 + Math.floor(random() * 9)) * DAY_MS;
    const day = new Date(time).toISOString().slice(0, 10);
    const [personId, personName] = pick(random, PEOPLE);
    const [placeId, placeName] = pick(random, PLACES);
    const [cameo, label, verb] = pick(random, ACTIONS);
    const topic = pick(random, TOPICS);
    const number = String(index).padStart(5, '0');
    events.push({
      id: `synthetic-event-${number}`,
      sources: cite(1 + (index % PARAGRAPHS)),
      title: `${personName} ${verb} ${topic} (event ${number})`,
      summary: `In ${placeName}, ${personName} ${verb} ${topic}. This event is generated for the benchmark.`,
      date: {
        edtf: day,
        precision: 'day',
        certainty: 'certain',
        basis: { kind: 'stated', phrase: `on ${day}` },
      },
      participants: [{ person: personId, role: 'speaker' }],
      place: placeId,
      type: { cameo, label },
      quotes: [],
    });
  }
  return {
    article: {
      id: ARTICLE_ID,
      title: `A synthetic story of ${count} events`,
      publisher: 'Benchmark generator',
      date: '2026-01-01',
      language: 'en',
    },
    sources: [
      {
        id: ARTICLE_ID,
        kind: 'article',
        title: `A synthetic story of ${count} events`,
        publisher: 'Benchmark generator',
      },
    ],
    people: PEOPLE.map(([id, name], index) => ({
      id,
      sources: cite(index + 1),
      name,
      aliases: [],
      roles: [],
    })),
    organizations: [],
    places: PLACES.map(([id, name], index) => ({
      id,
      sources: cite(index + 1),
      name,
      aliases: [],
    })),
    events,
    quotes: [],
  };
}

/**
 * Throws unless the data package's validator accepts `dataset`, naming the first issues.
 * @param {unknown} dataset
 * @param {(input: unknown) => { ok: boolean, issues?: { path: string, message: string }[] }} validateDataset
 */
export function assertValidDataset(dataset, validateDataset) {
  const result = validateDataset(dataset);
  if (result.ok) return;
  const first = (result.issues ?? []).slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
  throw new Error(
    `The synthetic dataset of ${dataset?.events?.length} events is invalid: ${first.join('; ')}`,
  );
}

/**
 * The same synthetic story in TimelineJS3's JSON, shaped like the data package's TimelineJS export
 * (summary in a paragraph). Generated text holds no HTML special characters, so nothing needs
 * escaping, and every synthetic date has day precision.
 * @param {ReturnType<typeof syntheticDataset>} dataset
 */
export function syntheticTimelineJs(dataset) {
  return {
    title: {
      text: {
        headline: dataset.article.title,
        text: `<p>${dataset.article.publisher}</p>`,
      },
    },
    events: dataset.events.map((event) => {
      const [year, month, day] = event.date.edtf.split('-').map(Number);
      return {
        unique_id: event.id,
        start_date: { year, month, day },
        text: { headline: event.title, text: `<p>${event.summary}</p>` },
      };
    }),
  };
}
