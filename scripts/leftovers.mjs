// What a test run must not leave behind: changed or new files in the clone (build outputs are
// ignored by git and do not count), browsers still running, servers still listening.
//
//   node scripts/leftovers.mjs snapshot FILE   before the tests: what was already there
//   node scripts/leftovers.mjs check FILE      after them: exits 1, listing what the tests left
//
// Linux only (it reads /proc), like CI. Used by .ci/run around the README's test command.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Files git reports as changed or untracked (not ignored) in `repo`. */
export function changedFiles(repo) {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
}

/** Running browser processes: "pid command line" for every Chromium or Chrome. */
export function browserProcesses() {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    let command;
    try {
      command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
    } catch {
      continue; // ended while we looked
    }
    const program = command.split(' ')[0] ?? '';
    if (/(^|\/)(chromium|chrome|headless_shell)[^/ ]*$/.test(program))
      found.push(`${pid} ${command.slice(0, 160)}`);
  }
  return found;
}

/** /proc/net/tcp writes IPv4 addresses as little-endian hex: 0100007F is 127.0.0.1. */
function ipv4(hex) {
  if (hex.length !== 8) return undefined;
  return [6, 4, 2, 0].map((at) => parseInt(hex.slice(at, at + 2), 16)).join('.');
}

/** Listening TCP sockets, as "address:port" (IPv4 and IPv6, from /proc/net/tcp*). */
export function listeningSockets() {
  const sockets = new Set();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let rows;
    try {
      rows = readFileSync(table, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue; // no IPv6 on this machine
    }
    for (const row of rows) {
      const [, local, , state] = row.trim().split(/\s+/);
      if (state !== '0A' || !local) continue; // 0A: LISTEN
      const [hex = '', port = '0'] = local.split(':');
      sockets.add(`${ipv4(hex) ?? hex}:${parseInt(port, 16)}`);
    }
  }
  return [...sockets].sort();
}

export function snapshot(repo) {
  return {
    files: changedFiles(repo),
    browsers: browserProcesses(),
    sockets: listeningSockets(),
  };
}

/** What `after` has that `before` had not, as readable lines; empty when the run left nothing. */
export function leftovers(before, after) {
  const added = (key) => after[key].filter((entry) => !before[key].includes(entry));
  return [
    ...added('files').map((line) => `file changed or left behind: ${line}`),
    ...after.browsers
      .filter((line) => !before.browsers.some((old) => old.split(' ')[0] === line.split(' ')[0]))
      .map((line) => `browser still running: ${line}`),
    ...added('sockets').map((socket) => `server still listening on ${socket}`),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, file] = process.argv.slice(2);
  const repo = fileURLToPath(new URL('..', import.meta.url));
  if (mode === 'snapshot' && file) {
    writeFileSync(file, JSON.stringify(snapshot(repo)));
  } else if (mode === 'check' && file) {
    const found = leftovers(JSON.parse(readFileSync(file, 'utf8')), snapshot(repo));
    if (found.length) {
      console.error(`The tests left these behind:\n  ${found.join('\n  ')}`);
      process.exit(1);
    }
    console.log('leftovers: none (no changed files, browsers or listening servers)');
  } else {
    console.error('usage: node scripts/leftovers.mjs snapshot|check FILE');
    process.exit(2);
  }
}
