import { eachTranslatedField, type Finding, type LintRule } from '../rule';

export const noUntranslatedLatin: LintRule = {
  name: 'no-untranslated-latin',
  description:
    'A translation into a language not written in Latin letters (Persian) has no Latin words left in it, except the names its glossary lists under `keepInLatin`.',
  check({ dataset, glossaries }) {
    const findings: Finding[] = [];
    eachTranslatedField(dataset, ({ collection, index, lang, field, text }) => {
      const glossary = glossaries[lang.split('-')[0]!];
      // Only languages with a glossary are known not to be written in Latin letters.
      if (!glossary) return;
      const kept = new Set(glossary.keepInLatin);
      const words = [...text.matchAll(/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*/g)]
        .map(([word]) => word.replace(/[.’'-]+$/, ''))
        .filter((word) => !kept.has(word));
      if (words.length > 0)
        findings.push({
          collection,
          index,
          field,
          message: `has untranslated Latin words: ${[...new Set(words)].join(', ')} (names Persian writes in Latin go in the glossary's keepInLatin)`,
        });
    });
    return findings;
  },
};
