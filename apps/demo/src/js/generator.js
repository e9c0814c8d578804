// The embed-code generator: form -> live preview + the two snippets an editor pastes.
import { WIDGETS, readOptions } from './params.js';

/** Where the published bundle lives; the editor's newsroom substitutes its npm CDN of choice. */
const CDN_PLACEHOLDER = 'https://YOUR-NPM-CDN';
/** A starting height for the iframe before its first resize message arrives. */
const FRAME_START_HEIGHT = { timeline: 600, 'quote-card': 260, 'actor-badge': 48 };

const form = /** @type {HTMLFormElement} */ (document.querySelector('[data-generator]'));
const preview = document.querySelector('[data-preview]');
const problemsBox = document.querySelector('[data-problems]');
const scriptSnippet = document.querySelector('[data-snippet="script"]');
const iframeSnippet = document.querySelector('[data-snippet="iframe"]');
const copyStatus = document.querySelector('[data-copy-status]');
const version = document.body.dataset.elementsVersion;
const hostInput = /** @type {HTMLInputElement} */ (form.elements.namedItem('host'));
hostInput.value = new URL('.', location.href).href;

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
  scriptSnippet.value =
    `<script type="module" src="${CDN_PLACEHOLDER}/@iranwire/rapprochement-elements@${version}/dist/embed.js"></script>\n` +
    `<${tag}${attributeText}></${tag}>`;

  let base;
  try {
    base = new URL(hostInput.value || '.', location.href);
  } catch {
    base = new URL('.', location.href);
  }
  const frameUrl = new URL(`frame/${widget}.html`, base);
  frameUrl.search = params.toString();
  const title = `${label}: IranWire, Khatami and Khamenei 1997–98`;
  iframeSnippet.value =
    `<iframe data-iw-embed src="${escapeAttribute(frameUrl.href)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${FRAME_START_HEIGHT[widget]}" style="border:0"></iframe>\n` +
    `<script src="${escapeAttribute(new URL('resizer.js', base).href)}" defer></script>`;
}

async function copy(textarea) {
  try {
    await navigator.clipboard.writeText(textarea.value);
    copyStatus.textContent = `Copied the ${textarea.labels[0].textContent.toLowerCase()}.`;
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
  button.addEventListener('click', () => copy(document.getElementById(button.dataset.copy)));
}
update();
