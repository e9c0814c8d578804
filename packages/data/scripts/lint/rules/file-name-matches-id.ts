import { basename } from 'node:path';
import { eachRecord, type Finding, type LintRule } from '../rule';

export const fileNameMatchesId: LintRule = {
  name: 'file-name-matches-id',
  description: 'Each record file is named after its id: records/<collection>/<id>.json.',
  check({ dataset, files }) {
    const findings: Finding[] = [];
    eachRecord(dataset, (record, collection, index) => {
      if (collection === 'article') return;
      const name = basename(files[collection][index] ?? '', '.json');
      if (name !== record.id) {
        findings.push({
          collection,
          index,
          field: 'id',
          message: `id ${JSON.stringify(record.id)} differs from the file name ${JSON.stringify(name)}`,
        });
      }
    });
    return findings;
  },
};
