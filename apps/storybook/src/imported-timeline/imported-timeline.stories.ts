import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import type { IwTimeline } from '@iranwire/rapprochement-elements';
import { fromTimelineJS } from '@iranwire/story-tools';
// TimelineJS3's own sample, as a newsroom keeps it: a Google Sheet exported as CSV.
import sheet from '@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv?raw';
import { renderedShadow, shadowQuery } from '../support/elements.js';
import { themeOf } from '../support/render.js';

const { dataset, warnings } = fromTimelineJS(sheet);

/**
 * A timeline kept in TimelineJS3, converted by `iw-story import` (`fromTimelineJS` from
 * `@iranwire/story-tools`) and shown by `<iw-timeline>`. The demo's imported-timeline page shows the
 * same sample beside TimelineJS3 itself.
 */
const meta = {
  title: 'Custom story/Imported from TimelineJS3',
  parameters: {
    docs: {
      description: {
        component:
          'TimelineJS3\'s “Women in Computing” sample sheet, imported: dates with the precision the sheet gives, ranges from its End columns, its text as paragraphs, links and emphasis (never HTML), media behind a button that names its host. On a page, `<iw-timeline src="story.json">` does the same with no code.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The sheet as the newsroom keeps it, beside the timeline made from it. */
export const BesideTheSheet: Story = {
  render: (_args, context) =>
    html`<div
      style="display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; align-items: start"
    >
      <section aria-labelledby="sheet-heading">
        <h2 id="sheet-heading" style="margin-block-start: 0">The Google Sheet (CSV)</h2>
        <pre
          tabindex="0"
          aria-label="The sheet's CSV"
          style="max-block-size: 40rem; overflow: auto; white-space: pre-wrap; font-size: 0.75rem"
        >
${sheet}</pre>
        <h3>What the importer said</h3>
        <ul>
          ${warnings.map(
            ({ row, field, message }) =>
              html`<li>
                ${row ? `Row ${row}` : 'The story'}${field ? `, ${field}` : ''}: ${message}
              </li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="imported-heading">
        <h2 id="imported-heading" style="margin-block-start: 0">Imported</h2>
        <iw-timeline heading-level="3" theme=${themeOf({}, context)} .data=${dataset}></iw-timeline>
      </section>
    </div>`,
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    await (root.host as IwTimeline).rendered;
    const list = await shadowQuery(root, '[part~="list"]');
    const titles = [...list.querySelectorAll('[part~="event-title"]')].map((title) =>
      title.textContent?.trim(),
    );
    // Every slide of the sheet but the title slide arrives, in date order.
    await expect(titles).toHaveLength(dataset.events.length);
    await expect(titles).toContain('Ada Lovelace');
    // Nothing from the sheet's HTML is markup in the widget.
    await expect(root.querySelector('script, iframe, [onerror], [onclick]')).toBeNull();
  },
};

/** One event open: its text as paragraphs with links, and its image waiting for the reader. */
export const AnEventOpen: Story = {
  render: (_args, context) =>
    html`<iw-timeline
      highlight=${dataset.events.find((event) => event.title === 'Ada Lovelace')?.id ?? ''}
      theme=${themeOf({}, context)}
      .data=${dataset}
    ></iw-timeline>`,
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    await (root.host as IwTimeline).rendered;
    const open = await shadowQuery(root, '.item.open');
    await expect(open.querySelector('.body a')?.getAttribute('href')).toMatch(/^https:\/\//);
    // In either language, the button names the host the image would come from.
    await expect(open.querySelector('figure.media button')?.textContent).toContain(
      'upload.wikimedia.org',
    );
    await expect(open.querySelector('figure.media img')).toBeNull();
  },
};
