import { eachRecord, type Finding, type LintRule } from '../rule';

/** What a spreadsheet takes as the start of a formula, or of a cell it rewrites. */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const noSpreadsheetFormulas: LintRule = {
  name: 'no-spreadsheet-formulas',
  description:
    'No text starts with =, +, -, @, a tab or a carriage return: a spreadsheet opening the CSV exports would run it as a formula (the Excel copies neutralise such cells anyway, with a leading apostrophe).',
  check({ dataset }) {
    const findings: Finding[] = [];
    eachRecord(dataset, (record, collection, index) => {
      const visit = (value: unknown, path: string) => {
        if (typeof value === 'string') {
          if (FORMULA_START.test(value))
            findings.push({
              collection,
              index,
              field: path,
              message: `starts with ${JSON.stringify(value[0])}, which a spreadsheet reads as a formula`,
            });
        } else if (value && typeof value === 'object')
          for (const [key, inner] of Object.entries(value))
            visit(inner, path ? `${path}.${key}` : key);
      };
      visit(record, '');
    });
    return findings;
  },
};
