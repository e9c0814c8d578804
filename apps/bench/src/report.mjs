// Turns the raw results into ratios, issue 13's budgets with their verdicts, and the Markdown table.

const ratio = (theirs, ours) => (theirs != null && ours ? theirs / ours : null);

/**
 * TimelineJS3 divided by ours (above 1: ours is smaller, faster or lighter by that factor), and ours
 * divided by the floor (above 1: ours costs that many times the plainest Lit list).
 */
export function ratios(scenario) {
  const { ours, timelinejs, floor } = scenario;
  if (!ours.runs || !timelinejs.runs) return null;
  return {
    gzipCode: ratio(timelinejs.bytes.code.gzip, ours.bytes.code.gzip),
    gzipAll: ratio(timelinejs.bytes.all.gzip, ours.bytes.all.gzip),
    brotliAll: ratio(timelinejs.bytes.all.brotli, ours.bytes.all.brotli),
    navigationToRendered: ratio(
      timelinejs.navigationToRenderedMs.median,
      ours.navigationToRenderedMs.median,
    ),
    dataToRendered: ratio(timelinejs.dataToRenderedMs.median, ours.dataToRenderedMs.median),
    heapUsed: ratio(timelinejs.heapUsedMB.median, ours.heapUsedMB.median),
    oursOverFloor: floor?.runs
      ? ratio(ours.dataToRenderedMs.median, floor.dataToRenderedMs.median)
      : null,
  };
}

const reachedEverything = (reach) =>
  reach?.ok === true &&
  reach.notInDom + reach.hiddenOnScreen + reach.hiddenInPrint + reach.notInAccessibilityTree === 0;

/** "MET", or "MISSED by …" in the unit of the budget. */
const verdict = (met, missedBy) => (met ? 'MET' : `MISSED by ${missedBy}`);

/**
 * Issue 13's budgets, each with what was measured, whether it was met and by how much it was
 * missed (met: null when the run did not measure it).
 */
export function targets(scenarios) {
  const find = (id) => scenarios.find((scenario) => scenario.id === id);
  const story = find('story');
  const slow = find('story-slow-network');
  const thousand = find('synthetic-1000');
  const tenThousand = find('synthetic-10000');
  const rows = [];

  const storyGzip = story?.ours.runs ? story.ours.bytes.all.gzip : null;
  rows.push({
    target: 'The story: at most 19 kB gzip, at least 5× fewer bytes than TimelineJS3',
    measured:
      storyGzip != null && story.ratios
        ? `${kb(storyGzip)} gzip, ${story.ratios.gzipAll.toFixed(1)}× fewer than TimelineJS3`
        : 'not measured',
    met: storyGzip != null ? storyGzip <= 19_000 : null,
    verdict: storyGzip != null ? verdict(storyGzip <= 19_000, kb(storyGzip - 19_000)) : null,
  });

  const fast = story?.ratios?.navigationToRendered;
  const slowRatio = slow?.ratios?.navigationToRendered;
  const speedMet = fast != null && slowRatio != null ? fast >= 2.5 && slowRatio >= 4 : null;
  rows.push({
    target:
      'The story, navigation → fully rendered: at least 2.5× faster than TimelineJS3 on the fast network, 4× on the slow one',
    measured:
      fast != null
        ? `${fast.toFixed(1)}× faster${slowRatio != null ? `; ${slowRatio.toFixed(1)}× on the slow network` : ''}`
        : 'not measured',
    met: speedMet,
    verdict:
      speedMet === null
        ? null
        : verdict(
            speedMet,
            [
              fast < 2.5 ? `${(2.5 - fast).toFixed(1)}× on the fast network` : '',
              slowRatio < 4 ? `${(4 - slowRatio).toFixed(1)}× on the slow one` : '',
            ]
              .filter(Boolean)
              .join(' and '),
          ),
  });

  const overFloor1000 = thousand?.ratios?.oursOverFloor;
  rows.push({
    target: '1,000 events, data → rendered: at most 1.3× the floor',
    measured:
      overFloor1000 != null
        ? `${ms(thousand.ours.dataToRenderedMs.median)} against the floor's ${ms(thousand.floor.dataToRenderedMs.median)}: ${overFloor1000.toFixed(1)}×`
        : 'not measured',
    met: overFloor1000 != null ? overFloor1000 <= 1.3 : null,
    verdict:
      overFloor1000 != null
        ? verdict(overFloor1000 <= 1.3, `${(overFloor1000 - 1.3).toFixed(1)}× the floor`)
        : null,
  });

  const big = tenThousand;
  const overFloor10000 = big?.ratios?.oursOverFloor;
  if (big?.ours.runs && big.floor.runs && overFloor10000 != null) {
    const theirs = big.timelinejs.runs ? big.timelinejs.dataToRenderedMs.median : null;
    const oursMs = big.ours.dataToRenderedMs.median;
    const longest = big.ours.longTaskMaxMs.max;
    const misses = [
      overFloor10000 > 2 ? `${(overFloor10000 - 2).toFixed(1)}× the floor` : '',
      theirs != null && oursMs >= theirs ? `${ms(oursMs - theirs)} slower than TimelineJS3` : '',
      longest > 100 ? `a ${ms(longest)} task (${ms(longest - 100)} over)` : '',
      reachedEverything(big.ours.reach) ? '' : 'reach',
    ].filter(Boolean);
    rows.push({
      target:
        '10,000 events, data → fully rendered: at most 2× the floor, faster than TimelineJS3, no task over 100 ms, every event reachable',
      measured: `${ms(oursMs)} against the floor's ${ms(big.floor.dataToRenderedMs.median)} (${overFloor10000.toFixed(1)}×) and TimelineJS3's ${theirs != null ? ms(theirs) : '—'}; longest task ${ms(longest)}; ${reachText(big.ours.reach)}`,
      met: misses.length === 0,
      verdict: verdict(misses.length === 0, misses.join(', ')),
    });
  } else {
    rows.push({
      target:
        '10,000 events, data → fully rendered: at most 2× the floor, faster than TimelineJS3, no task over 100 ms, every event reachable',
      measured: big?.ours.runs === 0 ? `stopped: ${big.ours.stoppedBecause}` : 'not measured',
      met: big?.ours.runs === 0 ? false : null,
      verdict: big?.ours.runs === 0 ? 'MISSED: did not finish' : null,
    });
  }
  return rows;
}

const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const spread = (stat, format) =>
  stat ? `${format(stat.median)} (${format(stat.min)}–${format(stat.max)})` : '—';
const times = (value) => (value == null ? '—' : `${value.toFixed(1)}×`);

function reachText(reach) {
  if (!reach) return 'reach not checked';
  if (!reach.ok) return `reach check failed: ${reach.error}`;
  if (reachedEverything(reach))
    return `all ${reach.titles} events in the DOM, visible in print and on screen (${reach.checkedOnScreen} sampled), in the accessibility tree`;
  return `of ${reach.titles} events: ${reach.notInDom} not in the DOM, ${reach.hiddenOnScreen} of ${reach.checkedOnScreen} checked hidden on screen, ${reach.hiddenInPrint} hidden in print, ${reach.notInAccessibilityTree} missing from the accessibility tree`;
}

/** Short form for the story table: how many of the events each kind of reader reaches. */
function reachCell(reach) {
  if (!reach?.ok) return reachText(reach);
  const of = (missing) => `${reach.titles - missing}/${reach.titles}`;
  return `${of(reach.notInDom)} in the DOM, ${of(reach.hiddenInPrint)} printed, ${of(reach.notInAccessibilityTree)} in the accessibility tree`;
}

function widgetCell(result, format) {
  if (result.runs === 0) return `stopped: ${result.stoppedBecause}`;
  return format(result);
}

/**
 * Issue 12's rows: the story's timeline prerendered (its shadow root in the HTML, hydrated by
 * embed.js) beside the same timeline rendered on the client and TimelineJS3, in the same run.
 */
function arrivingRendered(story, slow) {
  const columns = ['prerendered', 'ours', 'timelinejs'];
  const row = (label, scenario, format) =>
    `| ${label} | ${columns.map((widget) => (scenario[widget] ? widgetCell(scenario[widget], format) : '—')).join(' | ')} |`;
  const time = (key) => (r) => spread(r[key], ms);
  const rows = [
    row(
      'Navigation → first contentful paint (of the page: nothing but the widget is on it)',
      story,
      time('firstContentfulPaintMs'),
    ),
    row('Navigation → the timeline’s first event title painted', story, time('firstTitlePaintMs')),
    row('Navigation → every event rendered', story, time('navigationToRenderedMs')),
    row(
      'Navigation → fully interactive (prerendered: hydrated)',
      story,
      time('navigationToInteractiveMs'),
    ),
  ];
  if (slow?.prerendered)
    rows.push(
      row(`Slow network: navigation → first event title painted`, slow, time('firstTitlePaintMs')),
      row(`Slow network: navigation → fully interactive`, slow, time('navigationToInteractiveMs')),
    );
  rows.push(
    row('Cumulative layout shift (no reservation CSS)', story, (r) =>
      spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)),
    ),
    row(
      'HTML + JS: raw / gzip',
      story,
      (r) => `${kb(r.bytes.htmlJs.raw)} / ${kb(r.bytes.htmlJs.gzip)}`,
    ),
    row(
      'Of which the page’s HTML: raw / gzip',
      story,
      (r) => `${kb(r.bytes.html.raw)} / ${kb(r.bytes.html.gzip)}`,
    ),
  );
  return [
    `### Arriving rendered: the story prerendered (issue 12)`,
    '',
    '| | iw-timeline, prerendered | iw-timeline, rendered on the client | TimelineJS3 |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}

/** The Markdown report: the same story side by side, the scale runs, the targets, the machine. */
export function markdown(report) {
  const { machine, scenarios } = report;
  const lines = [];
  const story = scenarios.find((scenario) => scenario.id === 'story');
  const slow = scenarios.find((scenario) => scenario.id === 'story-slow-network');
  lines.push(
    `Measured ${report.generatedAt.slice(0, 10)} on ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, ${machine.os}; ` +
      `Chromium ${machine.chromium} headless; Node ${machine.node}. ${report.runsPerWidget} run${report.runsPerWidget === 1 ? '' : 's'} of each widget per row, interleaved, ` +
      `each in a fresh browser context with the cache disabled. Times are medians (min–max). ` +
      `Load average ${machine.loadAverage.atStart.toFixed(1)} at the start, ${machine.loadAverage.atEnd.toFixed(1)} at the end. ` +
      `iw-timeline ${report.widgets.ours.version} (embed.js sha256 ${report.widgets.ours.embedSha256}…), TimelineJS3 ${report.widgets.timelinejs.version}, ` +
      `and the floor: a plain list in Lit ${report.widgets.floor.version} of the same events, each item \`content-visibility: auto\`, nothing nested.`,
    '',
  );
  if (story) {
    const { ours, timelinejs, floor, ratios: storyRatios } = story;
    const bytes = (result, group) =>
      widgetCell(
        result,
        (r) =>
          `${kb(r.bytes[group].raw)} / ${kb(r.bytes[group].gzip)} / ${kb(r.bytes[group].brotli)}`,
      );
    lines.push(
      `### The same story (${story.events} events)`,
      '',
      '| | iw-timeline | TimelineJS3 | TimelineJS3 ÷ ours | floor (plain Lit list) |',
      '|---|---|---|---|---|',
      `| JS + CSS: raw / gzip / brotli | ${bytes(ours, 'code')} | ${bytes(timelinejs, 'code')} | ${times(storyRatios?.gzipCode)} (gzip) | ${bytes(floor, 'code')} |`,
      `| Everything the story needs (code, data, fonts): raw / gzip / brotli | ${bytes(ours, 'all')} | ${bytes(timelinejs, 'all')} | ${times(storyRatios?.gzipAll)} (gzip) | ${bytes(floor, 'all')} |`,
      `| Navigation start → story fully rendered | ${widgetCell(ours, (r) => spread(r.navigationToRenderedMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.navigationToRenderedMs, ms))} | ${times(storyRatios?.navigationToRendered)} | ${widgetCell(floor, (r) => spread(r.navigationToRenderedMs, ms))} |`,
      ...(slow
        ? [
            `| Same, on a slow network (${slow.network.latencyMs} ms round trip, ${slow.network.downloadKbps / 1000} Mbit/s) | ${widgetCell(slow.ours, (r) => spread(r.navigationToRenderedMs, ms))} | ${widgetCell(slow.timelinejs, (r) => spread(r.navigationToRenderedMs, ms))} | ${times(slow.ratios?.navigationToRendered)} | ${widgetCell(slow.floor, (r) => spread(r.navigationToRenderedMs, ms))} |`,
          ]
        : []),
      `| Data handed over → fully rendered | ${widgetCell(ours, (r) => spread(r.dataToRenderedMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.dataToRenderedMs, ms))} | ${times(storyRatios?.dataToRendered)} | ${widgetCell(floor, (r) => spread(r.dataToRenderedMs, ms))} |`,
      `| Longest main-thread task | ${widgetCell(ours, (r) => spread(r.longTaskMaxMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.longTaskMaxMs, ms))} | | ${widgetCell(floor, (r) => spread(r.longTaskMaxMs, ms))} |`,
      `| Long tasks (> 50 ms) / total blocking time | ${widgetCell(ours, (r) => `${r.longTaskCount.median} / ${ms(r.totalBlockingMs.median)}`)} | ${widgetCell(timelinejs, (r) => `${r.longTaskCount.median} / ${ms(r.totalBlockingMs.median)}`)} | | ${widgetCell(floor, (r) => `${r.longTaskCount.median} / ${ms(r.totalBlockingMs.median)}`)} |`,
      `| Cumulative layout shift | ${widgetCell(ours, (r) => spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)))} | ${widgetCell(timelinejs, (r) => spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)))} | | ${widgetCell(floor, (r) => spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)))} |`,
      `| JS heap after rendering (after GC) | ${widgetCell(ours, (r) => spread(r.heapUsedMB, (v) => `${v.toFixed(1)} MB`))} | ${widgetCell(timelinejs, (r) => spread(r.heapUsedMB, (v) => `${v.toFixed(1)} MB`))} | ${times(storyRatios?.heapUsed)} | ${widgetCell(floor, (r) => spread(r.heapUsedMB, (v) => `${v.toFixed(1)} MB`))} |`,
      `| Reach: find-in-page, print, screen readers | ${widgetCell(ours, (r) => reachCell(r.reach))} | ${widgetCell(timelinejs, (r) => reachCell(r.reach))} | | ${widgetCell(floor, (r) => reachCell(r.reach))} |`,
      `| Requests to other hosts (blocked) | ${ours.offHostRequests.length} | ${timelinejs.offHostRequests.length} | | ${floor.offHostRequests.length} |`,
      '',
    );
  }
  if (story?.prerendered) lines.push(...arrivingRendered(story, slow));
  const synthetic = scenarios.filter((scenario) => scenario.synthetic);
  if (synthetic.length > 0) {
    const cell = (result) =>
      widgetCell(
        result,
        (r) =>
          `${spread(r.dataToRenderedMs, ms)}; from navigation ${ms(r.navigationToRenderedMs.median)}; longest task ${ms(r.longTaskMaxMs.max)}; heap ${r.heapUsedMB.median.toFixed(1)} MB; ${reachedEverything(r.reach) ? 'every event reachable' : reachText(r.reach)}`,
      );
    lines.push(
      '### Scale: synthetic stories (data handed over → fully rendered)',
      '',
      '| Events | iw-timeline | TimelineJS3 | floor (plain Lit list) | TimelineJS3 ÷ ours | ours ÷ floor |',
      '|---|---|---|---|---|---|',
      ...synthetic.map(
        (scenario) =>
          `| ${scenario.events.toLocaleString('en')} | ${cell(scenario.ours)} | ${cell(scenario.timelinejs)} | ${cell(scenario.floor)} | ${times(scenario.ratios?.dataToRendered)} | ${times(scenario.ratios?.oursOverFloor)} |`,
      ),
      '',
    );
  }
  lines.push(
    '### Budgets (issue 13)',
    '',
    '| Budget | Measured | Verdict |',
    '|---|---|---|',
    ...report.targets.map(
      ({ target, measured, met, verdict: said }) =>
        `| ${target} | ${measured} | ${met === null ? 'not measured' : met ? 'MET' : `**${said}**`} |`,
    ),
    '',
  );
  return lines.join('\n');
}
