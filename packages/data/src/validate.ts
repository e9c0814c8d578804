/**
 * `@iranwire/rapprochement-data/validate`: checks a custom dataset against the schema and its
 * references. A separate entry so that pages which only read the built-in data do not load valibot.
 */
import * as v from 'valibot';
import { checkReferences, type DatasetIssue } from './references';
import { Dataset, Edtf } from './schema';

export * from './schema';
export { checkReferences, endsBeforeStart, type DatasetIssue } from './references';

/** Whether a value is a date the dataset takes: the pattern and a day the calendar has (`Edtf`). */
export const isValidEdtf = (value: unknown): value is string => v.is(Edtf, value);

export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; issues: DatasetIssue[] };

/** Validates unknown input (parsed JSON, say) as a dataset; issues name a dot path and a reason. */
export function validateDataset(input: unknown): ValidationResult {
  const result = v.safeParse(Dataset, input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.issues.map((issue) => ({
        path: v.getDotPath(issue) ?? '(root)',
        message: issue.message,
      })),
    };
  }
  const issues = checkReferences(result.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: result.output };
}
