import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import './iw-actor-badge.js';
import type { IwActorBadge } from './actor-badge.component.js';
import { newsroomDataset } from '../../../test/fixtures.js';
import {
  captureWarnings,
  expectNoAxeViolations,
  mount,
  shadow,
  text,
} from '../../../test/helpers.js';

const part = (badge: IwActorBadge, selector: string) =>
  shadow(badge).querySelector<HTMLElement>(selector)!;

describe('<iw-actor-badge>', () => {
  it('shows the name, the role at the time with its organization, and a decorative monogram', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="mohammad-khatami" lang="en"></iw-actor-badge>',
    );
    expect(text(part(badge, '.name'))).toBe('Mohammad Khatami');
    expect(text(part(badge, '.role'))).toBe('President of Iran (at the time)');
    expect(text(part(badge, '.organization'))).toBe('Government of the Islamic Republic of Iran');
    const avatar = part(badge, '.avatar');
    expect(avatar.getAttribute('aria-hidden')).toBe('true');
    expect(text(avatar)).toBe('MK');
    await expectNoAxeViolations(badge);
  });

  it('shows the Persian name from the dataset, right to left', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="mohammad-khatami" lang="fa"></iw-actor-badge>',
    );
    expect(text(part(badge, '.name'))).toMatch(/خاتمی/);
    expect(part(badge, '.base').getAttribute('dir')).toBe('rtl');
    // The role title is the dataset's Persian translation, nothing marked English.
    expect(text(part(badge, '.role'))).toBe('رئیس‌جمهور ایران (در آن زمان)');
    expect(part(badge, '.base').querySelector('[lang="en"]')).toBeNull();
    expect(text(part(badge, '.organization'))).toBe('دولت جمهوری اسلامی ایران');
    await expectNoAxeViolations(badge);
  });

  it('opens a disclosure listing the person’s events and quotes; Escape closes it and returns focus', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="mohammad-khatami" lang="en"></iw-actor-badge>',
    );
    const trigger = part(badge, '.trigger');
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(trigger);
    await badge.updateComplete;
    const panel = part(badge, '.panel');
    expect(panel.matches(':popover-open')).toBe(true);
    expect(trigger.getAttribute('aria-expanded')).toBe('true');
    expect(trigger.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.querySelectorAll('ul')[0]!.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(text(panel)).toContain('civilized');
    await expectNoAxeViolations(badge);

    part(badge, '.close').focus();
    await userEvent.keyboard('{Escape}');
    await badge.updateComplete;
    expect(panel.matches(':popover-open')).toBe(false);
    expect(trigger.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(badge).activeElement).toBe(trigger);
  });

  it('sits in running text with size="inline"', async () => {
    const paragraph = await mount<HTMLElement>(
      '<p>As <iw-actor-badge person="ali-khamenei" size="inline"></iw-actor-badge> said in his sermon.</p>',
    );
    const badge = paragraph.querySelector('iw-actor-badge')!;
    await badge.updateComplete;
    expect(getComputedStyle(badge).display).toBe('inline-block');
    expect(getComputedStyle(part(badge, '.role')).display).toBe('none');
    await expectNoAxeViolations(paragraph);
  });

  it('passes axe in the dark theme', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="ali-khamenei" theme="dark"></iw-actor-badge>',
    );
    expect(getComputedStyle(badge).colorScheme).toBe('dark');
    await expectNoAxeViolations(badge);
  });

  it('renders a visible, accessible error for an unknown person and warns once, without throwing', async () => {
    const warnings = captureWarnings();
    const badge = await mount<IwActorBadge>('<iw-actor-badge person="nobody"></iw-actor-badge>');
    const alert = part(badge, '[role="alert"]');
    expect(text(alert)).toBe('Unknown person “nobody”');
    expect(alert.getBoundingClientRect().height).toBeGreaterThan(0);
    badge.requestUpdate();
    await badge.updateComplete;
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('nobody');
    await expectNoAxeViolations(badge);

    const persian = await mount<IwActorBadge>(
      '<iw-actor-badge person="nobody" lang="fa"></iw-actor-badge>',
    );
    expect(text(part(persian, '[role="alert"]'))).toBe('شخص ناشناخته «nobody»');
  });

  it('uses a custom dataset set through .data', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="jane-doe" lang="fa"></iw-actor-badge>',
      (element) => {
        element.data = newsroomDataset();
      },
    );
    expect(text(part(badge, '.name'))).toBe('جین دو');
  });

  it('links each of the person’s events to its fragment, and following one closes the panel', async () => {
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="ali-khamenei" lang="en"></iw-actor-badge>',
    );
    await userEvent.click(part(badge, '.trigger'));
    await badge.updateComplete;
    const links = [...part(badge, '.panel').querySelectorAll<HTMLAnchorElement>('ul a')];
    expect(links.length).toBeGreaterThan(1);
    expect(links.map((link) => link.getAttribute('href'))).toContain(
      '#iw-event-1998-01-16-friday-sermon',
    );
    for (const link of links) expect(link.getAttribute('href')).toMatch(/^#iw-event-[\w-]+$/);
    links[0]!.addEventListener('click', (event) => event.preventDefault());
    await userEvent.click(links[0]!);
    expect(part(badge, '.panel').matches(':popover-open')).toBe(false);
  });

  it('closes when focus leaves the panel, so it never hides the focused element', async () => {
    const container = await mount<HTMLElement>(
      `<div><iw-actor-badge person="mohammad-khatami" lang="en"></iw-actor-badge>
        <iw-actor-badge person="bill-clinton" lang="en"></iw-actor-badge></div>`,
    );
    const [khatami, clinton] = [...container.querySelectorAll<IwActorBadge>('iw-actor-badge')];
    await Promise.all([khatami!.rendered, clinton!.rendered]);
    const trigger = part(khatami!, '.trigger');
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await khatami!.updateComplete;
    const panel = part(khatami!, '.panel');
    expect(panel.matches(':popover-open')).toBe(true);
    // Tab moves into the open panel (it follows its trigger in the focus order) and stays open…
    await userEvent.keyboard('{Tab}');
    expect(panel.contains(shadow(khatami!).activeElement)).toBe(true);
    expect(panel.matches(':popover-open')).toBe(true);
    // …Shift+Tab back to the trigger keeps it open too…
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(shadow(khatami!).activeElement).toBe(trigger);
    expect(panel.matches(':popover-open')).toBe(true);
    // …and tabbing past its last control closes it: focus is on the next badge, in plain sight.
    const stops = panel.querySelectorAll('a, button').length;
    for (let i = 0; i <= stops; i++) await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(clinton);
    expect(panel.matches(':popover-open')).toBe(false);
    expect(part(khatami!, '.trigger').getAttribute('aria-expanded')).toBe('false');
  });

  it('renders the panel’s headings at heading-level (2 by default), its sections one below', async () => {
    const levels = async (attribute: string) => {
      const badge = await mount<IwActorBadge>(
        `<iw-actor-badge person="mohammad-khatami" ${attribute}></iw-actor-badge>`,
      );
      await userEvent.click(part(badge, '.trigger'));
      await badge.updateComplete;
      const found = [...part(badge, '.panel').querySelectorAll('[role="heading"]')].map(
        (heading) => `${heading.getAttribute('aria-level')} ${text(heading)}`,
      );
      await userEvent.keyboard('{Escape}');
      return found;
    };
    expect(await levels('')).toEqual(['2 Mohammad Khatami', '3 Events', '3 Quotes']);
    expect(await levels('heading-level="4"')).toEqual([
      '4 Mohammad Khatami',
      '5 Events',
      '5 Quotes',
    ]);
    expect(await levels('heading-level="6"')).toEqual([
      '6 Mohammad Khatami',
      '6 Events',
      '6 Quotes',
    ]);
    expect(await levels('heading-level="9"')).toEqual([
      '2 Mohammad Khatami',
      '3 Events',
      '3 Quotes',
    ]);
  });

  describe('on a 375 × 800 phone', () => {
    it.each([
      ['top', 40, 'en'],
      ['middle, as in the issue (y 424)', 424, 'en'],
      ['bottom', 740, 'en'],
      ['middle, in Persian', 424, 'fa'],
    ])('keeps the open panel inside the viewport with the badge at the %s', async (_, y, lang) => {
      await page.viewport(375, 800);
      try {
        const container = await mount<HTMLElement>(
          `<div style="position: absolute; inset-block-start: ${y}px; inset-inline-start: 150px" dir="${lang === 'fa' ? 'rtl' : 'ltr'}"><iw-actor-badge person="ali-khamenei" lang="${lang}" size="inline"></iw-actor-badge></div>`,
        );
        const badge = container.querySelector<IwActorBadge>('iw-actor-badge')!;
        await badge.rendered;
        await userEvent.click(part(badge, '.trigger'));
        await badge.updateComplete;
        const panel = part(badge, '.panel');
        const box = panel.getBoundingClientRect();
        const trigger = part(badge, '.trigger').getBoundingClientRect();
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(800);
        expect(box.right).toBeLessThanOrEqual(375);
        // Beside the badge, not over it.
        expect(box.bottom <= trigger.top || box.top >= trigger.bottom).toBe(true);
        expect(box.height).toBeGreaterThan(100);
        await userEvent.keyboard('{Escape}');
      } finally {
        await page.viewport(1024, 768);
      }
    });
  });
});
