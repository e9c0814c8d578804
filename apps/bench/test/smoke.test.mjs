// Runs `bench --smoke` as a user would and checks that what it writes is complete and plausible,
// so that the benchmark cannot silently rot. The full benchmark is not part of the test suite.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const RUN = fileURLToPath(new URL('../src/run.mjs', import.meta.url));
let outDir;
let report;
let table;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'iw-bench-test-'));
  await promisify(execFile)(process.execPath, [RUN, '--smoke', '--out', outDir]);
  report = JSON.parse(await readFile(join(outDir, 'latest.json'), 'utf8'));
  table = await readFile(join(outDir, 'latest.md'), 'utf8');
}, 90_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('bench --smoke', () => {
  it('reports one run of each widget and how long it took', () => {
    expect(report.mode).toBe('smoke');
    expect(report.runsPerWidget).toBe(1);
    // No bound on the time here: a loaded CI machine is slow, and the test's own timeout caps it.
    expect(report.durationSeconds).toBeGreaterThan(0);
  });

  it('describes the machine and the browser', () => {
    expect(report.machine.cpus).toBeGreaterThan(0);
    expect(report.machine.chromium).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(report.machine.node).toBe(process.version);
    expect(report.widgets.timelinejs.version).toBe('3.9.11');
  });

  it('measures the three pages on the story, on a slow network, and on 100 synthetic events', () => {
    expect(report.scenarios.map((scenario) => [scenario.id, scenario.events > 0])).toEqual([
      ['story', true],
      ['story-slow-network', true],
      ['synthetic-100', true],
    ]);
    for (const scenario of report.scenarios) {
      for (const widget of [scenario.ours, scenario.timelinejs, scenario.floor]) {
        expect(widget.runs).toBe(1);
        expect(widget.failures).toEqual([]);
        const time = widget.navigationToRenderedMs.median;
        expect(time).toBeGreaterThan(0);
        expect(time).toBeLessThan(30_000);
        expect(widget.dataToRenderedMs.median).toBeLessThanOrEqual(time);
        expect(widget.titlesMissingAtSignal).toBeGreaterThanOrEqual(0);
        expect(widget.heapUsedMB.median).toBeGreaterThan(0);
        expect(widget.cumulativeLayoutShift.median).toBeGreaterThanOrEqual(0);
        const { code, all } = widget.bytes;
        expect(code.gzip).toBeGreaterThan(1000);
        expect(code.gzip).toBeLessThan(code.raw);
        expect(code.brotli).toBeLessThan(code.raw);
        expect(all.raw).toBeGreaterThanOrEqual(code.raw);
        // Neither widget may reach for another host; the launch blocks them, this catches a regression.
        expect(widget.offHostRequests).toEqual([]);
      }
      expect(scenario.ratios.gzipCode).toBeGreaterThan(0);
      expect(scenario.ratios.navigationToRendered).toBeGreaterThan(0);
      expect(scenario.ratios.oursOverFloor).toBeGreaterThan(0);
    }
  });

  it('checks reach on every page once, "rendered" already meaning every title in the DOM', () => {
    for (const scenario of report.scenarios.filter(({ id }) => id !== 'story-slow-network')) {
      for (const widget of [scenario.ours, scenario.timelinejs, scenario.floor]) {
        expect(widget.reach).toMatchObject({ ok: true, titles: scenario.events, notInDom: 0 });
        for (const count of ['hiddenOnScreen', 'hiddenInPrint', 'notInAccessibilityTree']) {
          expect(widget.reach[count]).toBeGreaterThanOrEqual(0);
          expect(widget.reach[count]).toBeLessThanOrEqual(scenario.events);
        }
      }
      // TimelineJS3 3.9.11 keeps every slide visible and exposed: the check can say yes.
      expect(scenario.timelinejs.reach).toMatchObject({
        hiddenOnScreen: 0,
        hiddenInPrint: 0,
        notInAccessibilityTree: 0,
      });
    }
  });

  it('throttles the slow-network story: both widgets take longer than over loopback', () => {
    const [story, slow] = ['story', 'story-slow-network'].map((id) =>
      report.scenarios.find((scenario) => scenario.id === id),
    );
    expect(slow.network.latencyMs).toBe(150);
    for (const widget of ['ours', 'timelinejs', 'floor']) {
      // At least a connection, the page and the script: three round trips.
      expect(slow[widget].navigationToRenderedMs.median).toBeGreaterThan(3 * 150);
      expect(slow[widget].navigationToRenderedMs.median).toBeGreaterThan(
        story[widget].navigationToRenderedMs.median,
      );
    }
  });

  it('measures the story prerendered beside the client-rendered one and TimelineJS3 (issue 12)', () => {
    for (const id of ['story', 'story-slow-network']) {
      const scenario = report.scenarios.find((row) => row.id === id);
      const { prerendered, ours, timelinejs } = scenario;
      expect(prerendered.runs).toBe(1);
      expect(prerendered.failures).toEqual([]);
      for (const widget of [prerendered, ours, timelinejs]) {
        expect(widget.firstContentfulPaintMs.median).toBeGreaterThan(0);
        expect(widget.firstTitlePaintMs.median).toBeGreaterThan(0);
        // Interactive no sooner than every event is rendered.
        expect(widget.navigationToInteractiveMs.median).toBeGreaterThanOrEqual(
          widget.navigationToRenderedMs.median,
        );
        expect(widget.bytes.htmlJs.gzip).toBeGreaterThan(widget.bytes.js.gzip);
      }
      // The story is in the prerendered page's HTML, and shows before the script has run.
      expect(prerendered.bytes.html.raw).toBeGreaterThan(50 * ours.bytes.html.raw);
      expect(prerendered.firstTitlePaintMs.median).toBeLessThan(
        prerendered.navigationToInteractiveMs.median,
      );
      expect(prerendered.offHostRequests).toEqual([]);
    }
    const story = report.scenarios.find((row) => row.id === 'story');
    expect(story.prerendered.reach).toMatchObject({ ok: true, notInDom: 0, hiddenInPrint: 0 });
    expect(story.prerendered.cumulativeLayoutShift.max).toBe(0);
    expect(table).toContain('### Arriving rendered: the story prerendered (issue 12)');
    expect(table).toContain('| Navigation → fully interactive (prerendered: hydrated) |');
  });

  it('loads TimelineJS3 from this machine: its script, style sheet and the story export', () => {
    const story = report.scenarios.find((scenario) => scenario.id === 'story');
    const paths = story.timelinejs.bytes.files.map((file) => file.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/vendor/timelinejs/js/timeline.js',
        '/vendor/timelinejs/css/timeline.css',
        '/data/story.timelinejs.json',
      ]),
    );
  });

  it('loads the floor from this machine: Lit bundled with its page script, and the story', () => {
    const story = report.scenarios.find((scenario) => scenario.id === 'story');
    const paths = story.floor.bytes.files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['/vendor/floor/floor.js', '/data/story.json']));
    expect(report.widgets.floor.version).toMatch(/^3\./);
  });

  it('judges the byte and speed budgets, says by how much they are missed, and leaves the scale budgets unmeasured', () => {
    expect(report.targets).toHaveLength(4);
    expect(report.targets.map((target) => target.met === null)).toEqual([false, false, true, true]);
    for (const target of report.targets.filter((row) => row.met !== null))
      expect(target.verdict).toMatch(target.met ? /^MET$/ : /^MISSED by \S/);
  });

  it('writes the Markdown table', () => {
    expect(table).toContain(
      '| | iw-timeline | TimelineJS3 | TimelineJS3 ÷ ours | floor (plain Lit list) |',
    );
    expect(table).toContain('| Events | iw-timeline | TimelineJS3 | floor (plain Lit list) |');
    expect(table).toContain('### Budgets (issue 13)');
    // Every budget is a row with its verdict: judged (MET or MISSED by …) or not measured here.
    for (const { target, met, verdict } of report.targets) {
      const row = table.split('\n').find((line) => line.startsWith(`| ${target} |`));
      const said = met === null ? 'not measured' : met ? 'MET' : `**${verdict}**`;
      expect(row, target).toBeDefined();
      expect(row?.endsWith(` | ${said} |`), row).toBe(true);
    }
    expect(table).toContain(report.machine.chromium);
  });
});
