import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
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
      stderr: `${huge}: the file is 21.0 MB; files up to 20.0 MB are read\n`,
    });
  });

  it('refuses to write over its input, through a link too, and leaves the input whole', async () => {
    const sheet = join(dir, 'sheet.csv');
    await writeFile(sheet, await readFile(SHEET, 'utf8'));
    await symlink(sheet, join(dir, 'alias.csv'));
    for (const output of [sheet, join(dir, 'alias.csv')]) {
      const { code, stderr } = await run('import', sheet, '-o', output);
      expect(code).toBe(1);
      expect(stderr).toMatch(/is the input .*sheet\.csv: write the output somewhere else\n$/);
    }
    expect(await readFile(sheet, 'utf8')).toBe(await readFile(SHEET, 'utf8'));
  });

  it('a file in Windows-1252, a device, a missing folder: the reason in one line, no stack trace', async () => {
    const latin = join(dir, 'latin.csv');
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text';
    await writeFile(
      latin,
      Buffer.concat([Buffer.from(`${header}\n1998,,,,,,,,,Caf`), Buffer.from([0xe9])]),
    );
    expect(await run('import', latin)).toMatchObject({
      code: 1,
      stderr: `${latin}: not UTF-8 at byte ${header.length + 17} (0xe9); save the file as UTF-8 (Latin-1 and Windows-1252 are not read)\n`,
    });
    expect(await run('validate', '/dev/zero')).toMatchObject({
      code: 1,
      stderr: '/dev/zero: not a regular file (a folder, a device or a pipe is not read)\n',
    });
    const { code, stderr } = await run('import', SHEET, '-o', join(dir, 'no', 'story.json'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n').at(-1)).toBe(
      `${join(dir, 'no', 'story.json')}: there is no folder ${join(dir, 'no')} to write it in`,
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('never echoes terminal escape codes or megabytes of a value', async () => {
    const hostile = join(dir, 'hostile.csv');
    const header =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Type';
    await writeFile(
      hostile,
      `${header}\n1998,,,,,,,,,A,,"\u001b]0;pwned\u0007${'x'.repeat(1_000_000)}"\n`,
    );
    const { stderr } = await run('import', hostile);
    // No control character but the line ends.
    expect(stderr.replace(/\n/g, '')).not.toMatch(/\p{Cc}/u);
    expect(stderr).toContain('\\x1b]0;pwned\\x07');
    expect(stderr.length).toBeLessThan(5_000);
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
