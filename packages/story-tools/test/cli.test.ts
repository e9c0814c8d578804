import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '@iranwire/rapprochement-data/validate';

// The built command, as npm links it (`turbo test` builds first).
const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const timelinejs = dirname(
  createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json'),
);
const SHEET = join(timelinejs, 'src/js/core/__tests__/women_in_computing.csv');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iw-story-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('iw-story', () => {
  it('the three commands a newsroom runs: import to a file, then validate it', async () => {
    const story = join(dir, 'story.json');
    const imported = await run('import', SHEET, '-o', story, '--publisher', 'Harbour News');
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/^row 5, Background: slide backgrounds are not kept/m);
    expect(imported.stderr).toMatch(/story\.json: 10 events\.$/m);
    const dataset = JSON.parse(await readFile(story, 'utf8'));
    expect(validateDataset(dataset).ok).toBe(true);
    expect(dataset.article.publisher).toBe('Harbour News');

    const checked = await run('validate', story);
    expect(checked).toMatchObject({ code: 0, stdout: `${story}: a valid story, 10 events.\n` });
  });

  it('import writes to stdout without -o', async () => {
    const { code, stdout } = await run('import', SHEET);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).events).toHaveLength(10);
  });

  it('validate prints field: message for each problem and exits 1', async () => {
    const story = join(dir, 'broken.json');
    const dataset = JSON.parse((await run('import', SHEET)).stdout);
    dataset.events[0].title = '';
    dataset.events.find((event: { media?: object }) => event.media).media.url =
      'javascript:alert(1)';
    await writeFile(story, JSON.stringify(dataset));
    const { code, stdout } = await run('validate', story);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toEqual(
      expect.arrayContaining([
        'events.0.title: must not be empty',
        expect.stringMatching(/^events\.\d+\.media\.url: must be an absolute http\(s\) URL$/),
      ]),
    );
  });

  it('a file that cannot be imported: the reason, and exit 1', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    expect(await run('import', empty)).toMatchObject({
      code: 1,
      stderr: `${empty}: The file is empty.\n`,
    });
    expect(await run('import', join(dir, 'missing.csv'))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('no such file'),
    });
  });

  it('a huge file is refused without being read, with its size and the limit', async () => {
    const huge = join(dir, 'huge.csv');
    await writeFile(huge, '');
    await truncate(huge, 21_000_000); // sparse: no 21 MB written
    expect(await run('import', huge)).toMatchObject({
      code: 1,
      stderr: `${huge}: the file is 21.0 MB; iw-story reads files up to 5 MB of text.\n`,
    });
  });

  it('wrong usage: exit 2 with the usage', async () => {
    for (const args of [[], ['export', SHEET], ['import'], ['import', SHEET, '--colour', 'red']]) {
      const { code, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage:');
    }
    expect(await run('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('iw-story import'),
    });
  });
});
