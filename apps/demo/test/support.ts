// Shared by the end-to-end tests: the demo server, the system Chromium, and a recorder of everything
// a page does wrong (console errors, uncaught exceptions, CSP violations, requests to other origins).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type Frame,
  type Page,
} from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.mjs';
import { serveDemo, type DemoServer } from '../server.mjs';

export { serveDemo, type DemoServer };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
  httpErrors: string[];
}

/** Records what goes wrong on `page` from now on; read the arrays after the page has settled. */
export async function recordProblems(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    cspViolations: [],
    foreignRequests: [],
    httpErrors: [],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    // data: and blob: URLs never leave the page; everything else must come from the page's origin.
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) {
      problems.foreignRequests.push(request.url());
    }
  });
  await page.exposeFunction('__reportCspViolation', (text: string) =>
    problems.cspViolations.push(text),
  );
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return problems;
}

/** Resolves when every widget on the page is defined and has rendered its shadow root. */
export async function widgetsRendered(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => {
    const widgets = [...document.querySelectorAll('iw-timeline, iw-quote-card, iw-actor-badge')];
    return (
      widgets.length > 0 &&
      widgets.every((widget) => {
        const element = widget as HTMLElement & { updateComplete?: Promise<boolean> };
        return (
          customElements.get(widget.localName) &&
          element.shadowRoot &&
          element.shadowRoot.childElementCount > 0
        );
      })
    );
  });
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** What a page with nothing wrong reports. */
export const NO_PROBLEMS: PageProblems = {
  consoleErrors: [],
  pageErrors: [],
  cspViolations: [],
  foreignRequests: [],
  httpErrors: [],
};

/**
 * Runs axe-core on the whole page: every frame and shadow root. The source is evaluated in each
 * frame rather than added as a script tag, which a strict CSP would rightly refuse; the top frame's
 * run then collects the frames' results, so page-level rules judge the page as a whole.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  for (const frame of page.frames()) await frame.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations.map(({ id, help, nodes }) => ({
      id,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }));
  });
}

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 800 },
  colorScheme: 'light',
  reducedMotion: 'reduce',
};
