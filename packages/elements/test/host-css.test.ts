import { afterEach, describe, expect, it } from 'vitest';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import { mount, shadow } from './helpers.js';

/** Inherited text properties a host page commonly sets, and which must not reach inside. */
const PROPERTIES = [
  'font-size',
  'font-style',
  'font-weight',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-indent',
  'text-transform',
  'white-space',
  'padding-inline-start',
  'margin-block-end',
] as const;

const HOST_CSS = `font-size: 23px; font-style: italic; font-weight: 700; line-height: 2.4;
  letter-spacing: 0.2em; word-spacing: 1em; text-align: justify; text-indent: 3em;
  text-transform: uppercase; white-space: pre`;

const SELECTORS: Record<string, string[]> = {
  'iw-timeline': ['.chip', '.count', 'ol', '.item', '.event-title', '.date', '.summary', '.source'],
  'iw-quote-card': ['figure', 'blockquote', 'figcaption'],
  'iw-actor-badge': ['.trigger', '.avatar', '.name', '.role'],
};

const MARKUP: Record<string, string> = {
  'iw-timeline': '<iw-timeline lang="en"></iw-timeline>',
  'iw-quote-card': '<iw-quote-card lang="en" quote="khatami-civilized"></iw-quote-card>',
  'iw-actor-badge': '<iw-actor-badge lang="en" person="ali-khamenei"></iw-actor-badge>',
};

async function internals(tag: string, wrapperStyle: string): Promise<Record<string, string>> {
  const markup = MARKUP[tag]!;
  const element = await mount<HTMLElement>(markup);
  const wrapper = element.parentElement!;
  wrapper.setAttribute('style', wrapperStyle);
  const root = shadow(element);
  const values: Record<string, string> = {};
  for (const selector of SELECTORS[tag]!) {
    const target = root.querySelector(selector);
    expect(target, `${tag} ${selector}`).not.toBeNull();
    const computed = getComputedStyle(target!);
    for (const name of PROPERTIES)
      values[`${tag} ${selector} ${name}`] = computed.getPropertyValue(name);
  }
  return values;
}

afterEach(() => {
  document.documentElement.style.fontSize = '';
});

describe("the host page's text settings", () => {
  it.each(Object.keys(SELECTORS))(
    'do not reach inside <%s>, nor does the root font size',
    async (tag) => {
      const plain = await internals(tag, '');
      document.documentElement.style.fontSize = '62.5%';
      const hosted = await internals(tag, HOST_CSS);
      const differing = Object.keys(plain).filter((key) => plain[key] !== hosted[key]);
      expect(differing.map((key) => `${key}: ${hosted[key]} (plain ${plain[key]})`)).toEqual([]);
    },
  );

  it('keep their font family, and --iw-font-size scales everything inside', async () => {
    const timeline = await mount<HTMLElement>(
      '<iw-timeline lang="en" style="--iw-font-size: 20px"></iw-timeline>',
    );
    timeline.parentElement!.style.fontFamily = 'monospace';
    const root = shadow(timeline);
    const summary = getComputedStyle(root.querySelector('.summary')!);
    expect(summary.fontSize).toBe('20px');
    expect(summary.fontFamily).toBe('monospace');
    // The date column is 10.5em of the component's size.
    expect(getComputedStyle(root.querySelector('.item')!).gridTemplateColumns).toMatch(/^210px /);
  });
});
