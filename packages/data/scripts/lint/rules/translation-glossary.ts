import { eachTranslatedField, escapeRegExp, type Finding, type LintRule } from '../rule';

export const translationGlossary: LintRule = {
  name: 'translation-glossary',
  description:
    "One term for each thing: where the English text has a term of the language's glossary (`glossary/<lang>.json`: Supreme Leader, Expediency Council, Friday prayers, diary …), its translation has that glossary's term for it.",
  check({ dataset, glossaries }) {
    const findings: Finding[] = [];
    const terms = Object.fromEntries(
      Object.entries(glossaries).map(([lang, glossary]) => [
        lang,
        glossary.terms.map((term) => ({
          term,
          en: term.en ? new RegExp(term.en) : new RegExp(`\\b${escapeRegExp(term.term)}\\b`, 'i'),
          fa: new RegExp(term.faPattern ?? escapeRegExp(term.fa)),
        })),
      ]),
    );
    eachTranslatedField(dataset, ({ collection, index, lang, field, original, text }) => {
      if (original === undefined) return;
      for (const { term, en, fa } of terms[lang.split('-')[0]!] ?? []) {
        if (en.test(original) && !fa.test(text))
          findings.push({
            collection,
            index,
            field,
            message: `translates “${term.term}” without the glossary's ${JSON.stringify(term.fa)}`,
          });
      }
    });
    return findings;
  },
};
