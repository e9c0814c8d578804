/**
 * The data lint: small named rules, each in rules/<name>.ts. A problem is reported as
 * `<file>: <field>: <message> [<rule>]`, and any problem fails the build.
 */
import type { LoadedRecords } from '../records';
import type { SourceText } from '../source';
import type { LintRule } from './rule';
import { dateFieldsMatchEdtf } from './rules/date-fields-match-edtf';
import { derivedDateArithmetic } from './rules/derived-date-arithmetic';
import { edtfParses } from './rules/edtf-parses';
import { eventCitesQuoteParagraphs } from './rules/event-cites-quote-paragraphs';
import { editorialAdditionsMarked } from './rules/editorial-additions-marked';
import { fileNameMatchesId } from './rules/file-name-matches-id';
import { lengthLimits } from './rules/length-limits';
import { noCycles } from './rules/no-cycles';
import { idPattern } from './rules/id-pattern';
import { noOrphans } from './rules/no-orphans';
import { placementWithinDate } from './rules/placement-within-date';
import { quoteEventLinksAgree } from './rules/quote-event-links-agree';
import { quoteNotBeforeSpoken } from './rules/quote-not-before-spoken';
import { referencesResolve } from './rules/references-resolve';
import { schema } from './rules/schema';
import { shortNameFromName } from './rules/short-name-from-name';
import { uniqueIds } from './rules/unique-ids';
import { verbatimExcerpts } from './rules/verbatim-excerpts';
import { verbatimPhrases } from './rules/verbatim-phrases';
import { verbatimQuotes } from './rules/verbatim-quotes';
import { noUntranslatedLatin } from './rules/no-untranslated-latin';
import { noSpreadsheetFormulas } from './rules/no-spreadsheet-formulas';
import { persianOrthography } from './rules/persian-orthography';
import { translationGlossary } from './rules/translation-glossary';
import { translationNamesAgree } from './rules/translation-names-agree';
import { translationsComplete } from './rules/translations-complete';
import { translationsNestLikeTheOriginal } from './rules/translations-nest-like-the-original';

export const RULES: readonly LintRule[] = [
  schema,
  idPattern,
  uniqueIds,
  fileNameMatchesId,
  referencesResolve,
  verbatimExcerpts,
  verbatimQuotes,
  verbatimPhrases,
  edtfParses,
  dateFieldsMatchEdtf,
  derivedDateArithmetic,
  noCycles,
  quoteNotBeforeSpoken,
  quoteEventLinksAgree,
  eventCitesQuoteParagraphs,
  placementWithinDate,
  shortNameFromName,
  noOrphans,
  editorialAdditionsMarked,
  lengthLimits,
  translationsComplete,
  persianOrthography,
  noUntranslatedLatin,
  translationNamesAgree,
  translationGlossary,
  translationsNestLikeTheOriginal,
  noSpreadsheetFormulas,
];

export interface LintProblem {
  rule: string;
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: LintProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message} [${problem.rule}]`;
}

/**
 * Runs the rules. When records do not match the schema, only the schema (and the id and date
 * pattern) problems are reported: the other rules assume well-formed records.
 */
export function lint(
  records: LoadedRecords,
  source: SourceText,
  rules: readonly LintRule[] = RULES,
): LintProblem[] {
  const context = { ...records, source };
  const run = (rule: LintRule): LintProblem[] =>
    rule.check(context).map((finding) => ({
      rule: rule.name,
      file:
        records.files[finding.collection][finding.index] ??
        `${finding.collection}[${finding.index}]`,
      field: finding.field,
      message: finding.message,
    }));
  const structural = rules.filter(
    (rule) => rule === schema || rule === idPattern || rule === edtfParses,
  );
  const first = structural.flatMap(run);
  if (first.some((problem) => problem.rule === schema.name)) return first;
  return [...first, ...rules.filter((rule) => !structural.includes(rule)).flatMap(run)];
}
