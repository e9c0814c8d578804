import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
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
    expect(text(part(badge, '.role'))).toContain('در آن زمان');
    expect(part(badge, '.role [lang="en"]').getAttribute('lang')).toBe('en');
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
});
