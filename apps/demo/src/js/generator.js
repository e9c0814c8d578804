// The embed-code generator: form -> live preview + the snippets an editor pastes (plain,
// prerendered, iframe).
import { OPTION_RULES, WIDGETS, readOptions } from './params.js';

/** The placeholders the snippets carry until the editor says where the files are hosted. */
const CDN_PLACEHOLDER = 'YOUR-NPM-CDN';
const HOST_PLACEHOLDER = 'https://YOUR-HOST/';
/** The version a checkout has before its first release: no CDN serves it. */
const UNRELEASED_VERSION = '0.0.0';
/** Room the frame page adds around its widget (frame.css: 4px of padding on each side). */
const FRAME_PADDING = 8;

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-generator]'));
const preview = document.querySelector('[data-preview]');
const problemsBox = document.querySelector('[data-problems]');
const scriptSnippet = document.querySelector('[data-snippet="script"]');
const iframeSnippet = document.querySelector('[data-snippet="iframe"]');
const resizerSnippet = document.querySelector('[data-snippet="resizer"]');
const prerenderedSnippet = document.querySelector('[data-snippet="prerendered"]');
const prerenderedSize = document.querySelector('[data-prerendered-size]');
const linkStylesheets = /** @type {HTMLInputElement} */ (
  document.querySelector('[data-link-stylesheets]')
);
const snippetNote = document.querySelector('[data-snippet-note]');
const copyStatus = document.querySelector('[data-copy-status]');
const version = document.body.dataset.elementsVersion;
const embedInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('embed'));
const hostInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('host'));
const defaultEmbed = embedInput.defaultValue;
const embedError = /** @type {HTMLElement} */ (document.querySelector('[data-embed-error]'));

/**
 * What is wrong with an address of embed.js, if anything: it must be an http(s) URL or a path on
 * the editor's site, the rule of `render()` and iw-prerender (checkedEmbedBase in the elements'
 * src/ssr/index.ts; a test checks both take the same addresses). A javascript: address would
 * become every source link.
 */
function embedAddressProblem(address) {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (/[\s\\]|\p{Cc}/u.test(address)) return 'holds a space, a backslash or a control character';
  if (address.startsWith('//')) return 'names another host without saying http or https';
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https')
    return `is a ${scheme}: address, not an http(s) URL or a path`;
  if (scheme !== undefined && !URL.canParse(address)) return 'is not a URL';
  return undefined;
}
const highlightSelect = /** @type {HTMLSelectElement} */ (form.elements.namedItem('highlight'));
const storyFile = /** @type {HTMLInputElement} */ (document.querySelector('[data-story-file]'));
const srcInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('src'));
const importReport = /** @type {HTMLElement} */ (document.querySelector('[data-import-report]'));
/** Options that name the built-in story's records: they mean nothing for the editor's own story. */
const BUILT_IN_ONLY = ['actors', 'types', 'highlight'];

/**
 * The editor's own story, once a file has been read: its title, and the story itself, which the
 * preview shows as `data` and the prerendered snippet carries.
 * @type {{ title: string, data: unknown } | undefined}
 */
let story;

/** "16/01/1998" and "16.1.1998" are days written day first: say what was probably meant. */
function suggestion(value) {
  const match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(value.trim());
  if (!match) return '';
  const [, day, month, year] = match;
  return ` Did you mean ${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}?`;
}

/** The day range of a date such as 1997, 1997-12 or 1998-01-07, as comparable strings. */
function span(edtf) {
  const [start, end = start] = edtf.split('/');
  const pad = (value, last) =>
    value.length === 4
      ? `${value}-${last ? '12-31' : '01-01'}`
      : value.length === 7
        ? `${value}-${last ? '31' : '01'}`
        : value;
  return [pad(start, false), pad(end, true)];
}

/**
 * Offers only the events that the chosen dates, people and kinds include, as the timeline filters
 * them (an event overlapping the dates; involving any chosen person; of a chosen CAMEO code).
 * A highlighted event that the filters drop is unselected.
 */
function filterHighlights(params) {
  const valid = (name) => {
    const value = params.get(name);
    return value && OPTION_RULES[name].pattern.test(value) ? value : undefined;
  };
  const options = {
    from: valid('from'),
    to: valid('to'),
    actors: valid('actors'),
    types: valid('types'),
  };
  const [from] = options.from ? span(options.from) : [''];
  const to = options.to ? span(options.to)[1] : '9999';
  const actors = options.actors ? options.actors.split(',') : [];
  const types = options.types ? options.types.split(',') : [];
  for (const option of highlightSelect.options) {
    if (!option.value) continue;
    const [start, end] = span(option.dataset.date ?? '');
    const people = (option.dataset.people ?? '').split(' ');
    const included =
      end >= from &&
      start <= to &&
      (actors.length === 0 || actors.some((id) => people.includes(id))) &&
      (types.length === 0 || types.some((code) => (option.dataset.cameo ?? '').startsWith(code)));
    option.hidden = option.disabled = !included;
  }
  if (!highlightSelect.selectedOptions[0]?.disabled) return false;
  highlightSelect.value = '';
  return true;
}

/**
 * The folder the iframe pages are hosted in, ending in "/"; the placeholder while the field is empty
 * or not an http(s) address (never this page's own address, which an editor's readers cannot reach).
 */
function frameBase() {
  const value = hostInput.value.trim();
  if (!value) return HOST_PLACEHOLDER;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return HOST_PLACEHOLDER;
    // "https://news.example/embeds" means the folder, not a file in its parent.
    if (!url.pathname.endsWith('/')) url.pathname += '/';
    url.search = '';
    url.hash = '';
    return url.href;
  } catch {
    return HOST_PLACEHOLDER;
  }
}

const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The chosen widget and its non-empty options, as URL parameters. */
function readForm() {
  const data = new FormData(form);
  const widget = /** @type {keyof typeof WIDGETS} */ (data.get('widget'));
  const params = new URLSearchParams();
  for (const name of WIDGETS[widget].options) {
    const value = data.getAll(name).filter(Boolean).join(',');
    if (value) params.set(name, value);
  }
  return { widget, params };
}

const sizeWatcher = new ResizeObserver(() => writeIframeSnippet());
/** The last rendered height of each widget's preview. */
const lastHeights = {};

/** The iframe's address and title, as update() last worked them out. */
let frameSnippet = { frameUrl: '', title: '' };

/**
 * The frame starts at the height the widget has in the preview (no guessed fixed height), and the
 * resizer then follows the content at the reader's width.
 */
function writeIframeSnippet() {
  const widget = preview.firstElementChild;
  const measured = Math.ceil(widget?.getBoundingClientRect().height ?? 0);
  // Until a new preview has rendered, the last height of the same widget stands.
  if (measured > 0 && widget) lastHeights[widget.localName] = measured;
  const height = (lastHeights[widget?.localName ?? ''] ?? measured) + FRAME_PADDING;
  const { frameUrl, title } = frameSnippet;
  iframeSnippet.value =
    `<iframe data-iw-embed src="${escapeAttribute(frameUrl)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${height}" style="border:0"></iframe>`;
}

function update() {
  let { widget, params } = readForm();
  if (widget === 'timeline' && filterHighlights(params)) ({ widget, params } = readForm());
  const { tag, options, label } = WIDGETS[widget];
  for (const field of form.querySelectorAll('[data-option]')) {
    // The built-in story's people, kinds and events mean nothing for the editor's own story.
    field.hidden =
      !options.includes(field.dataset.option) ||
      (!!story && BUILT_IN_ONLY.includes(field.dataset.option));
  }

  // A malformed field says so itself (aria-invalid, and its message tied to it); problems with no
  // field of their own go to the alert box.
  const { attributes, problems, invalid } = readOptions(widget, params);
  const unplaced = [...problems];
  for (const message of form.querySelectorAll('[data-error-for]')) {
    const name = message.dataset.errorFor;
    const field = /** @type {HTMLInputElement} */ (form.elements.namedItem(name));
    const problem = options.includes(name) ? invalid[name] : undefined;
    if (problem)
      unplaced.splice(
        unplaced.findIndex((text) => text.endsWith(problem)),
        1,
      );
    message.textContent = problem
      ? `Not used: ${field.labels[0].textContent.trim().toLowerCase()} ${problem}${suggestion(field.value)}`
      : '';
    if (problem) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
  problemsBox.hidden = unplaced.length === 0;
  problemsBox.textContent = unplaced.join(' ');

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  // The preview shows the editor's file from this page; the snippet names where it will be hosted.
  // (As data, not as a blob: URL to fetch, which a strict connect-src would block.)
  if (story && element.hasAttribute('src')) {
    element.removeAttribute('src');
    element.data = story.data;
  }
  preview.replaceChildren(element);
  // Its height is known once it has rendered, and changes as it does (a replacement can render to
  // the same height, so the widget itself is watched, not the preview box).
  sizeWatcher.disconnect();
  sizeWatcher.observe(element);

  const attributeText = attributes
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  // Every source link of a prerendered snippet starts with this address: http(s) or a path only.
  const typed = embedInput.value.trim();
  const embedProblem = typed ? embedAddressProblem(typed) : undefined;
  embedError.textContent = embedProblem ? `Not used: the address ${embedProblem}.` : '';
  if (embedProblem) embedInput.setAttribute('aria-invalid', 'true');
  else embedInput.removeAttribute('aria-invalid');
  const embedUrl = (!embedProblem && typed) || defaultEmbed;
  scriptSnippet.value =
    `<script type="module" src="${escapeAttribute(embedUrl)}"></script>\n` +
    `<${tag}${attributeText}></${tag}>`;
  void writePrerenderedSnippet(scriptSnippet.value, attributes, embedUrl);

  const base = frameBase();
  // Only the options the widget will take: a refused value is shown on its field, not passed on.
  const query = new URLSearchParams(attributes).toString();
  const frameUrl = `${base}frame/${widget}.html${query ? `?${query}` : ''}`;
  const title = `${label}: ${story?.title ?? 'IranWire, Khatami and Khamenei 1997–98'}`;
  frameSnippet = { frameUrl, title };
  writeIframeSnippet();
  resizerSnippet.value = `<script src="${escapeAttribute(`${base}resizer.js`)}" defer></script>`;

  // Say plainly what still has to be replaced before a snippet works when pasted.
  const notes = [];
  if (embedUrl.includes(CDN_PLACEHOLDER))
    notes.push(
      `The script snippet still says ${CDN_PLACEHOLDER}: put the address of embed.js under “Where the files are hosted”.`,
    );
  if (version === UNRELEASED_VERSION && embedUrl.includes(`@${version}/`))
    notes.push(
      `Version ${UNRELEASED_VERSION} is this checkout's unreleased elements package: use the version your release published.`,
    );
  if (base === HOST_PLACEHOLDER)
    notes.push(
      'The iframe and resizer snippets still say YOUR-HOST: fill in where you host the iframe pages.',
    );
  snippetNote.hidden = notes.length === 0;
  snippetNote.textContent = notes.length ? `Before pasting: ${notes.join(' ')}` : '';
}

/** The server renderer in a worker (js/prerender-worker.js, about 100 kB gzip), started on first use. */
let prerenderer;
/** The latest request: a slower answer to an older form is dropped. */
let prerenderRequest = 0;

const PRERENDERER_URL = new URL('prerender-worker.js', import.meta.url).href;
/** Pages that require Trusted Types (the strict-CSP demo does) take a worker's URL only from a policy. */
const prerendererPolicy = globalThis.trustedTypes?.createPolicy('iw-prerender-worker', {
  createScriptURL: (url) => {
    if (url !== PRERENDERER_URL) throw new TypeError(`Not the prerender worker: ${url}`);
    return url;
  },
});

function prerender(snippet, options) {
  prerenderer ??= new Worker(
    prerendererPolicy?.createScriptURL(PRERENDERER_URL) ?? PRERENDERER_URL,
    {
      type: 'module',
    },
  );
  const id = ++prerenderRequest;
  return new Promise((resolve, reject) => {
    const answer = ({ data }) => {
      if (data.id !== id) return;
      prerenderer.removeEventListener('message', answer);
      if (data.error) reject(new Error(data.error));
      else resolve(data.html);
    };
    prerenderer.addEventListener('message', answer);
    prerenderer.postMessage({ id, snippet, options });
  });
}

/** Bytes of text, and of the same text gzipped (what a server sends). */
async function weigh(text) {
  const gzipped = new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
  return {
    bytes: new Blob([text]).size,
    gzip: (await new Response(gzipped).arrayBuffer()).byteLength,
  };
}

const kB = (bytes) => `${(bytes / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} kB`;

/**
 * The plain snippet prerendered as iw-prerender would: in the widget's language (the server
 * cannot see the page's), sources linked beside embed.js, the editor's own story handed over.
 */
async function writePrerenderedSnippet(plain, attributes, embedUrl) {
  const request = prerenderRequest + 1;
  const lang = attributes.find(([name]) => name === 'lang')?.[1] ?? 'en';
  const src = attributes.find(([name]) => name === 'src')?.[1];
  const options = {
    lang,
    // The sheets the elements package ships in dist/embed/ssr/, beside embed.js.
    stylesheets: linkStylesheets.checked
      ? embedUrl.replace(/[?#].*$/, '').replace(/[^/]*$/, 'ssr/')
      : undefined,
    stories: story && src ? { [src]: story.data } : undefined,
  };
  try {
    const html = await prerender(plain, options);
    if (request !== prerenderRequest) return;
    prerenderedSnippet.value = html;
    const [prerendered, bare] = await Promise.all([weigh(html), weigh(plain)]);
    prerenderedSize.textContent =
      `Size: ${kB(prerendered.bytes)} of HTML, ${kB(prerendered.gzip)} gzip ` +
      `(the plain snippet: ${kB(bare.bytes)}).`;
  } catch (error) {
    if (request !== prerenderRequest) return;
    prerenderedSnippet.value = '';
    prerenderedSize.textContent = `Could not prerender: ${error instanceof Error ? error.message : error}`;
  }
}

/** Lists the importer's warnings, and offers the converted story to download. */
function reportImport(fileName, json, warnings) {
  const download = document.createElement('a');
  download.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  download.download = 'story.json';
  download.textContent = 'Download story.json';
  const summary = document.createElement('p');
  summary.textContent = warnings.length
    ? `${fileName}: converted, with ${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`
    : `${fileName}: ready, no warnings. `;
  const list = document.createElement('ul');
  for (const { row, field, message } of warnings) {
    const item = document.createElement('li');
    item.textContent = `${row ? `Row ${row}` : 'The story'}${field ? `, ${field}` : ''}: ${message}`;
    list.append(item);
  }
  importReport.replaceChildren(summary, ...(warnings.length ? [list] : []), download);
  importReport.hidden = false;
}

/** How long a conversion may take before it is stopped: far more than any file under the limit needs. */
const IMPORT_TIME_LIMIT_MS = 30_000;
const IMPORTER_URL = new URL('import-worker.js', import.meta.url).href;
const importerPolicy = globalThis.trustedTypes?.createPolicy('iw-import-worker', {
  createScriptURL: (url) => {
    if (url !== IMPORTER_URL) throw new TypeError(`Not the import worker: ${url}`);
    return url;
  },
});

/**
 * Converts a file's text in a Web Worker (js/import-worker.js), so that the page stays usable, and
 * says how long it has been at it; past the time limit the worker is stopped and the reason given.
 */
function convert(fileName, text) {
  const worker = new Worker(importerPolicy?.createScriptURL(IMPORTER_URL) ?? IMPORTER_URL, {
    type: 'module',
  });
  const progress = Object.assign(document.createElement('progress'), {
    textContent: 'Converting…',
  });
  progress.setAttribute('aria-label', `Converting ${fileName}`);
  const status = document.createElement('p');
  status.textContent = `Converting ${fileName}…`;
  importReport.replaceChildren(status, progress);
  importReport.hidden = false;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = setInterval(() => {
      status.textContent = `Converting ${fileName}… ${Math.round((Date.now() - started) / 1000)} s`;
    }, 1000);
    const stop = setTimeout(() => {
      done();
      reject(
        new Error(
          `converting it took longer than ${IMPORT_TIME_LIMIT_MS / 1000} s, and was stopped`,
        ),
      );
    }, IMPORT_TIME_LIMIT_MS);
    const done = () => {
      clearInterval(tick);
      clearTimeout(stop);
      worker.terminate();
    };
    worker.addEventListener('message', ({ data }) => {
      done();
      if (data.error) reject(new Error(data.error));
      else resolve(data);
    });
    worker.addEventListener('error', (event) => {
      done();
      reject(new Error(event.message || 'the converter failed to start'));
    });
    worker.postMessage({ id: 1, text });
  });
}

/** Reads the chosen file: a story as it is, or a TimelineJS3 timeline converted beside this page. */
async function readStory(file) {
  const { json, warnings } = await convert(file.name, await file.text());
  const data = JSON.parse(json);
  story = { title: data.article?.title ?? file.name, data };
  reportImport(file.name, json, warnings);
}

storyFile.addEventListener('change', async () => {
  const [file] = storyFile.files ?? [];
  if (!file) return;
  try {
    await readStory(file);
  } catch (error) {
    story = undefined;
    importReport.replaceChildren(
      Object.assign(document.createElement('p'), {
        textContent: `${file.name} could not be read: ${error instanceof Error ? error.message : error}`,
      }),
    );
    importReport.hidden = false;
  }
  // Your own story is shown by the timeline; the built-in story's ids mean nothing for it.
  srcInput.disabled = !story;
  for (const name of BUILT_IN_ONLY) {
    const field = form.querySelector(`[data-option="${name}"]`);
    field?.querySelectorAll('input, select').forEach((input) => (input.disabled = !!story));
  }
  if (story) form.querySelector('input[name="widget"][value="timeline"]').checked = true;
  update();
});

async function copy(textarea, button) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    // Cleared first, so copying the same snippet twice is announced twice.
    copyStatus.textContent = '';
    await new Promise((resolve) => setTimeout(resolve, 50));
    copyStatus.textContent = `${button.textContent.replace(/^Copy/, 'Copied')}.`;
  } catch {
    // Clipboard access can be refused (permissions, insecure context): leave the text selected instead.
    textarea.select();
    copyStatus.textContent =
      'Copying was refused by the browser: the text is selected, press Ctrl+C.';
  }
}

form.addEventListener('input', update);
form.addEventListener('change', update);
linkStylesheets.addEventListener('change', update);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () =>
    copy(document.getElementById(button.dataset.copy), button),
  );
}
update();
