import type { Finding, LintRule } from '../rule';

export const verbatimPhrases: LintRule = {
  name: 'verbatim-phrases',
  description:
    "The article's own words kept as data occur verbatim in the article: name variants (aliases), role phrases and the phrases that date events.",
  check({ dataset, source }) {
    const findings: Finding[] = [];
    const expect = (
      phrase: string,
      collection: Finding['collection'],
      index: number,
      field: string,
    ) => {
      if (!source.text.includes(phrase)) {
        findings.push({
          collection,
          index,
          field,
          message: `${JSON.stringify(phrase)} does not occur in the article`,
        });
      }
    };
    for (const collection of ['people', 'organizations', 'places'] as const) {
      dataset[collection].forEach((record, index) => {
        record.aliases.forEach((alias, j) => expect(alias, collection, index, `aliases.${j}`));
      });
    }
    dataset.people.forEach((person, index) =>
      person.roles.forEach((role, j) => expect(role.phrase, 'people', index, `roles.${j}.phrase`)),
    );
    dataset.events.forEach((event, index) =>
      expect(event.date.basis.phrase, 'events', index, 'date.basis.phrase'),
    );
    return findings;
  },
};
