import { eachTranslatedField, type Finding, type LintRule } from '../rule';

/**
 * Words that begin with «می» but are not verbs with the prefix «می|» (which takes a zero-width
 * non-joiner): nouns and adjectives a translation may use.
 */
const MI_WORDS = new Set([
  'میان',
  'میانه',
  'میز',
  'میزان',
  'میزبان',
  'میزبانی',
  'میانجی',
  'میلاد',
  'میل',
  'میلادی',
  'میلیون',
  'میلیارد',
  'میدان',
  'میراث',
  'میهمان',
  'میهن',
  'میوه',
  'میرزا',
]);

/** A Persian word: letters of the Arabic script, the zero-width non-joiner and marks. */
const WORD = /[\u0600-\u06FF\u200C]+/g;

/** What a Persian editor would correct, each with its message. */
const CHECKS: { pattern: RegExp; message: (match: string) => string }[] = [
  {
    pattern: /[\u064A\u0643\u0649]/g,
    message: (letter) =>
      `has the Arabic letter ${JSON.stringify(letter)}; Persian writes ${letter === '\u0643' ? '«ک»' : '«ی»'}`,
  },
  {
    pattern: /[0-9\u0660-\u0669]/g,
    message: (digit) =>
      `has the digit ${JSON.stringify(digit)}; Persian text uses Persian digits (۰–۹)`,
  },
  {
    // The verbal prefix written apart: «می شود» for «می|شود».
    pattern: /(?<![\u0600-\u06FF\u200C])ن?می (?=[\u0600-\u06FF])/g,
    message: (match) =>
      `writes ${JSON.stringify(match.trim())} apart with a space; it takes a zero-width non-joiner (U+200C)`,
  },
  {
    // Plural and enclitic endings written apart: «روزنامه ها», «کرده اند», «چهره ای».
    pattern:
      /(?<=[\u0600-\u06FF]) (ها|های|هایی|هایش|هایشان|اند|ای|ام|ایم|اید|تر|ترین)(?![\u0600-\u06FF\u200C])/g,
    message: (match) =>
      `writes the ending ${JSON.stringify(match.trim())} apart with a space; it takes a zero-width non-joiner (U+200C)`,
  },
  {
    // A non-joiner with nothing to separate: at a word's edge, or two in a row.
    pattern: /\u200C(?![\u0600-\u06FF])|(?<![\u0600-\u06FF])\u200C|\u200C\u200C/g,
    message: () => 'has a zero-width non-joiner at the edge of a word, or two in a row',
  },
];

export const persianOrthography: LintRule = {
  name: 'persian-orthography',
  description:
    'Persian translations are written as a Persian editor writes: Persian «ی» and «ک» (not the Arabic ي ك ى), Persian digits, and the zero-width non-joiner (not a space, not nothing) in «می|» before a verb and before endings such as «ها» and «اند».',
  check({ dataset }) {
    const findings: Finding[] = [];
    eachTranslatedField(dataset, ({ collection, index, lang, field, text }) => {
      if (lang.split('-')[0] !== 'fa') return;
      const problems = new Set<string>();
      for (const { pattern, message } of CHECKS)
        for (const [match] of text.matchAll(pattern)) problems.add(message(match));
      // The prefix run on without a non-joiner: «میشود», «نمیکند».
      for (const [word] of text.matchAll(WORD)) {
        const stem = word.replace(/^ن/, '');
        if (/^می[\u0600-\u06FF]/.test(stem) && !MI_WORDS.has(word.split('\u200C')[0]!))
          problems.add(
            `runs ${JSON.stringify(word)} together; «می» before a verb takes a zero-width non-joiner (U+200C)`,
          );
      }
      for (const message of problems) findings.push({ collection, index, field, message });
    });
    return findings;
  },
};
