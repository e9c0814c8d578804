// The published packages as a stranger gets them: packed to tarballs, installed (from the store the
// workspace's install filled, with an empty metadata cache: see scripts/throwaway-install.mjs) into a
// throwaway plain HTML + Vite + TypeScript project, type-checked, built, and the timeline rendered in
// Chromium.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { installThrowaway } from '../../../scripts/throwaway-install.mjs';
import { NO_PROBLEMS, launchChromium, recordProblems, serveDemo, type DemoServer } from './support';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = fileURLToPath(new URL('./pack-fixture', import.meta.url));

let project: string;
let browser: Browser | undefined;
let server: DemoServer | undefined;

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'iw-pack-test-'));
  await cp(fixture, project, { recursive: true });
  await Promise.all(
    ['packages/data', 'packages/elements'].map((dir) =>
      run('pnpm', ['pack', '--pack-destination', project], { cwd: join(repo, dir) }),
    ),
  );
  const tarballs = (await readdir(project)).filter((name) => name.endsWith('.tgz'));
  const tarball = (name: string) =>
    `file:./${tarballs.find((file) => file.startsWith(`iranwire-${name}-`))}`;
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'iw-pack-test',
        private: true,
        type: 'module',
        dependencies: {
          '@iranwire/rapprochement-elements': tarball('rapprochement-elements'),
          '@iranwire/rapprochement-data': tarball('rapprochement-data'),
        },
        devDependencies: { typescript: '5.9.3', vite: '8.3.8' },
        // The elements tarball names the data package by version; point that at the local tarball too.
        pnpm: {
          overrides: { '@iranwire/rapprochement-data': tarball('rapprochement-data') },
          onlyBuiltDependencies: ['esbuild'],
        },
      },
      null,
      2,
    ),
  );
  await installThrowaway(project);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

test('the typed API type-checks against the published declarations, and catches a misuse', async () => {
  // One run: the project's own code must pass, and a deliberate misuse must be the only error.
  await writeFile(
    join(project, 'src/misuse.ts'),
    "import { getPerson } from '@iranwire/rapprochement-data';\ngetPerson('not-a-person');\n",
  );
  const result = await run(join(project, 'node_modules/.bin/tsc'), ['--noEmit', '-p', project], {
    cwd: project,
  }).then(
    () => ({ stdout: '' }),
    (error: { stdout: string }) => error,
  );
  await rm(join(project, 'src/misuse.ts'));
  const errors = result.stdout.split('\n').filter((line) => line.includes('error TS'));
  expect(errors).toEqual([expect.stringMatching(/^src\/misuse\.ts\(2,/)]);
}, 60_000);

test('a Vite build of a plain HTML page renders the timeline in Chromium', async () => {
  await run(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: project,
  });
  [browser, server] = await Promise.all([
    launchChromium(),
    serveDemo({ root: join(project, 'dist') }),
  ]);
  const page = await browser.newPage();
  const problems = await recordProblems(page, server.url);
  await page.goto(`${server.url}/index.html`);
  const items = page.locator('iw-timeline').locator('[part~="item"]');
  await expect.poll(() => items.count()).toBeGreaterThan(5);
  // main.ts set the highlight through the typed property: the typed API drove the element.
  expect(
    await page.locator('iw-timeline').locator('[part~="item"][aria-current="true"]').count(),
  ).toBe(1);
  expect(await page.locator('#person-name').textContent()).toBe('Mohammad Khatami');
  expect(problems).toEqual(NO_PROBLEMS);
}, 60_000);
