// Reading and writing files for the command-line tools, so that careless or hostile input gets a
// clear answer: no hang on a device, no silent U+FFFD, no output written over its input, no stack
// trace for a missing folder, no terminal escape codes echoed. Bundled into each command.
import { readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** An error whose message says all a person needs: the commands print it and exit 1. */
export class CliError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Whether these bytes, as the start of a text, hold something that is not UTF-8. */
const fails = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return false;
  } catch {
    return true;
  }
};

/** Whether these bytes are a whole UTF-8 text. */
const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * Decodes bytes as UTF-8, strictly: text in another encoding is refused with the byte offset of
 * the first byte that is not UTF-8, instead of being turned into U+FFFD.
 */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    // The shortest start that fails, read as a stream (a character cut off at its end is no
    // failure yet), ends in the bad character; it begins where the text before it last decodes.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = Math.floor((good + bad) / 2);
      if (fails(bytes.subarray(0, middle))) bad = middle;
      else good = middle;
    }
    let offset = bad;
    while (offset > 0 && !decodes(bytes.subarray(0, offset))) offset--;
    throw new CliError(
      `${name}: not UTF-8 at byte ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}); save the file as UTF-8 (Latin-1 and Windows-1252 are not read)`,
    );
  }
}

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** A regular file no larger than `maxBytes`, as UTF-8 text. */
export async function readTextFile(path: string, maxBytes: number): Promise<string> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  if (!info.isFile())
    throw new CliError(`${path}: not a regular file (a folder, a device or a pipe is not read)`);
  if (info.size > maxBytes)
    throw new CliError(
      `${path}: the file is ${megabytes(info.size)}; files up to ${megabytes(maxBytes)} are read`,
    );
  return decodeUtf8(await readFile(path), path);
}

/** Where a path leads once its links are followed, for a file that may not exist yet. */
async function whereTo(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      throw new CliError(`${path}: there is no folder ${dirname(path)} to write it in`);
    }
  }
}

/**
 * Writes `text` to `path`, never over one of `inputs` (however the path reaches it), and
 * atomically: into a temporary file beside it, then renamed over it.
 */
export async function writeOutput(path: string, text: string, inputs: string[]): Promise<void> {
  const target = await whereTo(path);
  for (const input of inputs)
    if ((await realpath(input).catch(() => input)) === target)
      throw new CliError(`${path} is the input ${input}: write the output somewhere else`);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new CliError(`${path}: could not be written (${(error as Error).message})`);
  }
}

/** Text for a terminal: control characters shown as escapes (never run), and cut at `max`. */
export function printable(text: string, max = 300): string {
  const shown = text.replace(
    /\p{Cc}/gu,
    (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}
