import { validateDataset } from '@iranwire/rapprochement-data/validate';
import { describe, expect, it } from 'vitest';
import { assertValidDataset, syntheticDataset, syntheticTimelineJs } from '../src/synthetic.mjs';

describe('syntheticDataset', () => {
  it('is the same for the same size, on any run', () => {
    expect(syntheticDataset(50)).toEqual(syntheticDataset(50));
  });

  it('passes the data package validator, with unique titles in date order', () => {
    const dataset = syntheticDataset(1000);
    expect(() => assertValidDataset(dataset, validateDataset)).not.toThrow();
    const titles = dataset.events.map((event) => event.title);
    expect(new Set(titles).size).toBe(1000);
    const dates = dataset.events.map((event) => event.date.edtf);
    expect([...dates].sort()).toEqual(dates);
  });

  it('is refused, with the path of the problem, when an event is broken', () => {
    const dataset = syntheticDataset(10);
    dataset.events[3].date.edtf = 'the spring of 1998';
    expect(() => assertValidDataset(dataset, validateDataset)).toThrow(/events\.3\.date\.edtf/);
  });
});

describe('syntheticTimelineJs', () => {
  it('gives TimelineJS3 one slide per event with the same title and date', () => {
    const dataset = syntheticDataset(20);
    const story = syntheticTimelineJs(dataset);
    expect(story.events).toHaveLength(20);
    const [first] = dataset.events;
    const [year, month, day] = first.date.edtf.split('-').map(Number);
    expect(story.events[0]).toEqual({
      unique_id: first.id,
      start_date: { year, month, day },
      text: { headline: first.title, text: `<p>${first.summary}</p>` },
    });
  });
});
