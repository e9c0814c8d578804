import { ID_PATTERN } from '../../../src/schema';
import { eachRecord, type Finding, type LintRule } from '../rule';

export const idPattern: LintRule = {
  name: 'id-pattern',
  description:
    'Ids are kebab-case: lower-case letters and digits in groups joined by single hyphens.',
  check({ dataset }) {
    const findings: Finding[] = [];
    eachRecord(dataset, (record, collection, index) => {
      if (typeof record.id !== 'string' || !ID_PATTERN.test(record.id)) {
        findings.push({
          collection,
          index,
          field: 'id',
          message: `${JSON.stringify(record.id)} is not kebab-case (a-z, 0-9, single hyphens), e.g. "mohammad-khatami"`,
        });
      }
    });
    return findings;
  },
};
