import type { Quote } from '../../../src/schema';
import type { Finding, LintRule } from '../rule';

export const translationsNestLikeTheOriginal: LintRule = {
  name: 'translations-nest-like-the-original',
  description:
    "Translated quotes fit together as the English ones do, so the widgets can mark them: a fragment's translation occurs in its context sentence's translation, a quote nested in a longer one occurs in that one's translation, and the same English sentence has the same translation everywhere.",
  check({ dataset }) {
    const findings: Finding[] = [];
    const byId = new Map(dataset.quotes.map((quote) => [quote.id, quote]));
    const contexts = new Map<string, { quote: Quote; translated: string }>();
    dataset.quotes.forEach((quote, index) => {
      for (const [lang, { fields }] of Object.entries(quote.translations ?? {})) {
        const text = fields.text;
        const at = (key: string) => `translations.${lang}.fields.${key}`;
        const context = fields.context;
        if (text !== undefined && context !== undefined && !context.includes(text))
          findings.push({
            collection: 'quotes',
            index,
            field: at('context'),
            message: `does not contain the fragment's translation ${JSON.stringify(text)}`,
          });
        const parent = quote.partOf ? byId.get(quote.partOf) : undefined;
        const parentText = parent?.translations?.[lang]?.fields.text;
        if (
          parent?.text.includes(quote.text) &&
          text !== undefined &&
          parentText !== undefined &&
          !parentText.includes(text)
        )
          findings.push({
            collection: 'quotes',
            index,
            field: at('text'),
            message: `is not in the translation of ${parent.id}, which the English is part of`,
          });
        if (quote.context !== undefined && context !== undefined) {
          const key = `${lang} ${quote.context}`;
          const seen = contexts.get(key);
          if (seen && seen.translated !== context)
            findings.push({
              collection: 'quotes',
              index,
              field: at('context'),
              message: `translates the same sentence as ${seen.quote.id} differently`,
            });
          else contexts.set(key, { quote, translated: context });
        }
      }
    });
    return findings;
  },
};
