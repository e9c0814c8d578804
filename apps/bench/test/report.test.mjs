// Issue 13's budgets as the report judges them, on made-up measurements: met, missed and by how much.
import { describe, expect, it } from 'vitest';
import { ratios, targets } from '../src/report.mjs';

const stat = (median, max = median) => ({ median, min: median, max });
const reach = {
  ok: true,
  titles: 1,
  notInDom: 0,
  hiddenOnScreen: 0,
  hiddenInPrint: 0,
  notInAccessibilityTree: 0,
  checkedOnScreen: 1,
};
const widget = ({ gzip = 10_000, navigation = 100, data = 50, longest = 40 } = {}) => ({
  runs: 1,
  bytes: {
    code: { gzip, raw: gzip * 3, brotli: gzip },
    all: { gzip, raw: gzip * 3, brotli: gzip },
  },
  navigationToRenderedMs: stat(navigation),
  dataToRenderedMs: stat(data),
  longTaskMaxMs: stat(longest),
  heapUsedMB: stat(2),
  reach,
});
const scenario = (id, ours, timelinejs, floor) => {
  const result = { id, ours, timelinejs, floor };
  return { ...result, ratios: ratios(result) };
};

describe('the budgets', () => {
  it('are met when every measure is within them', () => {
    const verdicts = targets([
      scenario(
        'story',
        widget({ gzip: 18_000, navigation: 100 }),
        widget({ gzip: 95_000, navigation: 300 }),
        widget(),
      ),
      scenario(
        'story-slow-network',
        widget({ navigation: 500 }),
        widget({ navigation: 2_500 }),
        widget(),
      ),
      scenario(
        'synthetic-1000',
        widget({ data: 120 }),
        widget({ data: 800 }),
        widget({ data: 100 }),
      ),
      scenario(
        'synthetic-10000',
        widget({ data: 2_000, longest: 90 }),
        widget({ data: 6_000 }),
        widget({ data: 1_200 }),
      ),
    ]);
    expect(verdicts.map((row) => row.met)).toEqual([true, true, true, true]);
    expect(verdicts.map((row) => row.verdict)).toEqual(['MET', 'MET', 'MET', 'MET']);
  });

  it('say by how much each one is missed', () => {
    const verdicts = targets([
      scenario(
        'story',
        widget({ gzip: 31_800, navigation: 150 }),
        widget({ gzip: 95_000, navigation: 260 }),
        widget(),
      ),
      scenario(
        'story-slow-network',
        widget({ navigation: 900 }),
        widget({ navigation: 2_300 }),
        widget(),
      ),
      scenario(
        'synthetic-1000',
        widget({ data: 400 }),
        widget({ data: 850 }),
        widget({ data: 190 }),
      ),
      scenario(
        'synthetic-10000',
        widget({ data: 35_000, longest: 445 }),
        widget({ data: 6_600 }),
        widget({ data: 1_200 }),
      ),
    ]);
    expect(verdicts.map((row) => row.met)).toEqual([false, false, false, false]);
    expect(verdicts[0].verdict).toBe('MISSED by 12.8 kB');
    expect(verdicts[1].verdict).toBe('MISSED by 0.8× on the fast network and 1.4× on the slow one');
    expect(verdicts[2].verdict).toBe('MISSED by 0.8× the floor');
    expect(verdicts[3].verdict).toBe(
      'MISSED by 27.2× the floor, 28400 ms slower than TimelineJS3, a 445 ms task (345 ms over)',
    );
  });

  it('are not judged when the run did not measure them', () => {
    expect(targets([]).map((row) => row.met)).toEqual([null, null, null, null]);
  });
});
