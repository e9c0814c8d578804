import { css } from 'lit';

export const actorBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  /* Inline in running text, the badge takes the paragraph's colours and paints no scheme of its own
     (docs/decisions/0027): its text, rule, monogram ring and focus ring are the paragraph's colour. */
  :host([size='inline']) {
    vertical-align: baseline;
    color: inherit;
    --_focus: currentColor;
  }
  .trigger {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    max-inline-size: 100%;
    padding-block: 0.25em;
    padding-inline: 0.25em 0.75em;
    border: 1px solid var(--iw-actor-badge-border-color, var(--_border));
    /* Round ends on one line; wrapped text gets rounded corners, not an oval. */
    border-radius: 1.5em;
    background: var(--iw-actor-badge-background, var(--_surface));
    text-align: start;
  }
  .trigger:hover {
    background: var(--_raised);
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--iw-actor-badge-avatar-size, 2.8em);
    block-size: var(--iw-actor-badge-avatar-size, 2.8em);
    border-radius: 50%;
    background: var(--iw-actor-badge-avatar-background, var(--_accent));
    color: var(--iw-actor-badge-avatar-color, var(--_on-accent));
    font-size: 0.8em;
    font-weight: 700;
  }
  .text {
    display: inline-flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
  }
  .role,
  .organization {
    color: var(--_muted);
    font-size: 0.85em;
  }
  /* Inline, the badge reads in the paragraph's own type, Persian included. */
  :host([size='inline']) .base {
    font: inherit;
  }
  :host([size='inline']) .trigger {
    gap: 0.25em;
    padding-inline: 0 0.3em;
    border: 0 solid;
    border-block-end-width: 1px;
    border-radius: 0;
    background: none;
    line-height: inherit;
  }
  /* Two bold capitals at half the text size fit a circle of 1.2em (2.4 of their em), in Latin and
     Persian script, at 100% and 200% zoom: apps/demo/test/host-pages.test.ts measures their ink. */
  :host([size='inline']) .avatar {
    inline-size: 2.4em;
    block-size: 2.4em;
    font-size: 0.5em;
    background: var(--iw-actor-badge-avatar-background, none);
    color: var(--iw-actor-badge-avatar-color, currentColor);
    box-shadow: inset 0 0 0 1px;
  }
  /* The name, not the monogram, carries the badge's baseline: it sits on the paragraph's line. */
  :host([size='inline']) .text {
    align-self: baseline;
  }
  :host([size='inline']) .role,
  :host([size='inline']) .organization {
    display: none;
  }
  .panel {
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(24em, calc(100vw - 2em));
    max-block-size: min(28em, 70vh);
    overflow: auto;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.25);
  }
  /* Only the open badge is an anchor: thousands of anchors on a long timeline make layout slow.
     CSS anchor positioning keeps the panel on screen without script: below the badge, or above it
     when there is more room there (most-block-size), no taller than that room (it scrolls), and
     shifted sideways to stay inside the viewport (span-all). Browsers without it show the popover
     centred in the viewport. */
  @supports (anchor-name: --a) {
    .trigger[aria-expanded='true'] {
      anchor-name: --iw-actor-badge-trigger;
    }
    .panel {
      position-anchor: --iw-actor-badge-trigger;
      inset: auto;
      margin-block: 0.25em;
      position-area: block-end span-all;
      position-try: most-block-size flip-block;
      /* At least 12em, so that in a frame that grows with its content (apps/demo's frame pages)
         the panel overflows, the frame grows, and the room with it. */
      max-block-size: min(28em, max(12em, calc(100% - 0.5em)));
    }
  }
  .panel-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .panel-role {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .panel-section {
    margin: 0.5em 0 0.25em;
    font-weight: 600;
  }
  .panel ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .panel li + li {
    margin-block-start: 0.25em;
  }
  .panel time {
    color: var(--_muted);
  }
  .panel a {
    color: var(--_accent);
  }
  .close {
    margin-block-start: 0.75em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_raised);
  }
`;
