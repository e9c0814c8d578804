import type { Finding, LintRule } from '../rule';

export const editorialAdditionsMarked: LintRule = {
  name: 'editorial-additions-marked',
  description:
    'Facts from outside the article are marked: a Persian-script name (`nameFa`) has a note of kind `addition` for that field, and every event date that is not stated in the article has a note of kind `conversion` or `interpretation` on `date`.',
  check({ dataset }) {
    const findings: Finding[] = [];
    for (const collection of ['people', 'organizations', 'places'] as const) {
      dataset[collection].forEach((record, index) => {
        if (
          record.nameFa !== undefined &&
          !record.notes?.some((note) => note.kind === 'addition' && note.field === 'nameFa')
        ) {
          findings.push({
            collection,
            index,
            field: 'nameFa',
            message:
              'is an editorial addition and needs a note { kind: "addition", field: "nameFa" }',
          });
        }
      });
    }
    dataset.events.forEach((event, index) => {
      if (event.date.basis.kind === 'stated') return;
      const explained = event.notes?.some(
        (note) =>
          note.field === 'date' &&
          (note.kind === 'conversion' || note.kind === 'interpretation' || note.kind === 'slip'),
      );
      if (!explained) {
        findings.push({
          collection: 'events',
          index,
          field: 'date',
          message: `is ${event.date.basis.kind}, not stated, and needs a note on "date" explaining how it was worked out`,
        });
      }
    });
    return findings;
  },
};
