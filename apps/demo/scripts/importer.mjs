// What the demo shows of the TimelineJS3 importer (@iranwire/story-tools), after scripts/build.mjs
// has copied src/ to dist/:
// - the imported-timeline page (src/imported.html): TimelineJS3's own "Women in Computing" sample
//   CSV beside the same file converted, TimelineJS3's built files copied in, the converted story
//   written, and the importer's warnings listed on the page;
// - js/import-worker.js, the importer bundled for the generator's Web Worker (src/js/import-worker.js),
//   which converts a file beside the page.
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { fromTimelineJS } from '@iranwire/story-tools';
import { escapeHtml } from './render.mjs';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const timelinejs = dirname(
  fileURLToPath(import.meta.resolve('@knight-lab/timelinejs/package.json')),
);
const SAMPLE = join(timelinejs, 'src/js/core/__tests__/women_in_computing.csv');

await cp(join(timelinejs, 'dist'), join(distDir, 'timelinejs'), { recursive: true });
await mkdir(join(distDir, 'samples'), { recursive: true });
const csv = await readFile(SAMPLE, 'utf8');
await writeFile(join(distDir, 'samples/women-in-computing.csv'), csv);
const { dataset, warnings } = fromTimelineJS(csv);
await writeFile(
  join(distDir, 'samples/women-in-computing.story.json'),
  `${JSON.stringify(dataset, null, 2)}\n`,
);

const list = warnings.length
  ? `<ul>${warnings
      .map(
        ({ row, field, message }) =>
          `<li>${row ? `Row ${row}` : 'The story'}${field ? `, ${escapeHtml(field)}` : ''}: ${escapeHtml(message)}</li>`,
      )
      .join('')}</ul>`
  : '<p>No warnings.</p>';
const page = join(distDir, 'imported.html');
await writeFile(page, (await readFile(page, 'utf8')).replace('<!--iw:import-warnings-->', list));
await build({
  entryPoints: [fileURLToPath(new URL('../src/js/import-worker.js', import.meta.url))],
  outfile: join(distDir, 'js/import-worker.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});

console.log(
  `imported sample: ${dataset.events.length} events, ${warnings.length} warnings, TimelineJS3 copied`,
);
