import type { Finding, LintRule } from '../rule';

/** Follows `next` from each key; reports keys that come back to themselves. */
function cycles(next: Map<string, string>): Set<string> {
  const looping = new Set<string>();
  for (const start of next.keys()) {
    const seen = new Set<string>();
    let at: string | undefined = start;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      at = next.get(at);
    }
    if (at === start) looping.add(start);
  }
  return looping;
}

export const noCycles: LintRule = {
  name: 'no-cycles',
  description:
    'Chains of links end: a derived date does not count, through its anchors, from itself; a quote is not nested in itself through `partOf`; a place does not lie within itself.',
  check({ dataset }) {
    const findings: Finding[] = [];
    const anchors = new Map(
      dataset.events.flatMap((e) =>
        e.date.basis.kind === 'derived' ? [[e.id, e.date.basis.anchor] as const] : [],
      ),
    );
    const looping = cycles(anchors);
    dataset.events.forEach((event, index) => {
      if (looping.has(event.id)) {
        findings.push({
          collection: 'events',
          index,
          field: 'date.basis.anchor',
          message: `the anchors of ${event.id} lead back to it`,
        });
      }
    });
    const nested = cycles(
      new Map(dataset.quotes.flatMap((q) => (q.partOf ? [[q.id, q.partOf] as const] : []))),
    );
    dataset.quotes.forEach((quote, index) => {
      if (nested.has(quote.id)) {
        findings.push({
          collection: 'quotes',
          index,
          field: 'partOf',
          message: `${quote.id} is, through partOf, part of itself`,
        });
      }
    });
    const within = cycles(
      new Map(dataset.places.flatMap((p) => (p.within ? [[p.id, p.within] as const] : []))),
    );
    dataset.places.forEach((place, index) => {
      if (within.has(place.id)) {
        findings.push({
          collection: 'places',
          index,
          field: 'within',
          message: `${place.id} lies, through within, inside itself`,
        });
      }
    });
    return findings;
  },
};
