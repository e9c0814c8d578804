import { parseEdtf } from '../../../src/edtf';
import type { Finding, LintRule } from '../rule';

export const dateFieldsMatchEdtf: LintRule = {
  name: 'date-fields-match-edtf',
  description:
    "An event's `precision` and `certainty` say what its EDTF string says (1997-12 is a month, ~ is approximate).",
  check({ dataset }) {
    const findings: Finding[] = [];
    dataset.events.forEach((event, index) => {
      let parsed;
      try {
        parsed = parseEdtf(event.date.edtf);
      } catch {
        return; // edtf-parses reports it
      }
      for (const field of ['precision', 'certainty'] as const) {
        if (event.date[field] !== parsed[field]) {
          findings.push({
            collection: 'events',
            index,
            field: `date.${field}`,
            message: `is ${JSON.stringify(event.date[field])} but ${JSON.stringify(event.date.edtf)} has ${field} ${JSON.stringify(parsed[field])}`,
          });
        }
      }
    });
    return findings;
  },
};
