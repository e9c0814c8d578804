#!/usr/bin/env node
// `iw-story`: import a TimelineJS3 timeline as a story, or check a story, from the command line.
import { parseArgs } from 'node:util';
import { CliError, printable, readTextFile, writeOutput } from '@iranwire/cli-files';
import { validateDataset } from '@iranwire/rapprochement-data/validate';
import { fromTimelineJS, MAX_INPUT_CHARACTERS } from './from-timelinejs.js';
import { TimelineImportError } from './slides.js';

const USAGE = `Usage:
  iw-story import <timeline.json|timeline.csv> [-o story.json] [--publisher NAME] [--language en] [--date YYYY-MM-DD]
      Converts a TimelineJS3 timeline (its JSON, or its Google Sheets template as CSV) into a story
      for <iw-timeline src="story.json">. Writes the story to stdout, or to -o. Prints what it
      changed or dropped to stderr as "row N, Column: message".
  iw-story validate <story.json>
      Checks a story. Prints "field: message" for each problem and exits 1 when there is any.

Exit codes: 0 done, 1 the file cannot be imported or the story is invalid, 2 wrong usage.`;

function usage(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        publisher: { type: 'string' },
        language: { type: 'string' },
        date: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const [command, file, ...rest] = positionals;
  if (!command) usage('Say what to do: import or validate.');
  if (!file) usage(`${command} needs a file.`);
  if (rest.length) usage(`One file at a time; also given: ${rest.join(' ')}.`);
  // A regular file only, strictly UTF-8; one too large to be MAX_INPUT_CHARACTERS even in
  // four-byte characters is not read at all.
  const text = await readTextFile(file, MAX_INPUT_CHARACTERS * 4);

  if (command === 'validate') {
    let story: unknown;
    try {
      story = JSON.parse(text);
    } catch (error) {
      console.error(printable(`${file}: not JSON: ${(error as Error).message}`));
      process.exit(1);
    }
    const result = validateDataset(story);
    if (result.ok) {
      console.log(`${file}: a valid story, ${result.dataset.events.length} events.`);
      return;
    }
    for (const issue of result.issues.slice(0, 1_000))
      console.log(printable(`${issue.path || '(root)'}: ${issue.message}`));
    if (result.issues.length > 1_000)
      console.log(`… and ${result.issues.length - 1_000} more problems.`);
    process.exit(1);
  }
  if (command !== 'import') usage(`Unknown command "${command}".`);

  try {
    const { dataset, warnings } = fromTimelineJS(text, {
      publisher: values.publisher,
      language: values.language,
      date: values.date,
    });
    for (const { row, field, message } of warnings)
      console.error(
        printable(`${row ? `row ${row}` : 'story'}${field ? `, ${field}` : ''}: ${message}`, 700),
      );
    const json = `${JSON.stringify(dataset, null, 2)}\n`;
    if (values.output) {
      await writeOutput(values.output, json, [file]);
      console.error(
        `${values.output}: ${dataset.events.length} events${dataset.eras ? `, ${dataset.eras.length} eras` : ''}.`,
      );
    } else process.stdout.write(json);
  } catch (error) {
    if (!(error instanceof TimelineImportError)) throw error;
    console.error(printable(`${file}: ${error.message}`, 4_000));
    process.exit(1);
  }
}

try {
  await main();
} catch (error) {
  // A file that cannot be read or written: its reason, never a stack trace.
  if (!(error instanceof CliError)) throw error;
  console.error(printable(error.message, 1_000));
  process.exit(1);
}
