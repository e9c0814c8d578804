// Proves that the leftovers check run by .ci/run catches each thing a test can leave behind: a
// changed tracked file, an untracked file, a running browser, a listening server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { leftovers, snapshot } from './leftovers.mjs';

test('lists changed and untracked files, browsers and servers that appeared, and nothing else', async (t) => {
  const repo = mkdtempSync(join(tmpdir(), 'iw-leftovers-'));
  t.after(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  writeFileSync(join(repo, 'tracked.txt'), 'one\n');
  writeFileSync(join(repo, '.gitignore'), 'dist/\n');
  git('add', '.');
  git('-c', 'user.email=t@127.0.0.1', '-c', 'user.name=t', 'commit', '-qm', 'start');

  const before = snapshot(repo);
  assert.deepEqual(leftovers(before, snapshot(repo)), []);

  writeFileSync(join(repo, 'tracked.txt'), 'two\n');
  writeFileSync(join(repo, 'stray.json'), '{}');
  execFileSync('mkdir', ['-p', join(repo, 'dist')]);
  writeFileSync(join(repo, 'dist/ignored.js'), ''); // a build output: ignored by git, not a leftover
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const fakeBrowser = join(repo, 'dist/chromium'); // a program named like a browser
  copyFileSync('/bin/sleep', fakeBrowser);
  const browser = spawn(fakeBrowser, ['30']);
  t.after(() => browser.kill());
  await new Promise((resolve) => setTimeout(resolve, 100));

  const found = leftovers(before, snapshot(repo)).join('\n');
  assert.match(found, /file changed or left behind: {2}?M tracked\.txt/);
  assert.match(found, /file changed or left behind: \?\? stray\.json/);
  assert.doesNotMatch(found, /ignored\.js/);
  assert.match(
    found,
    new RegExp(`server still listening on 127\\.0\\.0\\.1:${server.address().port}`),
  );
  assert.match(found, new RegExp(`browser still running: ${browser.pid} `));

  await new Promise((resolve) => server.close(resolve));
  browser.kill();
  await new Promise((resolve) => browser.once('exit', resolve));
  git('checkout', 'tracked.txt');
  rmSync(join(repo, 'stray.json'));
  assert.deepEqual(leftovers(before, snapshot(repo)), []);
});
