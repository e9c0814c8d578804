import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The library entry as published (`turbo test` builds first): the generator page imports it in a
// browser, so nothing it loads may need Node.
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** Every module specifier the entry loads, following its own chunks. */
function specifiers(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(`${DIST}${file}`, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
    if (specifier!.startsWith('./')) {
      const chunk = specifier!.slice(2);
      if (!seen.has(chunk)) specifiers(chunk, seen.add(chunk));
    } else seen.add(specifier!);
  }
  return seen;
}

describe('the library entry runs in browsers', () => {
  it('loads no Node built-in, only the data validator and the two parsers', () => {
    const all = [...specifiers('index.js')];
    const external = all.filter((name) => !name.endsWith('.js'));
    expect(external.sort()).toEqual([
      '@iranwire/rapprochement-data/validate',
      'htmlparser2',
      'papaparse',
    ]);
    for (const file of ['index.js', ...all.filter((name) => name.endsWith('.js'))])
      expect(readFileSync(`${DIST}${file}`, 'utf8'), file).not.toMatch(
        /\brequire\(|\bprocess\.|\bBuffer\.|\bnode:/,
      );
  });
});
