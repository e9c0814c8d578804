import type { Dataset } from '../../../src/schema';
import type { Finding, LintRule } from '../rule';

/** Ids that some record points at. */
function referencedIds(dataset: Dataset): Set<string> {
  const ids = new Set<string>([dataset.article.id]);
  const add = (id: string | undefined) => id !== undefined && ids.add(id);
  dataset.sources.forEach((s) => add(s.author));
  dataset.people.forEach((p) => p.roles.forEach((r) => add(r.organization)));
  dataset.organizations.forEach((o) => add(o.basedIn));
  dataset.places.forEach((p) => (add(p.within), add(p.person)));
  dataset.events.forEach((e) => {
    add(e.place);
    e.participants.forEach((p) => (add(p.person), add(p.organization)));
  });
  dataset.quotes.forEach((q) => {
    add(q.speaker.person);
    q.attribution.forEach((l) => (add(l.person), add(l.organization), add(l.to), add(l.source)));
  });
  return ids;
}

export const noOrphans: LintRule = {
  name: 'no-orphans',
  description:
    'Every person, organization, place and source is linked from an event, a quote, a role or another record, unless marked `background` (and a background record is linked from nothing).',
  check({ dataset }) {
    const used = referencedIds(dataset);
    const findings: Finding[] = [];
    dataset.sources.forEach((record, index) => {
      if (!used.has(record.id))
        findings.push({
          collection: 'sources',
          index,
          field: 'id',
          message: `nothing refers to ${record.id}`,
        });
    });
    for (const collection of ['people', 'organizations', 'places'] as const) {
      dataset[collection].forEach((record, index) => {
        if (!used.has(record.id) && !record.background) {
          findings.push({
            collection,
            index,
            field: 'id',
            message: `nothing refers to ${record.id}: link it from an event, quote or role, or mark it "background": true`,
          });
        } else if (used.has(record.id) && record.background) {
          findings.push({
            collection,
            index,
            field: 'background',
            message: `${record.id} is marked background but is linked from the story`,
          });
        }
      });
    }
    return findings;
  },
};
