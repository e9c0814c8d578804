// custom-elements.json (written by the build) against the source: every element has its tag name,
// and every --iw-* custom property its styles read is documented on it. Runs in Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));

/** The --iw-* properties a stylesheet reads through var(). */
const readProperties = (source) => new Set(source.match(/(?<=var\()--iw-[a-z-]+/g));

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((declaration) => ({ module: module.path, declaration })),
);

describe('custom-elements.json', () => {
  it('lists the three elements', () => {
    expect(elements.map(({ declaration }) => declaration.name).sort()).toEqual([
      'IwActorBadge',
      'IwQuoteCard',
      'IwTimeline',
    ]);
  });

  describe.each(elements)('$declaration.name', ({ module, declaration }) => {
    const folder = module.replace(/\/[^/]+$/, '');
    const component = folder.split('/').pop();

    it('has the tag name its define file registers', () => {
      const defineFile = read(`${folder}/iw-${component}.ts`);
      const tags = [...defineFile.matchAll(/define\('([^']+)', (\w+)\)/g)];
      const tag = tags.find(([, , className]) => className === declaration.name)?.[1];
      expect(tag).toBe(`iw-${component}`);
      expect(declaration.tagName).toBe(tag);
    });

    it('documents every --iw-* custom property its styles read', () => {
      const used = new Set([
        ...readProperties(read('src/shared/shared.styles.ts')),
        ...readProperties(read(`${folder}/${component}.styles.ts`)),
      ]);
      const documented = new Set((declaration.cssProperties ?? []).map(({ name }) => name));
      expect([...used].filter((name) => !documented.has(name)).sort()).toEqual([]);
      for (const property of declaration.cssProperties ?? [])
        expect(property.description, property.name).toBeTruthy();
    });
  });
});
