/**
 * `pnpm --filter @iranwire/rapprochement-data build`:
 * lint the records -> check the generated files are current -> tsup (ESM, CJS, .d.ts) -> write
 * the data files. Every file is validated before it is written; any problem stops the build.
 * Offline and deterministic.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { build as tsup } from 'tsup';
import { validateDataset } from '../src/validate';
import { csvFiles } from './formats/csv';
import { jsonLd } from './formats/jsonld';
import { timelineJs } from './formats/timelinejs';
import { datasetJsonSchema, driftedFiles } from './generate';
import { formatProblem, lint } from './lint';
import { DIST_DIR, PACKAGE_DIR, SOURCE_FILE } from './paths';
import { loadRecords } from './records';
import { readSource } from './source';

// Build beside dist/ and swap it in at the end, so that whoever reads dist/ meanwhile (another
// package's dev server or tests) never finds it half-written or missing.
const STAGING_DIR = join(PACKAGE_DIR, 'node_modules', '.cache', `dist-${process.pid}`);

function fail(message: string): never {
  rmSync(STAGING_DIR, { recursive: true, force: true });
  console.error(message);
  process.exit(1);
}

const started = performance.now();
const source = readSource();
const records = loadRecords(source);

const problems = lint(records, source);
if (problems.length > 0) {
  fail(
    `${problems.map(formatProblem).join('\n')}\n\n${problems.length} problem(s) in records/; build stopped.`,
  );
}
const drifted = driftedFiles(records);
if (drifted.length > 0) {
  fail(
    `Generated files are out of date: ${drifted.join(', ')}\nrun pnpm --filter @iranwire/rapprochement-data generate`,
  );
}

rmSync(STAGING_DIR, { recursive: true, force: true });
await tsup({
  config: false,
  entry: {
    index: join(PACKAGE_DIR, 'src/index.ts'),
    validate: join(PACKAGE_DIR, 'src/validate.ts'),
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: false,
  outDir: STAGING_DIR,
  target: 'es2022',
  tsconfig: join(PACKAGE_DIR, 'tsconfig.build.json'),
  silent: true,
});

// The published data: checked by the published schema (ajv) and by validateDataset (references).
const { dataset } = records;
const schema = datasetJsonSchema();
const ajv = new Ajv2020({ allErrors: true, strict: false });
if (!ajv.validate(schema, dataset))
  fail(
    `data.json does not match dataset.schema.json:\n${ajv.errorsText(ajv.errors, { separator: '\n' })}`,
  );
const checked = validateDataset(dataset);
if (!checked.ok)
  fail(
    `data.json is not a valid dataset:\n${checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`,
  );

const write = (name: string, content: string) => {
  const file = join(STAGING_DIR, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, content);
};
write('data.json', `${JSON.stringify(dataset, null, 2)}\n`);
write('dataset.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
write('dataset.jsonld', `${JSON.stringify(jsonLd(dataset), null, 2)}\n`);
write('timelinejs.json', `${JSON.stringify(timelineJs(dataset), null, 2)}\n`);
write('timelinejs.fa.json', `${JSON.stringify(timelineJs(dataset, 'fa'), null, 2)}\n`);
for (const [name, content] of csvFiles(dataset)) write(join('csv', name), content);
copyFileSync(SOURCE_FILE, join(STAGING_DIR, 'source.txt'));

// Source maps name their sources relative to where they were written; make that dist/.
for (const name of readdirSync(STAGING_DIR).filter((n) => n.endsWith('.map'))) {
  const file = join(STAGING_DIR, name);
  const map = JSON.parse(readFileSync(file, 'utf8')) as { sources: string[] };
  map.sources = map.sources.map((s) => relative(DIST_DIR, resolve(STAGING_DIR, s)));
  writeFileSync(file, JSON.stringify(map));
}

const previous = `${STAGING_DIR}-previous`;
if (existsSync(DIST_DIR)) renameSync(DIST_DIR, previous);
renameSync(STAGING_DIR, DIST_DIR);
rmSync(previous, { recursive: true, force: true });

const counts = (['people', 'organizations', 'places', 'events', 'quotes'] as const)
  .map((c) => `${dataset[c].length} ${c}`)
  .join(', ');
console.log(`built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s: ${counts}`);
