import * as v from 'valibot';
import {
  Article,
  EDTF_PATTERN,
  ID_PATTERN,
  Event,
  Organization,
  Person,
  Place,
  Quote,
  Source,
} from '../../../src/schema';
import type { LintRule, Finding } from '../rule';

const SCHEMAS = {
  sources: Source,
  people: Person,
  organizations: Organization,
  places: Place,
  events: Event,
  quotes: Quote,
} as const;

/** Pattern failures that a more specific rule (id-pattern, edtf-parses) reports instead. */
function ownedByAnotherRule(issue: v.BaseIssue<unknown>): boolean {
  const requirement = (issue as { requirement?: unknown }).requirement;
  return issue.type === 'regex' && (requirement === ID_PATTERN || requirement === EDTF_PATTERN);
}

export const schema: LintRule = {
  name: 'schema',
  description: 'Every record has the fields, types and values the schema (src/schema.ts) allows.',
  check({ dataset }) {
    const findings: Finding[] = [];
    const report = (
      collection: Finding['collection'],
      index: number,
      result: v.SafeParseResult<v.GenericSchema>,
    ) => {
      if (result.success) return;
      for (const issue of result.issues) {
        if (ownedByAnotherRule(issue)) continue;
        findings.push({
          collection,
          index,
          field: v.getDotPath(issue) ?? '(record)',
          message: issue.message,
        });
      }
    };
    report('article', 0, v.safeParse(Article, dataset.article));
    for (const [collection, recordSchema] of Object.entries(SCHEMAS) as [
      keyof typeof SCHEMAS,
      v.GenericSchema,
    ][]) {
      dataset[collection].forEach((record, index) =>
        report(collection, index, v.safeParse(recordSchema, record)),
      );
    }
    return findings;
  },
};
