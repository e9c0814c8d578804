// Writes dist/embed/ssr/<name>.css: the stylesheets that prerendered shadow roots link instead of
// holding <style> elements (render()'s `stylesheets` option, docs/decisions/0045), in the folder a
// site self-hosts or a CDN serves beside embed.js, so a strict-CSP page has them without a build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { stylesheets } from '../dist/ssr/index.js';

const dir = new URL('../dist/embed/ssr/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const [name, css] of Object.entries(stylesheets()))
  writeFileSync(new URL(`${name}.css`, dir), css);
