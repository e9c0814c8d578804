#!/usr/bin/env node
// iw-prerender: prerenders the iw-* widgets in an HTML snippet or page, for sites with no JavaScript
// build (docs/decisions/0045). The rest of the HTML is written out as it came in.
//
//   iw-prerender article.html -o article.prerendered.html
//   cat snippet.html | iw-prerender --lang fa > snippet.prerendered.html
//   iw-prerender page.html --stylesheets /widgets/ --write-stylesheets public/widgets/
//   iw-prerender page.html --story stories/cnn.json=public/stories/cnn.json
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CliError, decodeUtf8, printable, readTextFile, writeOutput } from '@iranwire/cli-files';
import { render, stylesheets } from './index.js';

/** Far above any page or story: larger input is refused before it is read. */
const MAX_BYTES = 50_000_000;

const usage = `Usage: iw-prerender [file] [-o out.html] [--lang en|fa] [--embed-base URL/] [--origin URL] [--stylesheets URL/] [--write-stylesheets DIR] [--story SRC=FILE …]

Prerenders the <iw-timeline>, <iw-quote-card> and <iw-actor-badge> elements of an HTML page or
snippet (the file, or standard input) with declarative shadow DOM; embed.js then hydrates them.

  -o, --output FILE          write here instead of standard output
      --lang en|fa           the language of widgets without a lang attribute (default: the
                             page's <html lang>, else English)
      --embed-base URL/      where embed.js is served (default: from the page's
                             <script src="…/embed.js">); sources link its source.html
      --origin URL           the origin the page is served on (https://news.example): a
                             story's media from there shows at once, as it will in the page
      --stylesheets URL/     link each shadow root's CSS from URL/<tag>.css instead of inlining a
                             <style> (for a CSP without 'unsafe-inline' styles)
      --write-stylesheets DIR  write those <tag>.css files into DIR
      --story SRC=FILE       the story a widget's src="SRC" names, read from FILE (the JSON that
                             iw-story import writes); once per src. Nothing is fetched
  -h, --help                 show this text`;

/** An http(s) origin, or a clear refusal: it decides which media the HTML shows at once. */
function checkedOrigin(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  const url = URL.canParse(origin) ? new URL(origin) : undefined;
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new CliError(
      `--origin ${JSON.stringify(origin)} is not an http(s) origin such as https://news.example`,
    );
  return url.origin;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_BYTES)
      throw new CliError(`standard input: over ${MAX_BYTES / 1e6} MB; not read`);
  }
  return decodeUtf8(Buffer.concat(chunks), 'standard input');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      lang: { type: 'string' },
      stylesheets: { type: 'string' },
      'embed-base': { type: 'string' },
      origin: { type: 'string' },
      'write-stylesheets': { type: 'string' },
      story: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (positionals.length > 1) throw new Error(`One input at most.\n\n${usage}`);
  const file = positionals[0] && positionals[0] !== '-' ? positionals[0] : undefined;
  const input = file ? await readTextFile(file, MAX_BYTES) : await readStdin();
  const lang = values.lang ?? /<html\b[^>]*\blang=["']?([a-zA-Z-]+)/i.exec(input)?.[1];
  const stories: Record<string, unknown> = {};
  for (const pair of values.story ?? []) {
    const [, src, file] = /^(.+?)=(.+)$/.exec(pair) ?? [];
    if (!src || !file) throw new Error(`--story wants SRC=FILE, not "${pair}".`);
    const text = await readTextFile(file, MAX_BYTES);
    try {
      stories[src] = JSON.parse(text);
    } catch (error) {
      throw new CliError(`--story ${src}: ${file}: ${(error as Error).message}`, { cause: error });
    }
  }
  const output = await render(input, {
    lang,
    stylesheets: values.stylesheets,
    embedBase: values['embed-base'],
    origin: checkedOrigin(values.origin),
    stories,
  });
  if (values['write-stylesheets']) {
    const dir = values['write-stylesheets'];
    await mkdir(dir, { recursive: true });
    for (const [tag, css] of Object.entries(stylesheets()))
      await writeFile(join(dir, `${tag}.css`), css);
  }
  const inputs = [
    ...(file ? [file] : []),
    ...(values.story ?? []).map((pair) => pair.split('=').slice(1).join('=')),
  ];
  if (values.output) await writeOutput(values.output, output, inputs);
  else process.stdout.write(output);
}

main().catch((error: unknown) => {
  console.error(
    printable(`iw-prerender: ${error instanceof Error ? error.message : String(error)}`, 1_000),
  );
  process.exitCode = 1;
});
