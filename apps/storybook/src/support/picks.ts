import { dataset, eventsInvolving, quotesOf } from '@iranwire/rapprochement-data';

/*
 * The records the stories show, chosen by what they demonstrate rather than hard-coded, so the stories
 * keep working as editors correct the dataset. Each throws at load when the dataset lacks such a record,
 * which fails every story test with a clear message.
 */

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The dataset has no ${what} for the stories`);
  return value;
}

const mostBy = <T>(items: readonly T[], score: (item: T) => number): T | undefined =>
  [...items].sort((a, b) => score(b) - score(a))[0];

/** The person in the most events: the natural first filter. */
export const busiestPerson = required(
  mostBy(dataset.people, (person) => eventsInvolving(person.id).length),
  'person',
);

/** The event with the most quotes: highlighted in the timeline. */
export const eventWithMostQuotes = required(
  mostBy(dataset.events, (event) => quotesOf(event.id).length),
  'event',
);

/** The longest quote: it collapses behind "Show the full quote". */
export const longestQuote = required(
  mostBy(dataset.quotes, (quote) => quote.text.length),
  'quote',
);

/** A short quoted phrase with the article's sentence around it. */
export const fragmentQuote = required(
  dataset.quotes.find((quote) => quote.fragment && quote.context),
  'fragment quote with context',
);

/** A full statement by a named person, short enough not to collapse: the default card. */
export const featuredQuote = required(
  mostBy(
    dataset.quotes.filter((quote) => !quote.fragment && quote.speaker.person),
    (quote) => -Math.abs(quote.text.length - 200),
  ),
  'full quote by a named person',
);

/** The speaker of the featured quote, and another person for badges in running text. */
export const featuredPerson = required(
  dataset.people.find((person) => person.id === featuredQuote.speaker.person),
  'person for the featured quote',
);
