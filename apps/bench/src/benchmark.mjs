// The benchmark: one Chromium, one server on 127.0.0.1, our timeline, TimelineJS3 and the floor (a
// plain Lit list of the same events) loaded in turn (A B C A B C) on the same story and on synthetic
// stories of growing size; on the story, our timeline prerendered too (issue 12).
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { byteTotals } from './bytes.mjs';
import { checkReach, measureRun } from './measure.mjs';
import { serveStatic } from './server.mjs';
import { summarize } from './stats.mjs';
import { assertValidDataset, syntheticDataset, syntheticTimelineJs } from './synthetic.mjs';

const require = createRequire(import.meta.url);
const PAGES_DIR = fileURLToPath(new URL('../pages', import.meta.url));
const WIDGETS = /** @type {const} */ (['ours', 'prerendered', 'timelinejs', 'floor']);
/** A slow mobile connection, as Lighthouse's mobile preset models it: 150 ms round trip, 1.6 Mbps down. */
export const SLOW_NETWORK = { latencyMs: 150, downloadKbps: 1600, uploadKbps: 750 };

/** The built files the bench needs, with a clear message when a package has not been built. */
async function upstream() {
  const locate = (specifier) => {
    try {
      return fileURLToPath(import.meta.resolve(specifier));
    } catch {
      throw new Error(`Cannot find ${specifier}: run \`pnpm build\` at the repository root first.`);
    }
  };
  const embed = locate('@iranwire/rapprochement-elements/embed');
  if (basename(embed) !== 'embed.js')
    throw new Error(`pages/ours.js expects the bundle as embed.js, not ${embed}`);
  const elementsPackage = JSON.parse(
    await readFile(locate('@iranwire/rapprochement-elements/package.json'), 'utf8'),
  );
  const storyTimelineJs = locate('@iranwire/rapprochement-data/timelinejs.json');
  const { dataset, events } = await import('@iranwire/rapprochement-data');
  const { validateDataset } = await import('@iranwire/rapprochement-data/validate');
  const timelineJsPackage = require.resolve('@knight-lab/timelinejs/package.json');
  return {
    // pages/ours.js imports /vendor/elements/embed.js: the bundle's directory is served there.
    embedDir: dirname(embed),
    elementsVersion: elementsPackage.version,
    // Which build was measured: versions stay at 0.0.0 between releases, the bytes do not.
    // embed.js is a loader: hash it with every chunk beside it (docs/decisions/0029).
    embedSha256: await hashFolder(dirname(embed)),
    storyTimelineJs,
    storyTitles: events.map((event) => event.title),
    storyDataset: dataset,
    validateDataset,
    timelineJsDir: join(dirname(timelineJsPackage), 'dist'),
    timelineJsVersion: require(timelineJsPackage).version,
    // lit's exports hide its package.json: read it beside the resolved entry.
    litVersion: JSON.parse(
      await readFile(join(dirname(require.resolve('lit')), 'package.json'), 'utf8'),
    ).version,
  };
}

/**
 * Writes every story both widgets will load into `dataDir` and describes each scenario.
 * Synthetic datasets are validated with the data package's own validator first.
 */
async function prepareScenarios(sources, sizes, dataDir) {
  const exported = JSON.parse(await readFile(sources.storyTimelineJs, 'utf8'));
  await writeFile(join(dataDir, 'story.timelinejs.json'), JSON.stringify(exported));
  // The floor fetches the story's records, as TimelineJS3 fetches its export.
  await writeFile(join(dataDir, 'story.json'), JSON.stringify(sources.storyDataset));
  // The export escapes HTML in headlines; on the page they read as the dataset's titles.
  if (exported.events.length !== sources.storyTitles.length) {
    throw new Error(
      `The TimelineJS export has ${exported.events.length} events, the dataset ${sources.storyTitles.length}`,
    );
  }
  const story = {
    id: 'story',
    events: sources.storyTitles.length,
    synthetic: false,
    // Ours carries the story in its bundle; TimelineJS3 fetches the data package's TimelineJS export.
    ours: { path: `/pages/ours.html`, titles: sources.storyTitles },
    timelinejs: {
      path: `/pages/timelinejs.html?data=/data/story.timelinejs.json`,
      titles: sources.storyTitles,
    },
    floor: { path: `/pages/floor.html?data=/data/story.json`, titles: sources.storyTitles },
    // The same timeline with its shadow root in the HTML (written by prerenderPage()).
    prerendered: { path: `/prerendered/prerendered.html`, titles: sources.storyTitles },
    // The timeline's first paint is watched on the story only (see harness.js).
    watchFirstTitle: true,
  };
  const scenarios = [
    story,
    // The same pages as a reader on a slow connection gets them; reach is the same as above.
    { ...story, id: 'story-slow-network', network: SLOW_NETWORK, skipReach: true },
  ];
  for (const size of sizes) {
    const dataset = syntheticDataset(size);
    assertValidDataset(dataset, sources.validateDataset);
    const name = `synthetic-${size}`;
    await writeFile(join(dataDir, `${name}.json`), JSON.stringify(dataset));
    await writeFile(
      join(dataDir, `${name}.timelinejs.json`),
      JSON.stringify(syntheticTimelineJs(dataset)),
    );
    const titles = dataset.events.map((event) => event.title);
    scenarios.push({
      id: name,
      events: size,
      synthetic: true,
      ours: { path: `/pages/ours.html?data=/data/${name}.json`, titles },
      timelinejs: { path: `/pages/timelinejs.html?data=/data/${name}.timelinejs.json`, titles },
      floor: { path: `/pages/floor.html?data=/data/${name}.json`, titles },
    });
  }
  return scenarios;
}

/**
 * pages/prerendered.html with the story's timeline prerendered by the elements' server renderer, as
 * a site's build step or iw-prerender makes it (inline styles: the default snippet).
 */
async function prerenderPage(dir) {
  const { render } = await import('@iranwire/rapprochement-elements/ssr');
  const template = await readFile(join(PAGES_DIR, 'prerendered.html'), 'utf8');
  const widget = await render('<iw-timeline></iw-timeline>', {
    lang: 'en',
    embedBase: '/vendor/elements/',
  });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'prerendered.html'),
    template.replace('<!--iw:prerendered-->', () => widget),
  );
}

/**
 * @param {{ runs: number, sizes: number[], timeoutMs: number, workDir: string,
 *   log?: (line: string) => void }} options
 */
export async function runBenchmark({ runs, sizes, timeoutMs, workDir, log = () => {} }) {
  const loadAtStart = loadavg()[0];
  const sources = await upstream();
  const dataDir = join(workDir, 'data');
  await mkdir(dataDir, { recursive: true });
  const scenarios = await prepareScenarios(sources, sizes, dataDir);
  // A copy of the built bundle, so that a rebuild during the run cannot change or remove it.
  const elementsDir = join(workDir, 'elements');
  await cp(sources.embedDir, elementsDir, { recursive: true });
  // The floor's page script with Lit, bundled and minified as a site would ship it.
  const floorDir = join(workDir, 'floor');
  await build({
    entryPoints: [join(PAGES_DIR, 'floor.js')],
    outfile: join(floorDir, 'floor.js'),
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    logLevel: 'warning',
  });
  const prerenderedDir = join(workDir, 'prerendered');
  await prerenderPage(prerenderedDir);
  const server = await serveStatic({
    '/pages': PAGES_DIR,
    '/prerendered': prerenderedDir,
    '/vendor/elements': elementsDir,
    '/vendor/floor': floorDir,
    '/vendor/timelinejs': sources.timelineJsDir,
    '/data': dataDir,
  });
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
    // Every host but this machine goes to a closed port, IP literals included; requests are still counted.
    proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1,localhost' },
  });
  try {
    const results = [];
    /** Why a widget stopped; once it stops at a size, larger synthetic sizes are not tried. */
    const perWidget = (value) => Object.fromEntries(WIDGETS.map((widget) => [widget, value()]));
    const stopped = perWidget(() => null);
    for (const scenario of scenarios) {
      const samples = perWidget(() => []);
      const failures = perWidget(() => []);
      const stoppedHere = { ...stopped };
      for (let run = 1; run <= runs; run += 1) {
        for (const widget of WIDGETS) {
          if (stoppedHere[widget] || !scenario[widget]) continue;
          const sample = await measureRun(browser, {
            url: `${server.origin}${scenario[widget].path}`,
            titles: scenario[widget].titles,
            timeoutMs,
            collectBytes: run === 1,
            network: scenario.network,
            watchFirstTitle: scenario.watchFirstTitle,
          });
          log(
            `${scenario.id} ${widget} run ${run}/${runs}: ${sample.ok ? `${sample.navigationToRenderedMs.toFixed(0)} ms` : sample.error}`,
          );
          if (sample.ok) samples[widget].push(sample);
          else {
            failures[widget].push(sample.error);
            stoppedHere[widget] = `${sample.error} (at ${scenario.events} events)`;
            if (scenario.synthetic) stopped[widget] = stoppedHere[widget];
          }
        }
      }
      const result = {
        id: scenario.id,
        events: scenario.events,
        synthetic: scenario.synthetic,
        network: scenario.network ?? null,
      };
      for (const widget of WIDGETS) {
        if (!scenario[widget]) continue;
        const reach =
          samples[widget].length > 0 && !scenario.skipReach
            ? await checkReach(browser, {
                url: `${server.origin}${scenario[widget].path}`,
                titles: scenario[widget].titles,
                timeoutMs,
              })
            : null;
        result[widget] = summarizeWidget(
          samples[widget],
          failures[widget],
          stoppedHere[widget],
          reach,
        );
      }
      results.push(result);
    }
    return {
      generatedAt: new Date().toISOString(),
      runsPerWidget: runs,
      slowNetwork: SLOW_NETWORK,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        memoryGB: Math.round(totalmem() / 2 ** 30),
        os: `${type()} ${release()}`,
        node: process.version,
        chromium: browser.version(),
        // One-minute load average: a busy machine makes every time longer, for both widgets.
        loadAverage: { atStart: loadAtStart, atEnd: loadavg()[0] },
        headless: true,
      },
      widgets: {
        ours: {
          name: 'iw-timeline',
          version: sources.elementsVersion,
          embedSha256: sources.embedSha256,
        },
        prerendered: { name: 'iw-timeline, prerendered', version: sources.elementsVersion },
        timelinejs: { name: 'TimelineJS3', version: sources.timelineJsVersion },
        floor: { name: 'a plain Lit list (the floor)', version: sources.litVersion },
      },
      scenarios: results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

function summarizeWidget(samples, failures, stoppedBecause, reach) {
  const offHost = new Set(samples.flatMap((sample) => sample.offHostRequests));
  const first = samples[0];
  return {
    runs: samples.length,
    stoppedBecause: stoppedBecause ?? null,
    failures,
    bytes: first ? { ...byteTotals(first.files), files: first.files } : null,
    navigationToRenderedMs: summarize(samples.map((sample) => sample.navigationToRenderedMs)),
    navigationToInteractiveMs: summarize(samples.map((sample) => sample.navigationToInteractiveMs)),
    firstContentfulPaintMs: summarize(
      samples.map((sample) => sample.firstContentfulPaintMs).filter((value) => value != null),
    ),
    firstTitlePaintMs: summarize(
      samples.map((sample) => sample.firstTitlePaintMs).filter((value) => value != null),
    ),
    dataToRenderedMs: summarize(samples.map((sample) => sample.dataToRenderedMs)),
    longTaskMaxMs: summarize(samples.map((sample) => sample.longTasks.maxMs)),
    longTaskCount: summarize(samples.map((sample) => sample.longTasks.count)),
    totalBlockingMs: summarize(samples.map((sample) => sample.longTasks.totalBlockingMs)),
    cumulativeLayoutShift: summarize(samples.map((sample) => sample.cumulativeLayoutShift)),
    heapUsedMB: summarize(samples.map((sample) => sample.heapUsedMB)),
    titlesMissingAtSignal: Math.max(0, ...samples.map((sample) => sample.titlesMissingAtSignal)),
    offHostRequests: [...offHost],
    reach,
  };
}

/** The first 12 hex digits of the SHA-256 of every .js file in `dir`, in name order. */
async function hashFolder(dir) {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.js')).sort())
    hash.update(name).update(await readFile(join(dir, name)));
  return hash.digest('hex').slice(0, 12);
}
