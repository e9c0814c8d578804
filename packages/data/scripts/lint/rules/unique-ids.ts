import { eachRecord, type Finding, type LintRule } from '../rule';

export const uniqueIds: LintRule = {
  name: 'unique-ids',
  description: 'No two records share an id, across all collections, so any id names one thing.',
  check({ dataset, files }) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    eachRecord(dataset, (record, collection, index) => {
      // The article record describes the source of the same id; that pair is not a clash.
      if (collection === 'article') return;
      const file = files[collection][index] ?? collection;
      const first = seen.get(record.id);
      if (first !== undefined) {
        findings.push({
          collection,
          index,
          field: 'id',
          message: `${JSON.stringify(record.id)} is already the id of ${first}`,
        });
      } else {
        seen.set(record.id, file);
      }
    });
    return findings;
  },
};
