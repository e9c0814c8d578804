// Proves that the release gate `pnpm changeset:check` (changeset status --since=main) fails a branch
// that changes a published package without a changeset, and passes once one is added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const changesetBin = join(root, 'node_modules/.bin/changeset');
const { scripts } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function repoWithPublishedPackage() {
  const dir = mkdtempSync(join(tmpdir(), 'iw-changeset-'));
  const git = (...args) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'test@127.0.0.1');
  git('config', 'user.name', 'test');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'r', private: true, workspaces: ['packages/*', 'apps/*'] }),
  );
  mkdirSync(join(dir, 'packages/data/src'), { recursive: true });
  writeFileSync(
    join(dir, 'packages/data/package.json'),
    JSON.stringify({ name: '@iranwire/rapprochement-data', version: '1.0.0' }),
  );
  writeFileSync(join(dir, 'packages/data/src/index.js'), 'export const a = 1;\n');
  // The real config ignores the private apps by name, so they must exist here too.
  for (const app of ['storybook', 'demo', 'bench']) {
    mkdirSync(join(dir, 'apps', app), { recursive: true });
    writeFileSync(
      join(dir, 'apps', app, 'package.json'),
      JSON.stringify({ name: `@iranwire/${app}`, private: true, version: '0.0.0' }),
    );
  }
  cpSync(join(root, '.changeset/config.json'), join(dir, '.changeset/config.json'), {
    recursive: true,
  });
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  git('checkout', '-q', '-b', 'feature');
  return { dir, git };
}

function check(dir) {
  // The same command as the root script, run in the throwaway repository.
  const args = scripts['changeset:check'].split(' ').slice(1);
  return spawnSync(changesetBin, args, { cwd: dir, encoding: 'utf8' });
}

test('a change to a published package without a changeset fails the check', () => {
  const { dir, git } = repoWithPublishedPackage();
  try {
    writeFileSync(join(dir, 'packages/data/src/index.js'), 'export const a = 2;\n');
    git('commit', '-q', '-am', 'change data');
    const result = check(dir);
    assert.notEqual(result.status, 0);
    assert.match(result.stdout + result.stderr, /no changesets were found/);

    writeFileSync(
      join(dir, '.changeset/fix-a.md'),
      "---\n'@iranwire/rapprochement-data': patch\n---\n\nCorrect a.\n",
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'add changeset');
    assert.equal(check(dir).status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
