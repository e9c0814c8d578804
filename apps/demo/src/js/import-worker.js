// The generator's conversion of a newsroom's file (generator.js), in a Web Worker: a file near the
// importer's 5 MB limit takes seconds, and the page must stay usable meanwhile (and be able to stop
// it). scripts/importer.mjs bundles this file, with @iranwire/story-tools, over its copy in dist/.
import { fromTimelineJS } from '@iranwire/story-tools';

addEventListener('message', ({ data: { id, text } }) => {
  try {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined; // A CSV, or not JSON at all: the importer says which.
    }
    // A story already (the dataset's shape) is taken as it is; anything else is converted.
    if (parsed && typeof parsed === 'object' && 'article' in parsed && 'events' in parsed) {
      postMessage({ id, json: text, warnings: [] });
      return;
    }
    const { dataset, warnings } = fromTimelineJS(parsed ?? text);
    postMessage({ id, json: JSON.stringify(dataset, null, 2), warnings });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
