import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { timeline } from '@iranwire/rapprochement-data';
import { validateDataset } from '@iranwire/rapprochement-data/validate';
import type { IwTimeline } from '@iranwire/rapprochement-elements';
import { renderedShadow, shadowOf, shadowQuery } from '../support/elements.js';
import { themeOf } from '../support/render.js';
import { rivertonDataset } from './riverton-dataset.js';

/**
 * The same three components telling another newsroom's story: a fictional town council's
 * footbridge vote, passed in through the `.data` property and validated by the components.
 */
const meta = {
  title: 'Custom story/Riverton footbridge (fictional)',
  parameters: {
    docs: {
      description: {
        component:
          'Set `.data` on any component to a dataset of the same schema (`@iranwire/rapprochement-data/validate` checks it first). The town, people and quotes here are invented.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const [firstQuote] = rivertonDataset.quotes;
const [mayor, councillor] = rivertonDataset.people;
if (!firstQuote || !mayor || !councillor)
  throw new Error('The Riverton dataset needs a quote and two people');

/** A local news page: badges in the text, the timeline, and a quote card, all from the custom data. */
export const ArticlePage: Story = {
  render: (_args, context) => {
    const theme = themeOf({}, context);
    return html`<article style="max-inline-size: 44rem">
      <h2 style="margin-block-start: 0">${rivertonDataset.article.title}</h2>
      <p>
        <iw-actor-badge
          person=${mayor.id}
          size="inline"
          theme=${theme}
          .data=${rivertonDataset}
        ></iw-actor-badge>
        lost a vote she had won six weeks earlier when
        <iw-actor-badge
          person=${councillor.id}
          size="inline"
          theme=${theme}
          .data=${rivertonDataset}
        ></iw-actor-badge>
        changed sides.
      </p>
      <iw-quote-card quote=${firstQuote.id} theme=${theme} .data=${rivertonDataset}></iw-quote-card>
      <iw-timeline theme=${theme} .data=${rivertonDataset}></iw-timeline>
    </article>`;
  },
  play: async ({ canvasElement }) => {
    await expect(validateDataset(rivertonDataset).ok).toBe(true);
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    await (root.host as IwTimeline).rendered;
    const titles = [
      ...(await shadowQuery(root, '[part~="list"]')).querySelectorAll('[part~="event-title"]'),
    ].map((title) => title.textContent?.trim());
    await expect(titles).toEqual(timeline(rivertonDataset.events).map((event) => event.title));

    const card = await renderedShadow(canvasElement, 'iw-quote-card');
    await expect((await shadowQuery(card, 'blockquote')).textContent).toContain(
      firstQuote.text.slice(0, 30),
    );

    const badge = canvasElement.querySelector(`iw-actor-badge[person="${mayor.id}"]`);
    if (!badge) throw new Error('No badge for the mayor');
    await expect((await shadowQuery(await shadowOf(badge), '[part~="name"]')).textContent).toBe(
      mayor.name,
    );
  },
};

/** The custom timeline filtered to one councillor, as a follow-up article would embed it. */
export const TimelineFilteredByActor: Story = {
  render: (_args, context) =>
    html`<iw-timeline
      actors=${councillor.id}
      theme=${themeOf({}, context)}
      .data=${rivertonDataset}
    ></iw-timeline>`,
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    await (root.host as IwTimeline).rendered;
    const list = await shadowQuery(root, '[part~="list"]');
    const ids = [...list.querySelectorAll<HTMLElement>('[part~="item"]')].map(
      (item) => item.dataset.eventId,
    );
    const expected = timeline(rivertonDataset.events)
      .filter((event) =>
        event.participants.some((participant) => participant.person === councillor.id),
      )
      .map((event) => event.id);
    await expect(ids).toEqual(expected);
  },
};

/** The same custom story in Persian: the interface and dates switch; the newsroom's own text stays as written. */
export const Persian: Story = {
  render: (_args, context) =>
    html`<iw-timeline theme=${themeOf({}, context)} .data=${rivertonDataset}></iw-timeline>`,
  globals: { locale: 'fa' },
  play: async ({ canvasElement }) => {
    const root = await renderedShadow(canvasElement, 'iw-timeline');
    await (root.host as IwTimeline).rendered;
    const list = await shadowQuery(root, '[part~="list"]');
    await expect(list.querySelector('time')?.textContent).toMatch(/[۰-۹]{4}/);
  },
};
