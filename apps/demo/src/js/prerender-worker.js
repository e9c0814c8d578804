// The generator's prerendered snippets (generator.js): the server renderer that iw-prerender runs,
// in a Web Worker, which has no DOM, as Node has none. scripts/prerender-worker.mjs bundles this
// file over its copy in dist/.
import { render } from '@iranwire/rapprochement-elements/ssr';

addEventListener('message', async ({ data: { id, snippet, options } }) => {
  try {
    postMessage({ id, html: await render(snippet, options) });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
