import type { Dataset } from '../../../src/schema';
import { eachRecord, type Finding, type LintRule } from '../rule';

/** The languages every display text of the built-in story is translated into. */
export const TRANSLATED_INTO = ['fa'] as const;

type AnyRecord = Record<string, unknown> & {
  nameFa?: string;
  roles?: { title: string }[];
  participants?: { group?: string }[];
  speaker?: { group?: string };
  attribution?: { group?: string }[];
  translations?: Dataset['article']['translations'];
};

/**
 * The fields of a record that a widget shows or a reader of the exports reads, as dot paths: titles,
 * summaries, quotes and their sentences, names (a Persian reader has `nameFa` already), short names,
 * role titles and the unnamed groups of participants, speakers and chains.
 */
export function displayFields(record: AnyRecord, lang: string): string[] {
  const own = (key: string) => (typeof record[key] === 'string' ? [key] : []);
  const groups = (list: { group?: string }[] | undefined, path: string) =>
    (list ?? []).flatMap((item, i) => (item.group === undefined ? [] : [`${path}.${i}.group`]));
  return [
    ...own('title'),
    ...own('summary'),
    ...own('text'),
    ...own('context'),
    ...(lang === 'fa' && record.nameFa ? [] : own('name')),
    ...own('shortName'),
    ...(record.roles ?? []).map((_, i) => `roles.${i}.title`),
    ...groups(record.participants, 'participants'),
    ...(record.speaker?.group === undefined ? [] : ['speaker.group']),
    ...groups(record.attribution, 'attribution'),
  ];
}

export const translationsComplete: LintRule = {
  name: 'translations-complete',
  description: `Every display text (titles, summaries, quotes and context sentences, names without a Persian-script name, short names, role titles, unnamed groups) has a translation into ${TRANSLATED_INTO.join(', ')}, by the editors, from the article's language.`,
  check({ dataset }) {
    const findings: Finding[] = [];
    eachRecord(dataset, (record, collection, index) => {
      const typed = record as AnyRecord;
      for (const lang of TRANSLATED_INTO) {
        const translation = typed.translations?.[lang];
        if (translation && translation.from !== dataset.article.language)
          findings.push({
            collection,
            index,
            field: `translations.${lang}.from`,
            message: `is ${JSON.stringify(translation.from)}, but the records are in ${JSON.stringify(dataset.article.language)}`,
          });
        for (const key of displayFields(typed, lang)) {
          if (translation?.fields[key] === undefined)
            findings.push({
              collection,
              index,
              field: `translations.${lang}.fields.${key}`,
              message: `is missing: ${key} is shown to readers and needs its ${lang} translation`,
            });
        }
      }
    });
    return findings;
  },
};
