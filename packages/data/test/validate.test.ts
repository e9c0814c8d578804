import { describe, expect, it } from 'vitest';
import { dataset } from '../src/index';
import { validateDataset } from '../src/validate';

const copy = () => structuredClone(dataset);

describe('validateDataset', () => {
  it('accepts the built-in dataset', () => {
    const result = validateDataset(copy());
    expect(result.ok).toBe(true);
  });

  it('rejects input that is not a dataset at all, without throwing', () => {
    for (const input of [null, 42, 'data', [], {}]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
    }
  });

  it('names the dot path of a schema problem', () => {
    const bad = copy();
    (bad.events[3]!.date as { edtf: string }).edtf = 'last Tuesday';
    (bad.quotes[0] as { fragment: unknown }).fragment = 'yes';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['events.3.date.edtf', 'quotes.0.fragment']),
    );
    expect(result.issues.find((i) => i.path === 'events.3.date.edtf')?.message).toMatch(/EDTF/);
  });

  it('names the dot path of a reference that does not resolve', () => {
    const bad = copy();
    bad.events[3]!.participants[0]!.person = 'no-such-person';
    bad.quotes[2]!.event = 'no-such-event';
    bad.people[0]!.roles[0]!.organization = 'no-such-org';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        {
          path: 'events.3.participants.0.person',
          message: '"no-such-person" is not the id of any person',
        },
        { path: 'quotes.2.event', message: '"no-such-event" is not the id of any event' },
        {
          path: 'people.0.roles.0.organization',
          message: '"no-such-org" is not the id of any organization',
        },
      ]),
    );
  });

  it('treats hostile strings as data, not markup', () => {
    const bad = copy();
    bad.people[0]!.name = '<img src=x onerror=alert(1)>';
    expect(validateDataset(bad).ok).toBe(true);
    bad.people[0]!.id = '<script>';
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        path: 'people.0.id',
        message: expect.stringMatching(/kebab-case/),
      });
  });
});
