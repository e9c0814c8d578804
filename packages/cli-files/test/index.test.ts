import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError, decodeUtf8, printable, readTextFile, writeOutput } from '../src/index.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'iw-cli-files-')));

describe('readTextFile', () => {
  it('reads UTF-8, Persian included, and refuses Windows-1252 with the byte offset', async () => {
    fresh();
    writeFileSync(join(dir, 'fa.csv'), 'Headline\nخاتمی\n');
    expect(await readTextFile(join(dir, 'fa.csv'), 1e6)).toBe('Headline\nخاتمی\n');
    // "Caf\xe9" in Windows-1252.
    writeFileSync(join(dir, 'latin.csv'), Buffer.from([0x48, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(readTextFile(join(dir, 'latin.csv'), 1e6)).rejects.toThrow(
      /latin\.csv: not UTF-8 at byte 5 \(0xe9\)/,
    );
  });

  it('refuses a device, a folder and a file over the limit, without reading them', async () => {
    fresh();
    await expect(readTextFile('/dev/zero', 1e6)).rejects.toThrow(/not a regular file/);
    await expect(readTextFile(dir, 1e6)).rejects.toThrow(/not a regular file/);
    writeFileSync(join(dir, 'big.csv'), 'x'.repeat(2_000));
    await expect(readTextFile(join(dir, 'big.csv'), 1_000)).rejects.toThrow(/files up to/);
    await expect(readTextFile(join(dir, 'none.csv'), 1_000)).rejects.toThrow(/no such file/);
  });
});

describe('decodeUtf8', () => {
  it('names the first bad byte, after valid multi-byte characters', () => {
    const bytes = Buffer.concat([Buffer.from('ایران'), Buffer.from([0xff]), Buffer.from('x')]);
    expect(() => decodeUtf8(bytes, 'stdin')).toThrow(/^stdin: not UTF-8 at byte 10 \(0xff\)/);
    expect(() => decodeUtf8(Buffer.from([0x41, 0xe2, 0x82]), 'cut')).toThrow(/at byte 1 \(0xe2\)/);
  });
});

describe('writeOutput', () => {
  it('refuses to write over an input, through a symbolic link too', async () => {
    fresh();
    const input = join(dir, 'page.html');
    writeFileSync(input, 'original');
    symlinkSync(input, join(dir, 'link.html'));
    for (const path of [input, join(dir, 'link.html'), join(dir, '.', 'page.html')])
      await expect(writeOutput(path, 'new', [input])).rejects.toThrow(/is the input/);
    expect(readFileSync(input, 'utf8')).toBe('original');
  });

  it('says when the folder is missing, and writes atomically otherwise', async () => {
    fresh();
    await expect(writeOutput(join(dir, 'no', 'out.json'), 'x', [])).rejects.toThrow(
      new CliError(
        `${join(dir, 'no', 'out.json')}: there is no folder ${join(dir, 'no')} to write it in`,
      ),
    );
    await writeOutput(join(dir, 'out.json'), '{}', []);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('{}');
  });
});

describe('printable', () => {
  it('shows control characters as escapes and cuts long text', () => {
    expect(printable('a\x1b[31mred\x07')).toBe('a\\x1b[31mred\\x07');
    expect(printable('x'.repeat(1_000))).toHaveLength(300);
  });
});
