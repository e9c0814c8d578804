// One static server on 127.0.0.1 for every bench page, widget file and dataset.
// Each URL prefix maps to one directory on disk, so nothing is copied and nothing comes from elsewhere.
import { createServer } from 'node:http';
import sirv from 'sirv';

/**
 * Serve each `mounts` directory under its URL prefix on 127.0.0.1 and a free port.
 * @param {Record<string, string>} mounts URL prefix (e.g. "/vendor/timelinejs") -> directory.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>} origin ends without a slash.
 */
export async function serveStatic(mounts) {
  const handlers = Object.entries(mounts).map(([prefix, dir]) => ({
    prefix: prefix.replace(/\/$/, ''),
    // dev: read from disk on every request and send no caching headers, so every run pays full bytes.
    files: sirv(dir, { dev: true, etag: false }),
  }));
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const mount = handlers.find(({ prefix }) => path.startsWith(`${prefix}/`));
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end(`Not found: ${path}`);
    };
    if (!mount) return notFound();
    req.url = path.slice(mount.prefix.length);
    mount.files(req, res, notFound);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string')
    throw new Error('The bench server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve(undefined)));
      }),
  };
}
