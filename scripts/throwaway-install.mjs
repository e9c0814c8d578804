// Installs a throwaway project outside the workspace the way a newsroom would (`pnpm install` of
// packed tarballs), for the pack tests of the published packages.
//
// A fresh machine has no pnpm registry metadata: `pnpm install` from the workspace's lockfile fills
// the store but writes none, so an offline install passed only where earlier installs had left
// metadata behind. Here every install starts from an empty metadata cache, on every machine, so a
// step that only works with leftovers fails for everyone. Packages still come from the store the
// workspace's own install filled (`--prefer-offline`); only what is missing there, and the metadata,
// comes from the registry pnpm is configured with.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * `pnpm install` in `project` (which has a package.json), with an empty metadata cache.
 * @param {string} project
 * @returns {Promise<void>}
 */
export async function installThrowaway(project) {
  const cache = await mkdtemp(join(tmpdir(), 'iw-pnpm-cache-'));
  try {
    await run(
      'pnpm',
      [
        'install',
        '--prefer-offline',
        '--ignore-workspace',
        '--no-frozen-lockfile',
        '--config.confirmModulesPurge=false',
        '--reporter=silent',
      ],
      {
        cwd: project,
        env: { ...process.env, XDG_CACHE_HOME: cache },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  } finally {
    await rm(cache, { recursive: true, force: true });
  }
}
