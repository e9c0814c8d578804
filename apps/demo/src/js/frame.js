// The iframe pages: build the widget from the URL parameters, then keep the host page told of
// this page's height (see resizer.js for the other end and docs/decisions/0040).
import { WIDGETS, readOptions } from './params.js';

/**
 * The frame's own h1, visually hidden: a frame is a document of its own. The timeline's visible
 * title is its own (an h2 by default, its events h3), so no level is skipped.
 */
const HIDDEN_HEADINGS = {
  timeline: {
    en: 'Timeline: Khatami’s message to the American people and Khamenei’s answer, 1997–98',
    fa: 'گاه‌شمار: پیام خاتمی به مردم آمریکا و پاسخ خامنه‌ای، ۱۳۷۶–۱۳۷۷',
  },
  'quote-card': { en: 'A quote from IranWire’s story', fa: 'نقل‌قولی از روایت ایران‌وایر' },
  'actor-badge': { en: 'A person in IranWire’s story', fa: 'شخصی در روایت ایران‌وایر' },
};

/** The message type the resizer listens for. */
const HEIGHT_MESSAGE = 'iw-embed-height';

const widget = /** @type {keyof typeof WIDGETS} */ (document.body.dataset.widget);
const slot = document.querySelector('[data-widget-slot]');
const { attributes, problems } = readOptions(widget, new URLSearchParams(location.search));

if (problems.length > 0) {
  // A visible, announced error instead of a blank frame; built with textContent, never markup.
  const alert = document.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.className = 'frame-error';
  const heading = document.createElement('h1');
  // Names the frame's main: several frames on one page need distinct landmarks (landmark-unique).
  heading.id = 'frame-title';
  heading.className = 'frame-heading';
  heading.textContent = `This ${WIDGETS[widget].label.toLowerCase()} embed cannot be shown:`;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  alert.append(heading, list);
  slot.replaceChildren(alert);
} else {
  const element = document.createElement(WIDGETS[widget].tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  const lang = element.getAttribute('lang') === 'fa' ? 'fa' : 'en';
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
  const heading = document.createElement('h1');
  // Names the frame's main: several frames on one page need distinct landmarks (landmark-unique).
  heading.id = 'frame-title';
  heading.className = 'visually-hidden';
  heading.textContent = HIDDEN_HEADINGS[widget][lang];
  slot.replaceChildren(heading, element);
}

/** Open popovers (a badge's panel) live in the top layer, outside the document's height. */
function openPopovers(root = document, found = []) {
  for (const element of root.querySelectorAll('*')) {
    if (element.matches(':popover-open')) found.push(element);
    if (element.shadowRoot) openPopovers(element.shadowRoot, found);
  }
  return found;
}

if (window.parent !== window) {
  let lastHeight = -1;
  const postHeight = () => {
    const bottoms = openPopovers().map(
      (popover) => popover.getBoundingClientRect().bottom + scrollY + 4,
    );
    const height = Math.ceil(
      Math.max(document.documentElement.getBoundingClientRect().height, ...bottoms),
    );
    if (height === lastHeight) return;
    lastHeight = height;
    // The height is not a secret and the frame cannot know its host's origin: any parent may read it.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(postHeight);
  observer.observe(document.documentElement);
  // Popovers open and close on clicks and keys; their toggle events stay inside the shadow roots.
  const afterInput = () =>
    requestAnimationFrame(() => {
      for (const popover of openPopovers()) observer.observe(popover);
      postHeight();
    });
  document.addEventListener('click', afterInput);
  document.addEventListener('keyup', afterInput);
}
