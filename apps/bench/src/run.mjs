// `pnpm bench`: iw-timeline against TimelineJS3; writes results/latest.{json,md}.
// `pnpm bench --smoke`: one run each, 100 synthetic events, written to a temporary directory
// (or --out DIR), so that the test suite can check the benchmark still works.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBenchmark } from './benchmark.mjs';
import { markdown, ratios, targets } from './report.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    out: { type: 'string' },
    runs: { type: 'string' },
    sizes: { type: 'string' },
  },
});

const smoke = args.smoke;
const runs = Number(args.runs ?? (smoke ? 1 : 10));
// `--sizes ''`: the story only.
const sizes = (args.sizes ?? (smoke ? '100' : '100,1000,10000'))
  .split(',')
  .filter(Boolean)
  .map(Number);
if (
  !Number.isInteger(runs) ||
  runs < 1 ||
  sizes.some((size) => !Number.isInteger(size) || size < 1)
) {
  console.error(
    "Usage: bench [--smoke] [--runs N] [--sizes 100,1000,10000 | --sizes ''] [--out DIR]",
  );
  process.exit(2);
}
const outDir =
  args.out ??
  (smoke
    ? await mkdtemp(join(tmpdir(), 'iw-bench-smoke-'))
    : fileURLToPath(new URL('../results', import.meta.url)));
const workDir = await mkdtemp(join(tmpdir(), 'iw-bench-work-'));

try {
  const started = Date.now();
  const raw = await runBenchmark({
    runs,
    sizes,
    // Per page load; a widget that needs longer at some size is reported as stopping there.
    timeoutMs: smoke ? 30_000 : 120_000,
    workDir,
    log: (line) => console.log(line),
  });
  const scenarios = raw.scenarios.map((scenario) => ({ ...scenario, ratios: ratios(scenario) }));
  const report = { ...raw, mode: smoke ? 'smoke' : 'full', scenarios, targets: targets(scenarios) };
  report.durationSeconds = Math.round((Date.now() - started) / 1000);
  await mkdir(outDir, { recursive: true });
  const table = markdown(report);
  await writeFile(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(outDir, 'latest.md'), `${table}\n`);
  console.log(
    `\n${table}\nWrote ${join(outDir, 'latest.json')} and latest.md in ${report.durationSeconds} s.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await rm(workDir, { recursive: true, force: true });
}
