import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/components/timeline/iw-timeline.js';
import '../src/components/quote-card/iw-quote-card.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import type { IwActorBadge } from '../src/components/actor-badge/actor-badge.component.js';
import type { IwQuoteCard } from '../src/components/quote-card/quote-card.component.js';
import type { IwTimeline } from '../src/components/timeline/timeline.component.js';
import { captureWarnings, expectNoAxeViolations, mount, settle, shadow, text } from './helpers.js';

// The interactive states, in Persian and right to left, each checked with axe in both themes.
describe.each(['light', 'dark'])('in Persian, %s theme', (theme) => {
  it('a badge with its panel open', async () => {
    const badge = await mount<IwActorBadge>(
      `<iw-actor-badge person="ali-khamenei" lang="fa" theme="${theme}"></iw-actor-badge>`,
    );
    await userEvent.click(shadow(badge).querySelector('button')!);
    await badge.updateComplete;
    const panel = shadow(badge).querySelector('.panel')!;
    expect(panel.matches(':popover-open')).toBe(true);
    expect(text(panel)).toContain('رویدادها');
    expect(text(panel.querySelector('time')!)).toMatch(/[۰-۹]/);
    await expectNoAxeViolations(badge);
  });

  it('a long quote, expanded', async () => {
    const card = await mount<IwQuoteCard>(
      `<iw-quote-card quote="khamenei-what-needed-to-be-said" lang="fa" theme="${theme}"></iw-quote-card>`,
    );
    const toggle = shadow(card).querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    expect(text(toggle)).toBe('نمایش کامل نقل‌قول');
    await userEvent.click(toggle);
    await card.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(text(toggle)).toBe('نمایش کمتر');
    await expectNoAxeViolations(card);
  });

  it('a timeline filtered to one person, in compact density, with an event selected', async () => {
    const timeline = await mount<IwTimeline>(
      `<iw-timeline lang="fa" density="compact" theme="${theme}"></iw-timeline>`,
    );
    // The leading chips first; the rest behind "n more".
    shadow(timeline).querySelector<HTMLButtonElement>('.more')!.click();
    await settle(timeline);
    const chip = [...shadow(timeline).querySelectorAll<HTMLButtonElement>('.chip')].find(
      (button) => text(button) === 'روحانی',
    )!;
    await userEvent.click(chip);
    await settle(timeline);
    expect(chip.getAttribute('aria-pressed')).toBe('true');
    const first = shadow(timeline).querySelector<HTMLElement>('li.item')!;
    first.querySelector<HTMLElement>('.toggle')!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(timeline);
    expect(first.getAttribute('aria-current')).toBe('true');
    expect(first.querySelector('.toggle')!.getAttribute('aria-expanded')).toBe('true');
    await expectNoAxeViolations(timeline);
  });

  it('error states', async () => {
    captureWarnings();
    const card = await mount<IwQuoteCard>(
      `<iw-quote-card quote="nope" lang="fa" theme="${theme}"></iw-quote-card>`,
    );
    expect(text(shadow(card).querySelector('[role="alert"]')!)).toBe('نقل‌قول ناشناخته «nope»');
    const timeline = await mount<IwTimeline>(
      `<iw-timeline highlight="nope" lang="fa" theme="${theme}"></iw-timeline>`,
    );
    expect(text(shadow(timeline).querySelector('[role="alert"]')!)).toBe('رویداد ناشناخته «nope»');
    await expectNoAxeViolations(card);
    await expectNoAxeViolations(timeline);
  });
});
