import { describe, expect, it } from 'vitest';
import { byteTotals, compressedSizes } from '../src/bytes.mjs';
import { cumulativeLayoutShift, longTaskStats } from '../src/measure.mjs';
import { summarize } from '../src/stats.mjs';

describe('summarize', () => {
  it('gives the median of an odd and an even count, with min and max', () => {
    expect(summarize([30, 10, 20])).toEqual({ median: 20, min: 10, max: 30 });
    expect(summarize([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
  });
  it('has nothing to say about no runs', () => {
    expect(summarize([])).toBeNull();
  });
});

describe('longTaskStats', () => {
  it('takes the harness check out of the task it ran in, and drops tasks left under 50 ms', () => {
    const tasks = [
      { start: 0, duration: 120 },
      { start: 500, duration: 70 },
    ];
    // The harness was busy 40 ms inside the second task: 30 ms of widget work are left.
    const stats = longTaskStats(tasks, [[510, 550]]);
    expect(stats).toEqual({ count: 1, maxMs: 120, totalBlockingMs: 70 });
  });
});

describe('cumulativeLayoutShift', () => {
  it('is the largest session window, not the sum of all shifts', () => {
    const shifts = [
      { start: 0, value: 0.1 },
      { start: 500, value: 0.1 },
      // More than a second later: a new window.
      { start: 3000, value: 0.15 },
    ];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.2);
  });
  it('closes a window after five seconds even when shifts keep coming', () => {
    const shifts = Array.from({ length: 12 }, (_, index) => ({ start: index * 900, value: 0.01 }));
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06);
  });
});

describe('bytes', () => {
  it('compresses repetitive text far below its raw size, brotli at least as well as gzip', () => {
    const sizes = compressedSizes(Buffer.from('timeline '.repeat(1000)));
    expect(sizes.raw).toBe(9000);
    expect(sizes.gzip).toBeLessThan(200);
    expect(sizes.brotli).toBeLessThanOrEqual(sizes.gzip);
  });
  it('counts JS and CSS as code, and every file in the total', () => {
    const file = (category, raw) => ({ category, raw, gzip: raw / 2, brotli: raw / 4 });
    const totals = byteTotals([
      file('js', 100),
      file('css', 40),
      file('data', 20),
      file('font', 8),
    ]);
    expect(totals.code).toEqual({ raw: 140, gzip: 70, brotli: 35 });
    expect(totals.all).toEqual({ raw: 168, gzip: 84, brotli: 42 });
    expect(totals.data.raw).toBe(20);
  });
  it('counts the page’s HTML with its JS (a prerendered widget is in it), not in code or the story’s total', () => {
    const file = (category, raw) => ({ category, raw, gzip: raw / 2, brotli: raw / 4 });
    const totals = byteTotals([file('html', 400), file('js', 100), file('css', 40)]);
    expect(totals.htmlJs).toEqual({ raw: 500, gzip: 250, brotli: 125 });
    expect(totals.html.raw).toBe(400);
    expect(totals.code.raw).toBe(140);
    expect(totals.all.raw).toBe(140);
  });
});
