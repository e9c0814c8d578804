/**
 * What a newsroom gets: `pnpm pack`, install the tarball into a throwaway project (from the store the
 * workspace's install filled, with an empty metadata cache: see scripts/throwaway-install.mjs), then
 * import it from ESM, CommonJS and TypeScript. A mistyped id must fail to compile.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installThrowaway } from '../../../scripts/throwaway-install.mjs';
import { PACKAGE_DIR } from '../scripts/paths';

const require = createRequire(import.meta.url);
const TSC = require.resolve('typescript/bin/tsc');
const project = mkdtempSync(join(tmpdir(), 'iw-data-pack-'));
const run = (command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd: project,
    encoding: 'utf8',
    stdio: 'pipe',
  });

beforeAll(async () => {
  execFileSync('pnpm', ['pack', '--pack-destination', project], {
    cwd: PACKAGE_DIR,
    stdio: 'pipe',
  });
  const tarball = readdirSync(project).find((name) => name.endsWith('.tgz'))!;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'throwaway',
      private: true,
      type: 'module',
      dependencies: { '@iranwire/rapprochement-data': `file:./${tarball}` },
    }),
  );
  await installThrowaway(project);
}, 120_000);

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('the packed package in a throwaway project', () => {
  it('ships only what it should', () => {
    const files = execFileSync(
      'tar',
      ['-tzf', readdirSync(project).find((n) => n.endsWith('.tgz'))!],
      { cwd: project, encoding: 'utf8' },
    ).split('\n');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/data.json');
    expect(files).toContain('package/source/iranwire-2022-12-09-khamenei-rapprochement.txt');
    expect(
      files.some(
        (f) =>
          f.startsWith('package/test/') ||
          f.startsWith('package/scripts/') ||
          f.includes('node_modules'),
      ),
    ).toBe(false);
  });

  it('imports from ESM', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { getPerson, timeline, formatDate } from '@iranwire/rapprochement-data';
       import { validateDataset } from '@iranwire/rapprochement-data/validate';
       import data from '@iranwire/rapprochement-data/data.json' with { type: 'json' };
       console.log(JSON.stringify([getPerson('ali-khamenei').name, timeline().length, formatDate('1998-01-16', 'fa'), validateDataset(data).ok]));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs']))).toEqual(['Ali Khamenei', 22, '۲۶ دی ۱۳۷۶', true]);
  }, 30_000);

  it('requires from CommonJS', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { quotesBy } = require('@iranwire/rapprochement-data');
       const { validateDataset } = require('@iranwire/rapprochement-data/validate');
       const data = require('@iranwire/rapprochement-data/data.json');
       console.log(JSON.stringify([quotesBy('mohammad-khatami')[0].text, validateDataset({}).ok, data.article.date]));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual(['incorrect', false, '2022-12-09']);
  }, 30_000);

  it('type-checks from TypeScript, and a mistyped id is a compile error', () => {
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          module: 'nodenext',
          moduleResolution: 'nodenext',
          target: 'es2022',
          noEmit: true,
          skipLibCheck: true,
          types: [],
        },
      }),
    );
    writeFileSync(
      join(project, 'good.mts'),
      `import { getPerson, type Person, type PersonId } from '@iranwire/rapprochement-data';
       const id: PersonId = 'mohammad-khatami';
       const person: Person = getPerson(id);
       export const name: string = person.name;`,
    );
    writeFileSync(
      join(project, 'typo.mts'),
      `import { getPerson } from '@iranwire/rapprochement-data';\nexport const p = getPerson('mohamad-khatami');\n`,
    );
    writeFileSync(
      join(project, 'good.cts'),
      `import data = require('@iranwire/rapprochement-data');\nexport const n: number = data.quotesBy('ali-khamenei').length;\n`,
    );
    let output = '';
    try {
      run('node', [TSC, '-p', '.']);
    } catch (error) {
      output = String((error as { stdout?: string }).stdout);
    }
    const errors = output.split('\n').filter((line) => line.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^typo\.mts\(2,\d+\): error TS2345/);
  }, 90_000);
});
