import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Dataset } from '@iranwire/rapprochement-data';
import './iw-timeline.js';
import type { IwTimeline } from './timeline.component.js';
import { newsroomDataset } from '../../../test/fixtures.js';
import { expectNoAxeViolations, mount, shadow, text } from '../../../test/helpers.js';

const OPENING = '2001-03-02-harbour-opening';
const STORM = '2001-02-storm';
const IMAGE = 'http://127.0.0.1:9/harbour.jpg';

/** The newsroom story with what an imported TimelineJS3 timeline brings: rich text, media, groups, eras, ranges and display dates. */
function importedStory(): Dataset {
  const story = newsroomDataset(3);
  const [opening, storm, third] = story.events;
  Object.assign(opening!, {
    group: 'Harbour',
    body: [
      [
        { text: 'The mayor ' },
        { text: 'reopened', em: true },
        { text: ' the harbour; ' },
        { text: 'the council’s notice', href: 'https://news.example/notice' },
        { text: '.' },
      ],
      [{ text: 'Crews worked through the night.', strong: true }],
    ],
    media: {
      url: IMAGE,
      kind: 'image',
      caption: 'The harbour at dawn',
      credit: 'Harbour Photo Desk',
    },
  });
  Object.assign(storm!, { group: 'Weather' });
  storm!.date = { ...storm!.date, end: '2001-03-01' };
  third!.date = { ...third!.date, label: 'New Year’s Day, 2002' };
  Object.assign(third!, { group: 'Harbour' });
  return {
    ...story,
    eras: [{ id: 'the-storm-months', title: 'The storm months', start: '2001-02', end: '2001-03' }],
  } as Dataset;
}

const item = (timeline: IwTimeline, id: string) =>
  shadow(timeline).getElementById(`iw-event-${id}`)!;

async function mountImported(attributes = ''): Promise<IwTimeline> {
  return mount<IwTimeline>(`<iw-timeline lang="en" ${attributes}></iw-timeline>`, (element) => {
    element.data = importedStory();
  });
}

describe('<iw-timeline> with an imported story', () => {
  it('shows display dates, date ranges and the eras events fall in', async () => {
    const timeline = await mountImported();
    expect(text(item(timeline, STORM).querySelector('time'))).toBe('February 2001 – 1 March 2001');
    expect(text(item(timeline, '2002-01-01-generated-2').querySelector('time'))).toBe(
      'New Year’s Day, 2002',
    );
    // The era is named once, above the date of its first event.
    const eras = [...shadow(timeline).querySelectorAll('.era')];
    expect(eras.map(text)).toEqual(['Era: The storm months']);
    expect(item(timeline, STORM).contains(eras[0]!)).toBe(true);
    await expectNoAxeViolations(timeline);
  });

  it('renders rich text as text: paragraphs, emphasis and safe links, no markup passed through', async () => {
    const story = importedStory();
    story.events[0]!.body!.push([{ text: '<img src=x onerror=alert(1)>' }]);
    const timeline = await mount<IwTimeline>('<iw-timeline lang="en"></iw-timeline>', (element) => {
      element.data = story;
    });
    await userEvent.click(item(timeline, OPENING).querySelector('.toggle')!);
    await timeline.updateComplete;
    const body = item(timeline, OPENING).querySelector('.body')!;
    expect(body.querySelectorAll('p')).toHaveLength(3);
    expect(text(body.querySelector('em'))).toBe('reopened');
    expect(text(body.querySelector('strong'))).toBe('Crews worked through the night.');
    expect(body.querySelector('a')!.getAttribute('href')).toBe('https://news.example/notice');
    expect(body.querySelector('img')).toBeNull();
    expect(text(body)).toContain('<img src=x onerror=alert(1)>');
  });

  it('filters by group', async () => {
    const timeline = await mountImported();
    const chips = [
      ...shadow(timeline).querySelectorAll<HTMLButtonElement>(
        '[aria-labelledby="groups-label"] .chip',
      ),
    ];
    expect(chips.map(text)).toEqual(['All', 'Harbour', 'Weather']);
    await userEvent.click(chips[2]!);
    await timeline.updateComplete;
    expect(
      [...shadow(timeline).querySelectorAll<HTMLElement>('li.item')].map(
        (li) => li.dataset.eventId,
      ),
    ).toEqual([STORM]);
    expect(chips[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(timeline.getAttribute('group')).toBe('Weather');
    await expectNoAxeViolations(timeline);
  });

  it('loads media from another origin only when the reader asks, and says from where', async () => {
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) =>
      requests.push(...list.getEntries().map((entry) => entry.name)),
    );
    observer.observe({ type: 'resource', buffered: true });
    const timeline = await mountImported(`highlight="${OPENING}"`);
    const figure = item(timeline, OPENING).querySelector('figure.media')!;
    expect(text(figure.querySelector('figcaption'))).toBe(
      'The harbour at dawn Credit: Harbour Photo Desk',
    );
    const button = figure.querySelector('button')!;
    expect(text(button)).toBe('Show the image from 127.0.0.1:9');
    expect(figure.querySelector('img')).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.filter((url) => url.startsWith(IMAGE))).toEqual([]);

    await userEvent.click(button);
    const image = figure.querySelector('img')!;
    expect(image.getAttribute('src')).toBe(IMAGE);
    expect(image.alt).toBe('The harbour at dawn');
    expect(shadow(timeline).activeElement).toBe(image);
    observer.disconnect();
  });

  it('loads media at once from the origins the page lists in media-origins', async () => {
    const timeline = await mountImported(
      `highlight="${OPENING}" media-origins="http://127.0.0.1:9"`,
    );
    const figure = item(timeline, OPENING).querySelector('figure.media')!;
    expect(figure.querySelector('button')).toBeNull();
    expect(figure.querySelector('img')!.getAttribute('src')).toBe(IMAGE);
  });

  it('links web pages that are not media files instead of embedding them', async () => {
    const story = importedStory();
    story.events[0]!.media = { url: 'https://video.example/watch?v=1', kind: 'video' };
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="fa" highlight="${OPENING}"></iw-timeline>`,
      (element) => {
        element.data = story;
      },
    );
    const figure = item(timeline, OPENING).querySelector('figure.media')!;
    expect(figure.querySelector('video, iframe, button')).toBeNull();
    expect(text(figure.querySelector('a'))).toBe('باز کردن رسانه در video.example');
  });
});
