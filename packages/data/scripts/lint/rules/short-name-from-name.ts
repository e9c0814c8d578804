import type { Finding, LintRule } from '../rule';

export const shortNameFromName: LintRule = {
  name: 'short-name-from-name',
  description:
    "A person's `shortName` is the last word or words of their `name` (Khatami), or the whole name when it is only a family name (Nategh Nouri), so the one naming rule adds nothing the name does not say.",
  check({ dataset }) {
    const findings: Finding[] = [];
    dataset.people.forEach((person, index) => {
      const short = person.shortName;
      if (short === undefined) return;
      if (short !== person.name && !person.name.endsWith(` ${short}`)) {
        findings.push({
          collection: 'people',
          index,
          field: 'shortName',
          message: `${JSON.stringify(short)} is not the last word or words of ${JSON.stringify(person.name)}`,
        });
      }
    });
    return findings;
  },
};
