import type { DataIssue } from './dataset.js';

/** Larger stories are refused before parsing: the importer's limit, far above any real timeline. */
const MAX_CHARACTERS = 5_000_000;
/** A story that many bytes long cannot be under MAX_CHARACTERS: reading stops there. */
const MAX_BYTES = MAX_CHARACTERS * 4;
/** How long a story may take to arrive before the widget says so. */
const TIME_LIMIT_MS = 30_000;

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
    return refuse(`"${src.slice(0, 200)}" is not a URL`);
  }
  // What messages call the story: its address without a user name or password in it.
  const shown = new URL(url);
  shown.username = shown.password = '';
  const where = shown.href;
  // fetch() refuses such an address, and its message would print the password.
  if (url.username || url.password)
    refuse(`${where} holds a user name or password; a story is not fetched with one`);
  // blob: for a story the page made itself (a file the reader picked); its origin is the page's.
  if (!/^(https?|blob):$/.test(url.protocol)) refuse(`${url.protocol} URLs are not fetched`);
  const sameOrigin = url.origin === location.origin;
  if (!sameOrigin && !allowedOrigins(host).includes(url.origin))
    refuse(
      `${where} is on another origin (${url.origin}); list it in the widget's src-origins attribute to allow it`,
    );
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIME_LIMIT_MS);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        // `same-origin` mode refuses a redirect to another host; another origin's story is fetched
        // only where the page listed it, so it may not redirect anywhere (`manual`, checked below).
        mode: sameOrigin ? 'same-origin' : 'cors',
        redirect: sameOrigin ? 'follow' : 'manual',
        credentials: sameOrigin ? 'same-origin' : 'omit',
        headers: { accept: 'application/json' },
        signal: abort.signal,
      });
    } catch (error) {
      return refuse(
        abort.signal.aborted
          ? `${where} did not answer within ${TIME_LIMIT_MS / 1000} s`
          : `${where} could not be fetched (${(error as Error).message})`,
      );
    }
    if (response.type === 'opaqueredirect')
      refuse(
        `${where} redirects elsewhere; a story from another origin is not fetched through a redirect`,
      );
    if (!response.ok) refuse(`${where} answered ${response.status} ${response.statusText}`.trim());
    // A page's own files of other kinds (an upload, a text file) are not stories.
    const type = response.headers.get('content-type') ?? '';
    if (url.protocol !== 'blob:' && !/^application\/([\w.+-]*\+)?json\s*(;|$)/i.test(type))
      refuse(`${where} is served as ${type || 'no type'}, not as JSON (application/json)`);
    if (Number(response.headers.get('content-length')) > MAX_BYTES)
      refuse(
        `${where} is ${response.headers.get('content-length')} bytes; stories over ${MAX_CHARACTERS} characters are refused`,
      );
    const text = await readText(response, where, abort);
    if (text.length > MAX_CHARACTERS)
      refuse(
        `${where} is ${text.length} characters long; stories over ${MAX_CHARACTERS} are refused`,
      );
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      return refuse(`${where} is not JSON: ${(error as Error).message}`);
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, read in pieces and given up past MAX_BYTES, before it is all in memory. */
async function readText(
  response: Response,
  where: string,
  abort: AbortController,
): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      if (bytes > MAX_BYTES) {
        abort.abort();
        refuse(
          `${where} is over ${MAX_BYTES} bytes; stories over ${MAX_CHARACTERS} characters are refused`,
        );
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if ((error as { issues?: unknown }).issues) throw error;
    refuse(
      abort.signal.aborted
        ? `${where} did not arrive within ${TIME_LIMIT_MS / 1000} s`
        : `${where} could not be read (${(error as Error).message})`,
    );
  }
  parts.push(decoder.decode());
  return parts.join('');
}
