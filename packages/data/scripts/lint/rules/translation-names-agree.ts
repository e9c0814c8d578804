import type { Person } from '../../../src/schema';
import { eachTranslatedField, escapeRegExp, type Finding, type LintRule } from '../rule';

/** The words that name a person in English: the name, the short name and aliases that hold it. */
function englishNames(person: Person): string[] {
  const short = person.shortName;
  if (!short) return [];
  return [person.name, short, ...person.aliases.filter((alias) => alias.includes(short))];
}

/** The Persian a translation must use for a person: the short name from the translation, else the last word of `nameFa`. */
function persianName(person: Person, lang: string): string | undefined {
  return person.translations?.[lang]?.fields.shortName ?? person.nameFa?.split(' ').at(-1);
}

export const translationNamesAgree: LintRule = {
  name: 'translation-names-agree',
  description:
    "Names in translations follow the records: a person's translated short name is the last word or words of their `nameFa`, and a translated text names in that form every person the English text names.",
  check({ dataset }) {
    const findings: Finding[] = [];
    dataset.people.forEach((person, index) => {
      for (const [lang, translation] of Object.entries(person.translations ?? {})) {
        const short = translation.fields.shortName;
        if (short === undefined || !person.nameFa) continue;
        if (short !== person.nameFa && !person.nameFa.endsWith(` ${short}`))
          findings.push({
            collection: 'people',
            index,
            field: `translations.${lang}.fields.shortName`,
            message: `${JSON.stringify(short)} is not the last word or words of nameFa ${JSON.stringify(person.nameFa)}`,
          });
      }
    });
    const named = dataset.people.flatMap((person) => {
      const names = englishNames(person);
      return names.length && person.nameFa
        ? [{ person, pattern: new RegExp(`\\b(${names.map(escapeRegExp).join('|')})\\b`) }]
        : [];
    });
    eachTranslatedField(dataset, ({ collection, index, lang, field, original, text }) => {
      if (original === undefined) return;
      for (const { person, pattern } of named) {
        const persian = persianName(person, lang);
        if (persian && pattern.test(original) && !text.includes(persian))
          findings.push({
            collection,
            index,
            field,
            message: `names ${person.id} in English but not ${JSON.stringify(persian)} (from its nameFa)`,
          });
      }
    });
    return findings;
  },
};
