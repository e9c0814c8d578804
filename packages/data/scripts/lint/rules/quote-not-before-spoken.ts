import { parseEdtf, type CalendarDay } from '../../../src/edtf';
import type { Quote } from '../../../src/schema';
import type { Finding, LintRule } from '../rule';

const day = ({ year, month, day }: CalendarDay) => Date.UTC(year, month - 1, day);

/** True when `later` can be on or after `earlier` (their spans may overlap). */
function canFollow(earlier: string, later: string): boolean {
  try {
    return day(parseEdtf(later).end) >= day(parseEdtf(earlier).start);
  } catch {
    return true; // edtf-parses reports unparsable dates
  }
}

/** The attribution link at which the speaker produces the quoted words. */
function speakerLink(quote: Quote): number {
  const index = quote.attribution.findIndex((link) =>
    quote.speaker.person !== undefined
      ? link.person === quote.speaker.person
      : link.group === quote.speaker.group,
  );
  return Math.max(index, 0);
}

export const quoteNotBeforeSpoken: LintRule = {
  name: 'quote-not-before-spoken',
  description:
    "Words are not recorded before they are spoken: `recorded` is not before `spoken`, the attribution chain's dates never go backwards, and no link from the speaker's own onwards is dated before `spoken`. (A diarist's informant, earlier in the chain, may speak first.)",
  check({ dataset }) {
    const findings: Finding[] = [];
    dataset.quotes.forEach((quote, index) => {
      if (quote.spoken && quote.recorded && !canFollow(quote.spoken, quote.recorded)) {
        findings.push({
          collection: 'quotes',
          index,
          field: 'recorded',
          message: `${quote.recorded} is before the words were spoken (${quote.spoken})`,
        });
      }
      const fromSpeaker = speakerLink(quote);
      let previous: string | undefined;
      quote.attribution.forEach((link, j) => {
        if (!link.date) return;
        if (previous && !canFollow(previous, link.date)) {
          findings.push({
            collection: 'quotes',
            index,
            field: `attribution.${j}.date`,
            message: `${link.date} is before the previous link of the chain (${previous})`,
          });
        } else if (j >= fromSpeaker && quote.spoken && !canFollow(quote.spoken, link.date)) {
          findings.push({
            collection: 'quotes',
            index,
            field: `attribution.${j}.date`,
            message: `${link.date} is before the words were spoken (${quote.spoken})`,
          });
        }
        previous = link.date;
      });
    });
    return findings;
  },
};
