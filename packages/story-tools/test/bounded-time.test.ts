// The importer finishes in bounded time, with a bounded list of warnings, on any file under its
// size limit (issue 24). Each case is one that was quadratic or unbounded: at the sizes below the
// old importer took minutes or listed millions of warnings; each now takes well under a second on
// a laptop, and the bound leaves a busy 2-core CI machine ten times that.
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, fromTimelineJS, MAX_INPUT_CHARACTERS, MAX_WARNINGS } from '../src/index.js';

const HEADER = CSV_COLUMNS.join(',');
const row = (headline: string, text = '') =>
  `1998,,,,,,,,,${headline},"${text}"${','.repeat(CSV_COLUMNS.length - 11)}`;

/** Imports `input`, and says how long it took. */
function timed(input: string) {
  expect(input.length).toBeLessThanOrEqual(MAX_INPUT_CHARACTERS);
  const started = performance.now();
  const result = fromTimelineJS(input);
  return { ...result, ms: performance.now() - started };
}

const BOUND_MS = 10_000;

describe('the importer on the slow cases, near its size limit', () => {
  it('50,000 slides with one headline: ids counted once, not from 2 on every slide', () => {
    const { dataset, ms } = timed(
      [HEADER, ...Array.from({ length: 50_000 }, () => row('A'))].join('\n'),
    );
    expect(ms).toBeLessThan(BOUND_MS);
    const ids = dataset.events.map((event) => event.id);
    expect(new Set(ids).size).toBe(50_000);
    expect(ids.slice(0, 3)).toEqual(['1998-a', '1998-a-2', '1998-a-3']);
    expect(ids.at(-1)).toBe('1998-a-50000');
  }, 30_000);

  it('a cell of 1.5 million unclosed tags: the markup dropped whole, the text kept', () => {
    const { dataset, warnings, ms } = timed(
      [HEADER, row('Deep', `${'<b>'.repeat(1_500_000)}words`)].join('\n'),
    );
    expect(ms).toBeLessThan(BOUND_MS);
    expect(dataset.events[0]!.summary).toBe('words');
    expect(warnings.map((warning) => warning.message).join('\n')).toMatch(
      /its markup, over 10,000 tags/,
    );
  }, 30_000);

  it('two million columns the template does not have: one warning, not two million', () => {
    const { warnings, ms } = timed([`${HEADER}${',x'.repeat(2_000_000)}`, row('A')].join('\n'));
    expect(ms).toBeLessThan(BOUND_MS);
    const columns = warnings.filter((warning) =>
      /not TimelineJS3's template/.test(warning.message),
    );
    expect(columns).toHaveLength(1);
    expect(columns[0]!.message).toMatch(/^2,000,000 columns are not/);
  }, 30_000);

  it('300,000 ragged rows: the first warnings listed, then how many more', () => {
    const { warnings, ms } = timed(
      [HEADER, row('A'), ...Array.from({ length: 300_000 }, () => '1998')].join('\n'),
    );
    expect(ms).toBeLessThan(BOUND_MS);
    expect(warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(warnings.at(-1)!.message).toMatch(/^[\d,]+ more warnings are not listed/);
    // With no event at all, the error names a few reasons, not 300,000.
    expect(() =>
      timed([HEADER, ...Array.from({ length: 300_000 }, () => '1998')].join('\n')),
    ).toThrow(/^No slide could be read as an event: row 2, .{0,8000}\(and 299,980 more\)\.$/);
  }, 60_000);

  it('a value a megabyte long is quoted in a warning cut short', () => {
    const { warnings } = timed(
      [HEADER, `${row('A').replace(/,,,,,,,,$/, '')},${'z'.repeat(1_000_000)},,,,,,,`].join('\n'),
    );
    for (const warning of warnings) expect(warning.message.length).toBeLessThanOrEqual(300);
  });
});
