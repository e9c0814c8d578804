import { compareEdtf, isWithin, parseEdtf } from '../../../src/edtf';
import type { Finding, LintRule } from '../rule';

export const placementWithinDate: LintRule = {
  name: 'placement-within-date',
  description:
    "`date.placed` is only for a month or a year, names other events dated to the day, and fits: each one falls within the event's own date, and `after` comes before `before`.",
  check({ dataset }) {
    const findings: Finding[] = [];
    const events = new Map(dataset.events.map((event) => [event.id, event]));
    dataset.events.forEach((event, index) => {
      const placed = event.date.placed;
      if (!placed) return;
      const problem = (field: string, message: string) =>
        findings.push({ collection: 'events', index, field: `date.placed${field}`, message });
      if (event.date.precision === 'day') {
        problem('', 'a date to the day needs no placement');
        return;
      }
      if (placed.after === undefined && placed.before === undefined) {
        problem('', 'names neither `after` nor `before`');
        return;
      }
      try {
        for (const side of ['after', 'before'] as const) {
          const id = placed[side];
          if (id === undefined) continue;
          const anchor = events.get(id);
          if (!anchor) continue; // references-resolve reports it
          if (id === event.id) problem(`.${side}`, 'an event cannot be placed by itself');
          else if (parseEdtf(anchor.date.edtf).precision !== 'day')
            problem(`.${side}`, `${id} is not dated to the day (${anchor.date.edtf})`);
          else if (!isWithin(anchor.date.edtf, event.date.edtf, event.date.edtf))
            problem(
              `.${side}`,
              `${id} (${anchor.date.edtf}) does not fall within ${event.date.edtf}`,
            );
        }
        const after = placed.after ? events.get(placed.after) : undefined;
        const before = placed.before ? events.get(placed.before) : undefined;
        if (after && before && compareEdtf(after.date.edtf, before.date.edtf) > 0)
          problem(
            '',
            `${after.id} (${after.date.edtf}) comes after ${before.id} (${before.date.edtf})`,
          );
      } catch {
        // edtf-parses reports unparsable dates
      }
    });
    return findings;
  },
};
