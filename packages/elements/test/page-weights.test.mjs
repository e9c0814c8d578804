// The byte check's verdicts: a missed budget is reported and, while a page has a ceiling, only
// growth past the ceiling fails the build.
import { describe, expect, it } from 'vitest';
import { PAGES, judgeWeight } from '../scripts/page-weights.mjs';

describe('judgeWeight', () => {
  it('passes a page within its budget', () => {
    expect(judgeWeight(9_000, 10_000)).toMatchObject({ verdict: 'ok  ', fails: false });
  });
  it('fails a page over its budget when it has no ceiling', () => {
    expect(judgeWeight(10_001, 10_000)).toMatchObject({ verdict: 'FAIL', fails: true });
  });
  it('reports a missed budget by how much, without failing, while the page stays under its ceiling', () => {
    const result = judgeWeight(16_000, 10_000, 16_463);
    expect(result).toMatchObject({ verdict: 'MISS', fails: false });
    expect(result.notes).toContain('missed by 6000 B');
  });
  it('fails a page that grows past its ceiling', () => {
    const result = judgeWeight(16_464, 10_000, 16_463);
    expect(result).toMatchObject({ verdict: 'FAIL', fails: true });
    expect(result.notes).toContain('1 B over it');
  });
  it('keeps every issue-13 budget, and no ceiling below its budget', () => {
    const budgets = Object.fromEntries(PAGES.map((page) => [page.label, page.gzipBudget]));
    expect(budgets).toEqual({
      'a page with one quote card': 12_000,
      'a page with one inline badge': 10_000,
      'the whole story (one timeline)': 19_000,
      'a page with all three widgets': undefined,
    });
    for (const page of PAGES)
      if (page.gzipCeiling !== undefined && page.gzipBudget !== undefined)
        expect(page.gzipCeiling).toBeGreaterThan(page.gzipBudget);
  });
});
