// The demo's static server: the built pages on 127.0.0.1, optionally under the strict
// Content-Security-Policy and Trusted Types that hostile news sites send.
// Used by the root `pnpm start` and by every end-to-end test.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

export const DEFAULT_ROOT = fileURLToPath(new URL('./dist', import.meta.url));

/** The policy the issue asks the widgets to survive: nothing inline, nothing from elsewhere. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

/**
 * Serve `root` on 127.0.0.1.
 * @param {{ port?: number, root?: string, csp?: boolean }} [options]
 *   port: 0 (the default) picks a free one; root: the built demo (apps/demo/dist);
 *   csp: send STRICT_CSP with every HTML page.
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} url ends without a slash.
 */
export async function serveDemo({ port = 0, root = DEFAULT_ROOT, csp = false } = {}) {
  const files = sirv(root, {
    dev: true, // no caching: tests rebuild and reload
    extensions: ['html'],
    setHeaders(res, pathname) {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      if (csp && pathname.endsWith('.html')) res.setHeader('Content-Security-Policy', STRICT_CSP);
    },
    onNoMatch(_req, res) {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    },
  });
  const server = createServer((req, res) => {
    // Directory index: sirv serves /index.html for "/", this keeps "/frame/" consistent too.
    if (req.url?.endsWith('/')) req.url += 'index.html';
    files(req, res);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string')
    throw new Error('The demo server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// `node apps/demo/server.mjs [--csp]`: serve the built demo until interrupted.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await serveDemo({
    port: Number(process.env.PORT ?? 4173),
    csp: process.argv.includes('--csp'),
  });
  console.log(`Demo articles: ${url}/`);
}
