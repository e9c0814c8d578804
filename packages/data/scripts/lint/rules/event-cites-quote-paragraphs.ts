import type { Finding, LintRule } from '../rule';

export const eventCitesQuoteParagraphs: LintRule = {
  name: 'event-cites-quote-paragraphs',
  description:
    'An event cites every paragraph of the article that its own quotes come from, so its sources say where all of its words are.',
  check({ dataset }) {
    const findings: Finding[] = [];
    const quotes = new Map(dataset.quotes.map((quote) => [quote.id, quote]));
    dataset.events.forEach((event, index) => {
      const cited = new Set(
        event.sources.map((citation) => `${citation.source}\u0000${citation.paragraph}`),
      );
      const missing = new Map<string, string[]>();
      for (const id of event.quotes) {
        for (const citation of quotes.get(id)?.sources ?? []) {
          const key = `${citation.source}\u0000${citation.paragraph}`;
          if (!cited.has(key)) missing.set(key, [...(missing.get(key) ?? []), id]);
        }
      }
      for (const [key, ids] of missing) {
        const [source, paragraph] = key.split('\u0000');
        findings.push({
          collection: 'events',
          index,
          field: 'sources',
          message: `does not cite ¶${paragraph} of ${source}, where its quote(s) ${ids.join(', ')} come from`,
        });
      }
    });
    return findings;
  },
};
