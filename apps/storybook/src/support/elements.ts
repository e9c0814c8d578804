import { expect, waitFor } from 'storybook/test';

/** The open shadow root of the first `selector` in the story, once its first render has finished. */
export async function renderedShadow(
  canvasElement: HTMLElement,
  selector: string,
): Promise<ShadowRoot> {
  const element = canvasElement.querySelector(selector);
  if (!element) throw new Error(`The story has no ${selector}`);
  return shadowOf(element);
}

/** A story pinned to one theme, whose play function checks the component takes that colour scheme. */
export function pinnedTheme(selector: string, theme: 'light' | 'dark') {
  return {
    globals: { theme },
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      const root = await renderedShadow(canvasElement, selector);
      await expect(getComputedStyle(root.host).colorScheme).toBe(theme);
    },
  };
}

/** The element's open shadow root, once the element is defined and has rendered. */
export async function shadowOf(element: Element): Promise<ShadowRoot> {
  await customElements.whenDefined(element.localName);
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no open shadow root`);
  return element.shadowRoot;
}

/**
 * Waits until `selector` matches inside the element's shadow root. Custom data validates
 * asynchronously (the validator is loaded on demand), so this allows a few seconds on a busy machine.
 */
export async function shadowQuery<T extends Element = HTMLElement>(
  root: ShadowRoot,
  selector: string,
): Promise<T> {
  return waitFor(
    () => {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`Nothing matches ${selector} yet`);
      return found;
    },
    { timeout: 5000 },
  );
}

/** Sample custom data that breaks the schema in several ways, as a newsroom's typo would. */
export const INVALID_DATA = {
  article: {
    id: 'Not Kebab Case',
    title: '',
    publisher: 'Example',
    date: '2024-13-45',
    language: 'en',
    source: 'x',
  },
  sources: [],
  people: [{ id: 'someone', name: 'Someone', aliases: [], roles: [], sources: [] }],
  organizations: [],
  places: [],
  events: 'not a list',
  quotes: [],
} as unknown;

/** An id that would inject markup if a component ever rendered ids as HTML. */
export const HOSTILE_ID = '<img src=x onerror="document.title=`pwned`">';
