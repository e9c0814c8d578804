import type { DataIssue } from './dataset.js';

/** Larger stories are refused before parsing: the importer's limit, far above any real timeline. */
const MAX_CHARACTERS = 5_000_000;

const refuse = (message: string): never => {
  throw Object.assign(new Error(message), { issues: [{ path: 'src', message }] as DataIssue[] });
};

/** The origins a page lists in a widget's `src-origins`, as origins (`https://data.example`). */
function allowedOrigins(host: Element): string[] {
  return (host.getAttribute('src-origins') ?? '').split(/\s+/).flatMap((origin) => {
    try {
      return [new URL(origin).origin];
    } catch {
      return [];
    }
  });
}

/**
 * Fetches the story a widget's `src` names and parses it; validation follows in the caller. Loaded
 * only when a widget has `src`. A story from another origin is refused unless the page lists that
 * origin in `src-origins`: a request to another host tells it who is reading (docs/decisions/0061).
 */
export async function fetchStory(src: string, host: Element): Promise<unknown> {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return refuse(`"${src}" is not a URL`);
  }
  // blob: for a story the page made itself (a file the reader picked); its origin is the page's.
  if (!/^(https?|blob):$/.test(url.protocol)) refuse(`${url.protocol} URLs are not fetched`);
  const sameOrigin = url.origin === location.origin;
  if (!sameOrigin && !allowedOrigins(host).includes(url.origin))
    refuse(
      `${url.href} is on another origin (${url.origin}); list it in the widget's src-origins attribute to allow it`,
    );
  let response: Response;
  try {
    // `same-origin` mode also refuses a redirect to another host.
    response = await fetch(url, {
      mode: sameOrigin ? 'same-origin' : 'cors',
      credentials: sameOrigin ? 'same-origin' : 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (error) {
    return refuse(`${url.href} could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) refuse(`${url.href} answered ${response.status} ${response.statusText}`.trim());
  const text = await response.text();
  if (text.length > MAX_CHARACTERS)
    refuse(
      `${url.href} is ${text.length} characters long; stories over ${MAX_CHARACTERS} are refused`,
    );
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return refuse(`${url.href} is not JSON: ${(error as Error).message}`);
  }
}
