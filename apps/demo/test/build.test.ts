// The build's own rules: the resizer's byte budget, and fallback markup that never lets data inject HTML.
import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import {
  article,
  formatDate,
  getPerson,
  people,
  quotes,
  timeline,
} from '@iranwire/rapprochement-data';
import { RESIZER_BUDGET_BYTES, minifyResizer } from '../scripts/resizer.mjs';
import { renderFallback, renderOptions } from '../scripts/render.mjs';

const data = {
  article,
  quotes,
  people,
  events: timeline(),
  getPerson,
  formatDate,
  featuredQuote: quotes[0]!,
};

describe('the resizer budget', () => {
  test('the real resizer fits, and the built copy is the minified one', async () => {
    const source = await readFile(new URL('../src/resizer.js', import.meta.url), 'utf8');
    const minified = await minifyResizer(source);
    expect(Buffer.byteLength(minified)).toBeLessThan(RESIZER_BUDGET_BYTES);
    expect(await readFile(new URL('../dist/resizer.js', import.meta.url), 'utf8')).toBe(minified);
  });

  test('an oversized resizer fails the build with both sizes named', async () => {
    const bloated = `console.log(${JSON.stringify('x'.repeat(2000))});`;
    await expect(minifyResizer(bloated)).rejects.toThrow(
      /resizer\.js is \d+ B minified, over its 1024 B budget/,
    );
  });
});

describe('the bundle served from the demo', () => {
  test('every file the loader and its chunks refer to beside themselves is copied with them', async () => {
    const vendor = new URL('../dist/vendor/', import.meta.url);
    // From embed.js, follow every sibling a file names: chunks it imports ("./chunk-….js"), source
    // maps ("sourceMappingURL=….map") and licence notices ("….LEGAL.txt").
    const seen = new Set(['embed.js']);
    for (const name of seen) {
      const text = await readFile(new URL(name, vendor), 'utf8');
      expect(text.length, name).toBeGreaterThan(0);
      if (!name.endsWith('.js')) continue;
      const siblings = text.matchAll(
        /(?:from|import)\s*\(?\s*["']\.\/([\w.-]+\.js)["']|sourceMappingURL=([\w.-]+\.map)|\b([\w.-]+\.js\.LEGAL\.txt)\b/g,
      );
      for (const [, chunk, map, legal] of siblings) seen.add((chunk ?? map ?? legal)!);
    }
    const names = [...seen];
    expect(names).toEqual(expect.arrayContaining(['embed.js', 'embed.js.map']));
    // The widgets' code is in chunks beside the loader, with Lit's licence notices among them.
    expect(names.filter((name) => /^[\w.-]+\.js$/.test(name)).length).toBeGreaterThan(5);
    expect(names.some((name) => name.endsWith('.LEGAL.txt'))).toBe(true);
    // Source links point to the article's text beside the script by default.
    expect((await readFile(new URL('source.html', vendor), 'utf8')).length).toBeGreaterThan(0);
  });
});

describe('fallback markup rendered from the data', () => {
  test('lists every event in date order with its date and source paragraph', () => {
    const html = renderFallback(data, 'timeline', 'en');
    expect(html.match(/<li>/g)).toHaveLength(timeline().length);
    const first = timeline()[0]!;
    expect(html).toContain(
      `<time datetime="${first.date.edtf.replace(/[?~%]$/, '')}">${formatDate(first.date.edtf, 'en')}</time>`,
    );
    expect(html).toContain(`paragraph ${first.sources[0]!.paragraph}`);
  });

  test('hostile strings in the data come out as text, not markup', () => {
    const hostile = '<img src=x onerror="alert(1)">&';
    const event = { ...timeline()[0]!, title: hostile };
    const html = renderFallback(
      { ...data, events: [event], article: { ...article, url: 'https://example.org/"><script>' } },
      'timeline',
      'en',
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
    expect(
      renderOptions({ ...data, people: [{ ...people[0]!, name: hostile }] }, 'people'),
    ).not.toContain('<img');
  });

  test('an unknown fallback or language is a build error, not an empty space', () => {
    expect(() => renderFallback(data, 'map', 'en')).toThrow('Unknown fallback "map"');
    expect(() => renderFallback(data, 'timeline', 'de')).toThrow(
      'No fallback words for language "de"',
    );
    expect(() => renderOptions(data, 'places')).toThrow('Unknown option list "places"');
  });
});
