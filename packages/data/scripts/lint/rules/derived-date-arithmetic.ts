import { addOffset, formatCalendarDay, parseEdtf } from '../../../src/edtf';
import type { Finding, LintRule } from '../rule';

export const derivedDateArithmetic: LintRule = {
  name: 'derived-date-arithmetic',
  description:
    "A date derived from a relative phrase equals its anchor event's date plus the offset (years and months first, then days), at the derived date's precision.",
  check({ dataset }) {
    const findings: Finding[] = [];
    const events = new Map(dataset.events.map((event) => [event.id, event]));
    dataset.events.forEach((event, index) => {
      const basis = event.date.basis;
      if (basis.kind !== 'derived') return;
      const anchor = events.get(basis.anchor);
      if (!anchor) return; // references-resolve reports it
      try {
        const own = parseEdtf(event.date.edtf);
        const expected = formatCalendarDay(
          addOffset(parseEdtf(anchor.date.edtf).start, basis.offset),
          own.precision,
        );
        const actual = formatCalendarDay(own.start, own.precision);
        if (expected !== actual) {
          findings.push({
            collection: 'events',
            index,
            field: 'date.edtf',
            message: `is ${actual}, but ${anchor.id} (${anchor.date.edtf}) plus ${JSON.stringify(basis.offset)} is ${expected}`,
          });
        }
        if (basis.anchor === event.id) {
          findings.push({
            collection: 'events',
            index,
            field: 'date.basis.anchor',
            message: 'an event cannot be its own anchor',
          });
        }
      } catch {
        // edtf-parses reports unparsable dates
      }
    });
    return findings;
  },
};
