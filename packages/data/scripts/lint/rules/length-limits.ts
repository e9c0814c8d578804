import type { Finding, LintRule } from '../rule';

/** What fits the components: a headline on a timeline card, a summary under it, a name in a badge. */
export const LIMITS = { title: 80, summary: 400, name: 60, label: 60 } as const;

export const lengthLimits: LintRule = {
  name: 'length-limits',
  description: `Display text fits the components: event titles up to ${LIMITS.title} characters, summaries up to ${LIMITS.summary}, names up to ${LIMITS.name}, event-type labels up to ${LIMITS.label}. Quotes are never shortened, so they have no limit.`,
  check({ dataset }) {
    const findings: Finding[] = [];
    const limit = (
      text: string,
      max: number,
      collection: Finding['collection'],
      index: number,
      field: string,
    ) => {
      if (text.length > max) {
        findings.push({
          collection,
          index,
          field,
          message: `is ${text.length} characters; at most ${max} fit the components`,
        });
      }
    };
    dataset.events.forEach((event, index) => {
      limit(event.title, LIMITS.title, 'events', index, 'title');
      limit(event.summary, LIMITS.summary, 'events', index, 'summary');
      limit(event.type.label, LIMITS.label, 'events', index, 'type.label');
    });
    for (const collection of ['people', 'organizations', 'places'] as const) {
      dataset[collection].forEach((record, index) =>
        limit(record.name, LIMITS.name, collection, index, 'name'),
      );
    }
    return findings;
  },
};
