// The embed-code generator: form -> live preview + the two snippets an editor pastes.
import { WIDGETS, readOptions } from './params.js';

/** The placeholders the snippets carry until the editor says where the files are hosted. */
const CDN_PLACEHOLDER = 'YOUR-NPM-CDN';
const HOST_PLACEHOLDER = 'https://YOUR-HOST/';
/** The version a checkout has before its first release: no CDN serves it. */
const UNRELEASED_VERSION = '0.0.0';
/** A starting height for the iframe before its first resize message arrives. */
const FRAME_START_HEIGHT = { timeline: 600, 'quote-card': 260, 'actor-badge': 48 };

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-generator]'));
const preview = document.querySelector('[data-preview]');
const problemsBox = document.querySelector('[data-problems]');
const scriptSnippet = document.querySelector('[data-snippet="script"]');
const iframeSnippet = document.querySelector('[data-snippet="iframe"]');
const resizerSnippet = document.querySelector('[data-snippet="resizer"]');
const snippetNote = document.querySelector('[data-snippet-note]');
const copyStatus = document.querySelector('[data-copy-status]');
const version = document.body.dataset.elementsVersion;
const embedInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('embed'));
const hostInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('host'));
const defaultEmbed = embedInput.defaultValue;

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

function update() {
  const { widget, params } = readForm();
  const { tag, options, label } = WIDGETS[widget];
  for (const field of form.querySelectorAll('[data-option]')) {
    field.hidden = !options.includes(field.dataset.option);
  }

  const { attributes, problems } = readOptions(widget, params);
  problemsBox.hidden = problems.length === 0;
  problemsBox.textContent = problems.join(' ');

  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);

  const attributeText = attributes
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const embedUrl = embedInput.value.trim() || defaultEmbed;
  scriptSnippet.value =
    `<script type="module" src="${escapeAttribute(embedUrl)}"></script>\n` +
    `<${tag}${attributeText}></${tag}>`;

  const base = frameBase();
  const query = params.toString();
  const frameUrl = `${base}frame/${widget}.html${query ? `?${query}` : ''}`;
  const title = `${label}: IranWire, Khatami and Khamenei 1997–98`;
  iframeSnippet.value =
    `<iframe data-iw-embed src="${escapeAttribute(frameUrl)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${FRAME_START_HEIGHT[widget]}" style="border:0"></iframe>`;
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
for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', () =>
    copy(document.getElementById(button.dataset.copy), button),
  );
}
update();
