// `pnpm start`, after `turbo run build`: serves every built app on 127.0.0.1 and prints what is where.
// Sites whose build output is missing are skipped with a note, so start works at every stage of the project.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';

const sites = [
  {
    name: 'Storybook',
    dir: `${root}apps/storybook/storybook-static`,
    port: 6006,
    pages: [['/', 'every component, state, language and theme, with docs']],
  },
  {
    name: 'Demo',
    dir: `${root}apps/demo/dist`,
    port: 8080,
    server: `${root}apps/demo/server.mjs`,
    pages: [
      ['/', 'index of the demo pages'],
      ['/article-en.html', 'an English third-party article embedding the widgets'],
      ['/article-fa.html', 'a Persian right-to-left article with Solar Hijri dates'],
      [
        '/article-iframe.html',
        'the iframe embeds for CMSs that strip scripts, resizing to their content',
      ],
      ['/generator.html', 'the embed-code generator for editors'],
      ['/scheme-light.html', 'a light page: the widgets follow it, whatever the reader’s system'],
      ['/scheme-dark.html', 'a dark page: the widgets follow it too'],
      ['/scheme-both.html', 'a page declaring light dark: the widgets follow the reader’s system'],
      ['/frame/timeline.html?layout=slides', 'the timeline as slides, in its iframe page'],
      [
        '/imported.html',
        "TimelineJS3's sample beside the same timeline imported and shown with src",
      ],
      ['/double-bundle.html', 'two copies of embed.js on one page, neither breaking the other'],
      [
        '/bare.html',
        'the widgets on a page with no CSS of its own (the control for the style tests)',
      ],
    ],
  },
];

/** Listens on the preferred port, or on any free one when it is taken. */
function listen(server, port) {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code !== 'EADDRINUSE' || port === 0) return reject(error);
      resolve(listen(server, 0));
    });
    server.listen(port, HOST, () => resolve(server.address().port));
  });
}

async function serve(site) {
  if (site.server && existsSync(site.server)) {
    const { serveDemo } = await import(pathToFileURL(site.server).href);
    try {
      return await serveDemo({ port: site.port, root: site.dir });
    } catch (error) {
      if (error.code !== 'EADDRINUSE') throw error;
      return serveDemo({ port: 0, root: site.dir });
    }
  }
  const server = createServer(sirv(site.dir, { dev: false, etag: true }));
  const port = await listen(server, site.port);
  return { url: `http://${HOST}:${port}`, close: () => server.close() };
}

const running = [];
for (const site of sites) {
  if (!existsSync(site.dir)) {
    console.log(`${site.name}: not built yet (${site.dir}), skipped`);
    continue;
  }
  const { url, close } = await serve(site);
  running.push(close);
  console.log(`\n${site.name}`);
  for (const [path, what] of site.pages) console.log(`  ${new URL(path, url)}  ${what}`);
}

if (running.length === 0) {
  console.log('Nothing to serve yet.');
} else {
  console.log('\nServing on 127.0.0.1 only. Press Ctrl+C to stop.');
  process.on('SIGINT', () => {
    for (const close of running) close();
    process.exit(0);
  });
}
