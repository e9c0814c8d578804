import { parse } from 'edtf';
import { parseEdtf } from '../../../src/edtf';
import type { Dataset } from '../../../src/schema';
import type { Finding, LintRule } from '../rule';

/** Every EDTF field of the dataset, with its location. */
export function edtfFields(dataset: Dataset): (Omit<Finding, 'message'> & { value: unknown })[] {
  const fields: (Omit<Finding, 'message'> & { value: unknown })[] = [
    { collection: 'article', index: 0, field: 'date', value: dataset.article.date },
  ];
  dataset.sources.forEach((source, index) => {
    if (source.date !== undefined)
      fields.push({ collection: 'sources', index, field: 'date', value: source.date });
  });
  dataset.events.forEach((event, index) =>
    fields.push({ collection: 'events', index, field: 'date.edtf', value: event.date?.edtf }),
  );
  dataset.quotes.forEach((quote, index) => {
    if (quote.spoken !== undefined)
      fields.push({ collection: 'quotes', index, field: 'spoken', value: quote.spoken });
    if (quote.recorded !== undefined)
      fields.push({ collection: 'quotes', index, field: 'recorded', value: quote.recorded });
    quote.attribution?.forEach((link, j) => {
      if (link.date !== undefined)
        fields.push({
          collection: 'quotes',
          index,
          field: `attribution.${j}.date`,
          value: link.date,
        });
    });
  });
  return fields;
}

export const edtfParses: LintRule = {
  name: 'edtf-parses',
  description:
    'Every date is EDTF level 1 by the reference parser (the `edtf` package) and within the subset the published parser reads: a year, month or day with an optional ?, ~ or %.',
  check({ dataset }) {
    const findings: Finding[] = [];
    for (const { value, ...where } of edtfFields(dataset)) {
      const problem = (() => {
        if (typeof value !== 'string')
          return `must be an EDTF string, got ${JSON.stringify(value)}`;
        try {
          const result = parse(value, { level: 1 });
          if (result.type !== 'Date' && result.type !== 'Year')
            return `${JSON.stringify(value)} is an EDTF ${result.type}; only single dates are used`;
        } catch (error) {
          return `${JSON.stringify(value)} is not EDTF level 1: ${(error as Error).message.split('\n')[0]}`;
        }
        try {
          parseEdtf(value);
        } catch (error) {
          return (error as Error).message;
        }
        return undefined;
      })();
      if (problem) findings.push({ ...where, message: problem });
    }
    return findings;
  },
};
