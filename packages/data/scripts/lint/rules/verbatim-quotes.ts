import type { Finding, LintRule } from '../rule';

export const verbatimQuotes: LintRule = {
  name: 'verbatim-quotes',
  description:
    "A quote's text (and its context sentence) occurs letter for letter in a paragraph the quote cites: quotes are never corrected, typographic marks included.",
  check({ dataset, source }) {
    const findings: Finding[] = [];
    dataset.quotes.forEach((quote, index) => {
      const cited = quote.sources.map(
        (citation) => source.paragraphs[citation.paragraph - 1] ?? '',
      );
      const where = quote.sources.map((citation) => `¶${citation.paragraph}`).join(', ');
      if (!cited.some((paragraph) => paragraph.includes(quote.text))) {
        findings.push({
          collection: 'quotes',
          index,
          field: 'text',
          message: `${JSON.stringify(quote.text)} does not occur verbatim in the cited ${where}`,
        });
      }
      if (quote.context !== undefined) {
        if (!cited.some((paragraph) => paragraph.includes(quote.context!))) {
          findings.push({
            collection: 'quotes',
            index,
            field: 'context',
            message: `does not occur verbatim in the cited ${where}`,
          });
        } else if (!quote.context.includes(quote.text)) {
          findings.push({
            collection: 'quotes',
            index,
            field: 'context',
            message: 'does not contain the quote text',
          });
        }
      }
    });
    return findings;
  },
};
