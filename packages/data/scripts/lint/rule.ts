import type { Dataset } from '../../src/schema';
import type { Collection, Glossary, LoadedRecords } from '../records';
import type { SourceText } from '../source';

export interface LintContext {
  dataset: Dataset;
  files: LoadedRecords['files'];
  glossaries: Record<string, Glossary>;
  source: SourceText;
}

/** Where a rule found a problem: the record (by collection and index) and the field in it. */
export interface Finding {
  collection: Collection | 'article';
  index: number;
  /** Dot path inside the record, e.g. `date.edtf` or `participants.0.person`. */
  field: string;
  message: string;
}

export interface LintRule {
  /** Kebab-case name, printed with every problem so it can be looked up in scripts/lint/rules/. */
  name: string;
  description: string;
  check(context: LintContext): Finding[];
}

/** Calls `visit` with every record of the dataset, its collection and its index. */
export function eachRecord(
  dataset: Dataset,
  visit: (record: { id: string }, collection: Collection | 'article', index: number) => void,
): void {
  visit(dataset.article, 'article', 0);
  for (const collection of [
    'sources',
    'people',
    'organizations',
    'places',
    'events',
    'quotes',
  ] as const) {
    dataset[collection].forEach((record, index) => visit(record, collection, index));
  }
}

/** Splits a dataset dot path (`events.3.participants.0.person`) into a finding's location. */
export function locate(path: string): Pick<Finding, 'collection' | 'index' | 'field'> {
  const [collection, index, ...field] = path.split('.');
  if (collection === 'article')
    return { collection, index: 0, field: [index, ...field].filter(Boolean).join('.') };
  return { collection: collection as Collection, index: Number(index), field: field.join('.') };
}

/** One translated field: where it is, the record's own text and its translation. */
export interface TranslatedField {
  record: { id: string };
  collection: Collection | 'article';
  index: number;
  lang: string;
  /** The field's dot path in the record (`title`, `roles.0.title`). */
  key: string;
  /** Where a finding about the translation points: `translations.fa.fields.title`. */
  field: string;
  /** The record's own text at `key` (undefined when the key names none). */
  original: string | undefined;
  text: string;
}

/** Calls `visit` with every translated field of every record. */
export function eachTranslatedField(
  dataset: Dataset,
  visit: (translated: TranslatedField) => void,
): void {
  eachRecord(dataset, (record, collection, index) => {
    const { translations } = record as { translations?: Dataset['article']['translations'] };
    for (const [lang, translation] of Object.entries(translations ?? {}))
      for (const [key, text] of Object.entries(translation.fields)) {
        let original: unknown = record;
        for (const part of key.split('.'))
          original = (original as Record<string, unknown> | undefined)?.[part];
        visit({
          record,
          collection,
          index,
          lang,
          key,
          field: `translations.${lang}.fields.${key}`,
          original: typeof original === 'string' ? original : undefined,
          text,
        });
      }
  });
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
