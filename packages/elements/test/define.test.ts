import { describe, expect, it } from 'vitest';
import { IwActorBadge } from '../src/index.js';
import { define, VERSION } from '../src/shared/define.js';
import '../src/components/actor-badge/iw-actor-badge.js';
import { captureWarnings, mount, shadow, text } from './helpers.js';

describe('registration', () => {
  it('skips a second copy of the same version silently and keeps the first', async () => {
    const warnings = captureWarnings();
    // A second module instance, as when a page loads the package twice.
    await import(
      /* @vite-ignore */ `../src/components/actor-badge/iw-actor-badge.ts?copy=${Date.now()}`
    );
    expect(customElements.get('iw-actor-badge')).toBe(IwActorBadge);
    expect(warnings).toEqual([]);
  });

  it('skips a copy of another version with one warning, and the first keeps working', async () => {
    const warnings = captureWarnings();
    class OtherCopy extends IwActorBadge {
      static override version = '99.0.0';
    }
    expect(() => define('iw-actor-badge', OtherCopy)).not.toThrow();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(VERSION);
    expect(warnings[0]).toContain('99.0.0');
    expect(customElements.get('iw-actor-badge')).toBe(IwActorBadge);
    const badge = await mount<IwActorBadge>(
      '<iw-actor-badge person="ali-khamenei"></iw-actor-badge>',
    );
    expect(text(shadow(badge).querySelector('.name')!)).toBe('Ali Khamenei');
  });

  it('importing the classes registers nothing', async () => {
    const module = await import('../src/index.js');
    expect(customElements.getName(module.IwTimeline)).toBeNull();
  });
});
