import axe from 'axe-core';
import { afterEach, expect, vi } from 'vitest';

let mounted: HTMLElement[] = [];

afterEach(() => {
  mounted.forEach((element) => element.remove());
  mounted = [];
  vi.restoreAllMocks();
});

/** Puts markup into the page and waits for the first element (a component) to finish rendering. */
export async function mount<T extends HTMLElement>(
  markup: string,
  setup?: (element: T) => void,
): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const element = container.firstElementChild as T;
  setup?.(element);
  document.body.append(container);
  mounted.push(container);
  await settle(element);
  return element;
}

/** Waits until a component (and the components in its shadow root) have rendered, data validated. */
export async function settle(element: HTMLElement): Promise<void> {
  const component = element as HTMLElement & { rendered?: Promise<void> };
  for (let pass = 0; pass < 2; pass++) {
    await component.rendered;
    const nested = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? [])].filter(
      (child) => child.localName.startsWith('iw-'),
    );
    await Promise.all(nested.map((child) => settle(child)));
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Every element matching `selector` in the element's shadow root and the shadow roots inside it. */
export function deepQueryAll<T extends Element = HTMLElement>(
  root: Element | ShadowRoot,
  selector: string,
): T[] {
  const scope = root instanceof Element && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll<T>(selector)];
  for (const element of scope.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element, selector));
  }
  return found;
}

export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`<${element.localName}> has no shadow root`);
  return element.shadowRoot;
}

/** The text a reader sees, through every shadow root, with whitespace collapsed. */
export function deepText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(element);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Runs axe-core on the element (it pierces open shadow roots) and fails with the violations listed. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n  ')}`,
  );
  expect(summary).toEqual([]);
}

/** Records console.warn calls (and keeps them off the test output). */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  });
  return warnings;
}

/** An element's text with whitespace collapsed, as a reader (and a screen reader) gets it. */
export function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
