import type { Finding, LintRule } from '../rule';

export const quoteEventLinksAgree: LintRule = {
  name: 'quote-event-links-agree',
  description:
    "A quote's `event` lists the quote in its `quotes`, and every quote an event lists names that event back.",
  check({ dataset }) {
    const findings: Finding[] = [];
    const events = new Map(dataset.events.map((event) => [event.id, event]));
    const quotes = new Map(dataset.quotes.map((quote) => [quote.id, quote]));
    dataset.quotes.forEach((quote, index) => {
      const event = events.get(quote.event);
      if (event && !event.quotes.includes(quote.id)) {
        findings.push({
          collection: 'quotes',
          index,
          field: 'event',
          message: `${quote.event} does not list ${quote.id} in its quotes`,
        });
      }
    });
    dataset.events.forEach((event, index) => {
      event.quotes.forEach((id, j) => {
        const quote = quotes.get(id);
        if (quote && quote.event !== event.id) {
          findings.push({
            collection: 'events',
            index,
            field: `quotes.${j}`,
            message: `${id} belongs to ${quote.event}, not ${event.id}`,
          });
        }
      });
    });
    return findings;
  },
};
