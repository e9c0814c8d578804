import { checkReferences } from '../../../src/references';
import { locate, type LintRule } from '../rule';

export const referencesResolve: LintRule = {
  name: 'references-resolve',
  description:
    'Every id a record mentions (participants, speakers, attributions, places, anchors, quotes, sources) names an existing record of the right kind, and each participant, speaker and attribution link names exactly one actor.',
  check({ dataset }) {
    return checkReferences(dataset).map((issue) => ({
      ...locate(issue.path),
      message: issue.message,
    }));
  },
};
