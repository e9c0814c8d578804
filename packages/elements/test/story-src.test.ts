import { describe, expect, it, vi } from 'vitest';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import { newsroomDataset } from './fixtures.js';
import {
  captureWarnings,
  deepText,
  expectNoAxeViolations,
  mount,
  shadow,
  text,
} from './helpers.js';

/** A story the page itself serves: a blob: URL has the page's origin. */
function storyUrl(story: unknown = newsroomDataset()): string {
  return URL.createObjectURL(new Blob([JSON.stringify(story)], { type: 'application/json' }));
}

const errorOf = (element: Element) => shadow(element).querySelector('[role="alert"]');

describe('src: a story fetched from the page’s own origin', () => {
  it('shows another story in the timeline, the quote card and the badge', async () => {
    const src = storyUrl();
    const timeline = await mount(`<iw-timeline lang="en" src="${src}"></iw-timeline>`);
    expect(text(shadow(timeline).querySelector('.title'))).toBe('The Harbour Story');
    expect(shadow(timeline).querySelectorAll('li.item')).toHaveLength(2);

    const card = await mount(
      `<iw-quote-card lang="en" src="${src}" quote="doe-open-again"></iw-quote-card>`,
    );
    expect(deepText(card)).toContain('open again');
    // The nested badge is handed the fetched story: it names the speaker, not an unknown id.
    expect(deepText(card)).toContain('Jane Doe');
    expect(errorOf(card)).toBeNull();
    expect(errorOf(shadow(card).querySelector('iw-actor-badge')!)).toBeNull();

    const badge = await mount(
      `<iw-actor-badge lang="en" src="${src}" person="sam-roe"></iw-actor-badge>`,
    );
    expect(deepText(badge)).toContain('Sam Roe');
    await expectNoAxeViolations(timeline);
  });

  it('fetches a story once however many widgets name it', async () => {
    const fetches = vi.spyOn(window, 'fetch');
    const src = storyUrl();
    const column = await mount(
      `<div><iw-timeline src="${src}"></iw-timeline><iw-actor-badge src="${src}" person="jane-doe"></iw-actor-badge></div>`,
    );
    await mount(`<iw-actor-badge src="${src}" person="sam-roe"></iw-actor-badge>`);
    expect(
      column.querySelector('iw-timeline')!.shadowRoot!.querySelectorAll('li.item'),
    ).toHaveLength(2);
    expect(fetches.mock.calls.filter(([url]) => String(url) === src)).toHaveLength(1);
  });

  it('prefers data set by a script over src', async () => {
    const timeline = await mount(`<iw-timeline src="${storyUrl()}"></iw-timeline>`, (element) => {
      (element as HTMLElement & { data: unknown }).data = newsroomDataset(5);
    });
    expect(shadow(timeline).querySelectorAll('li.item')).toHaveLength(5);
  });
});

describe('src: what goes wrong is said, in the widget and in the console', () => {
  it('an invalid story: the field and the reason', async () => {
    const warnings = captureWarnings();
    const broken = newsroomDataset();
    (broken.events[0] as { title: string }).title = '';
    const timeline = await mount(`<iw-timeline lang="en" src="${storyUrl(broken)}"></iw-timeline>`);
    const error = errorOf(timeline)!;
    expect(text(error)).toMatch(/invalid/);
    expect(text(error)).toContain('events.0.title');
    expect(warnings.join('\n')).toContain('events.0.title');
    await expectNoAxeViolations(timeline);
  });

  it('a file that is not served as JSON: not loaded, and said so', async () => {
    captureWarnings();
    // The package's README, served by the test server from the page's origin.
    const card = await mount(
      `<iw-quote-card lang="en" src="/README.md" quote="x"></iw-quote-card>`,
    );
    expect(text(errorOf(card))).toMatch(
      /^This story could not be loaded: src: .*README\.md is served as .*, not as JSON/,
    );
  });

  it('a story with hundreds of thousands of problems lists the first twenty and counts the rest', async () => {
    captureWarnings();
    const broken = { ...newsroomDataset(), events: Array.from({ length: 30_000 }, () => ({})) };
    const timeline = await mount('<iw-timeline lang="en"></iw-timeline>', (element) => {
      (element as HTMLElement & { data: unknown }).data = broken;
    });
    const error = errorOf(timeline)!;
    expect(error.querySelectorAll('li')).toHaveLength(20);
    expect(text(error)).toMatch(/and [\d,]+ more$/);
    expect(text(error)).toMatch(/^This data cannot be shown because it is invalid:/);
  });

  it('a file that is not there: the status', async () => {
    captureWarnings();
    const timeline = await mount(`<iw-timeline lang="en" src="/no-such-story.json"></iw-timeline>`);
    expect(text(errorOf(timeline))).toMatch(
      /^This story could not be loaded: .*no-such-story\.json answered 404/,
    );
  });

  it('a JSON file that is not a story names the missing fields', async () => {
    captureWarnings();
    const badge = await mount(
      `<iw-actor-badge lang="en" src="/package.json" person="x"></iw-actor-badge>`,
    );
    expect(text(errorOf(badge))).toContain('article');
  });

  it('a story from another origin is refused without a request, unless the page lists the origin', async () => {
    captureWarnings();
    const fetches = vi.spyOn(window, 'fetch');
    const elsewhere = 'http://127.0.0.1:9/story.json';
    const refused = await mount(`<iw-timeline lang="en" src="${elsewhere}"></iw-timeline>`);
    expect(text(errorOf(refused))).toContain('another origin (http://127.0.0.1:9)');
    expect(text(errorOf(refused))).toContain('src-origins');
    expect(fetches).not.toHaveBeenCalled();

    // Listed: the request is made (and fails here, nothing listens on port 9), and says so.
    const allowed = await mount(
      `<iw-timeline lang="en" src="${elsewhere}" src-origins="http://127.0.0.1:9"></iw-timeline>`,
    );
    expect(fetches).toHaveBeenCalledOnce();
    expect(text(errorOf(allowed))).toContain('could not be fetched');
  });

  it('refuses URLs that are not http(s) or the page’s own blobs', async () => {
    captureWarnings();
    const timeline = await mount(`<iw-timeline lang="en" src="javascript:alert(1)"></iw-timeline>`);
    expect(text(errorOf(timeline))).toContain('javascript: URLs are not fetched');
  });
});
