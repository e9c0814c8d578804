import type { Citation } from '../../../src/schema';
import { eachRecord, type Finding, type LintRule } from '../rule';

export const verbatimExcerpts: LintRule = {
  name: 'verbatim-excerpts',
  description:
    'Every citation cites the article, names one of its paragraphs, and its excerpt occurs letter for letter in that paragraph.',
  check({ dataset, source }) {
    const findings: Finding[] = [];
    const check = (
      citations: readonly Citation[] | undefined,
      collection: Finding['collection'],
      index: number,
      path: string,
    ) =>
      citations?.forEach((citation, j) => {
        const field = `${path}.${j}`;
        if (citation.source !== dataset.article.id) {
          findings.push({
            collection,
            index,
            field: `${field}.source`,
            message: `cites ${JSON.stringify(citation.source)}; paragraphs are numbered in the article ${dataset.article.id} only`,
          });
          return;
        }
        const paragraph = source.paragraphs[citation.paragraph - 1];
        if (paragraph === undefined) {
          findings.push({
            collection,
            index,
            field: `${field}.paragraph`,
            message: `¶${citation.paragraph} does not exist; the article has ${source.paragraphs.length} paragraphs`,
          });
        } else if (!paragraph.includes(citation.excerpt)) {
          findings.push({
            collection,
            index,
            field: `${field}.excerpt`,
            message: `${JSON.stringify(citation.excerpt)} does not occur in ¶${citation.paragraph}`,
          });
        }
      });
    eachRecord(dataset, (record, collection, index) => {
      check((record as { sources?: Citation[] }).sources, collection, index, 'sources');
    });
    dataset.sources.forEach((record, index) => check(record.citedIn, 'sources', index, 'citedIn'));
    return findings;
  },
};
