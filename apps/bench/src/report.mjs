// Turns the raw results into ratios, the issue's four targets, and the Markdown table.

const ratio = (theirs, ours) => (theirs != null && ours ? theirs / ours : null);

/** TimelineJS3 divided by ours: above 1 means ours is smaller, faster or lighter by that factor. */
export function ratios(scenario) {
  const { ours, timelinejs } = scenario;
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
  };
}

const reachedEverything = (reach) =>
  reach?.ok === true &&
  reach.notInDom + reach.hiddenOnScreen + reach.hiddenInPrint + reach.notInAccessibilityTree === 0;

/** The issue's targets, each with what was measured and whether it was met (null: not measured). */
export function targets(scenarios) {
  const find = (id) => scenarios.find((scenario) => scenario.id === id);
  const story = find('story');
  const thousand = find('synthetic-1000')?.ours;
  const tenThousand = find('synthetic-10000')?.ours;
  const storyRatios = story?.ratios;
  const slowRatios = find('story-slow-network')?.ratios;
  return [
    {
      target: 'At least 5× fewer gzip bytes than TimelineJS3 for the same story',
      measured: storyRatios
        ? `${storyRatios.gzipAll.toFixed(1)}× fewer (JS + CSS alone: ${storyRatios.gzipCode.toFixed(1)}×)`
        : 'not measured',
      met: storyRatios ? storyRatios.gzipAll >= 5 : null,
    },
    {
      target: 'At least 5× faster to a fully rendered story',
      measured: storyRatios
        ? `${storyRatios.navigationToRendered.toFixed(1)}× faster (median from navigation start)${slowRatios ? `; ${slowRatios.navigationToRendered.toFixed(1)}× on a slow network` : ''}`
        : 'not measured',
      met: storyRatios ? storyRatios.navigationToRendered >= 5 : null,
    },
    {
      target: '1,000 events rendered in under 100 ms',
      measured: thousand?.runs
        ? `${ms(thousand.dataToRenderedMs.median)} median from data to rendered (max ${ms(thousand.dataToRenderedMs.max)})`
        : 'not measured',
      met: thousand?.runs ? thousand.dataToRenderedMs.median < 100 : null,
    },
    {
      target:
        '10,000 events: no main-thread task over 200 ms; find-in-page, print and screen readers reach every event',
      measured: tenThousand?.runs
        ? `longest task ${ms(tenThousand.longTaskMaxMs.max)} (worst run); ${reachText(tenThousand.reach)}`
        : 'not measured',
      met: tenThousand?.runs
        ? tenThousand.longTaskMaxMs.max <= 200 && reachedEverything(tenThousand.reach)
        : null,
    },
  ];
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
      `iw-timeline ${report.widgets.ours.version} (embed.js sha256 ${report.widgets.ours.embedSha256}…), TimelineJS3 ${report.widgets.timelinejs.version}.`,
    '',
  );
  if (story) {
    const { ours, timelinejs, ratios: storyRatios } = story;
    const bytes = (result, group) =>
      widgetCell(
        result,
        (r) =>
          `${kb(r.bytes[group].raw)} / ${kb(r.bytes[group].gzip)} / ${kb(r.bytes[group].brotli)}`,
      );
    lines.push(
      `### The same story (${story.events} events)`,
      '',
      '| | iw-timeline | TimelineJS3 | TimelineJS3 ÷ ours |',
      '|---|---|---|---|',
      `| JS + CSS: raw / gzip / brotli | ${bytes(ours, 'code')} | ${bytes(timelinejs, 'code')} | ${times(storyRatios?.gzipCode)} (gzip) |`,
      `| Everything the story needs (code, data, fonts): raw / gzip / brotli | ${bytes(ours, 'all')} | ${bytes(timelinejs, 'all')} | ${times(storyRatios?.gzipAll)} (gzip) |`,
      `| Navigation start → story fully rendered | ${widgetCell(ours, (r) => spread(r.navigationToRenderedMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.navigationToRenderedMs, ms))} | ${times(storyRatios?.navigationToRendered)} |`,
      ...(slow
        ? [
            `| Same, on a slow network (${slow.network.latencyMs} ms round trip, ${slow.network.downloadKbps / 1000} Mbit/s) | ${widgetCell(slow.ours, (r) => spread(r.navigationToRenderedMs, ms))} | ${widgetCell(slow.timelinejs, (r) => spread(r.navigationToRenderedMs, ms))} | ${times(slow.ratios?.navigationToRendered)} |`,
          ]
        : []),
      `| Data handed over → fully rendered | ${widgetCell(ours, (r) => spread(r.dataToRenderedMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.dataToRenderedMs, ms))} | ${times(storyRatios?.dataToRendered)} |`,
      `| Longest main-thread task | ${widgetCell(ours, (r) => spread(r.longTaskMaxMs, ms))} | ${widgetCell(timelinejs, (r) => spread(r.longTaskMaxMs, ms))} | |`,
      `| Long tasks (> 50 ms) / total blocking time | ${widgetCell(ours, (r) => `${r.longTaskCount.median} / ${ms(r.totalBlockingMs.median)}`)} | ${widgetCell(timelinejs, (r) => `${r.longTaskCount.median} / ${ms(r.totalBlockingMs.median)}`)} | |`,
      `| Cumulative layout shift | ${widgetCell(ours, (r) => spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)))} | ${widgetCell(timelinejs, (r) => spread(r.cumulativeLayoutShift, (v) => v.toFixed(3)))} | |`,
      `| JS heap after rendering (after GC) | ${widgetCell(ours, (r) => spread(r.heapUsedMB, (v) => `${v.toFixed(1)} MB`))} | ${widgetCell(timelinejs, (r) => spread(r.heapUsedMB, (v) => `${v.toFixed(1)} MB`))} | ${times(storyRatios?.heapUsed)} |`,
      `| Reach: find-in-page, print, screen readers | ${widgetCell(ours, (r) => reachCell(r.reach))} | ${widgetCell(timelinejs, (r) => reachCell(r.reach))} | |`,
      `| Requests to other hosts (blocked) | ${ours.offHostRequests.length} | ${timelinejs.offHostRequests.length} | |`,
      '',
    );
  }
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
      '| Events | iw-timeline | TimelineJS3 | TimelineJS3 ÷ ours |',
      '|---|---|---|---|',
      ...synthetic.map(
        (scenario) =>
          `| ${scenario.events.toLocaleString('en')} | ${cell(scenario.ours)} | ${cell(scenario.timelinejs)} | ${times(scenario.ratios?.dataToRendered)} |`,
      ),
      '',
    );
  }
  lines.push(
    '### Targets',
    '',
    '| Target | Measured | Met |',
    '|---|---|---|',
    ...report.targets.map(
      ({ target, measured, met }) =>
        `| ${target} | ${measured} | ${met === null ? 'not measured' : met ? 'yes' : '**no**'} |`,
    ),
    '',
  );
  return lines.join('\n');
}
