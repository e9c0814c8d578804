import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--iw-timeline-background, var(--_surface));
    padding: var(--iw-timeline-padding, 1em);
    border-radius: var(--_radius);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .filters-label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .chip {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    /* Round ends on one line; a long name that wraps gets rounded corners, not an oval. */
    border-radius: 1.1em;
    background: var(--_surface);
  }
  .chip[aria-pressed='true'] {
    background: var(--iw-timeline-chip-active-background, var(--_accent));
    border-color: var(--iw-timeline-chip-active-background, var(--_accent));
    color: var(--_on-accent);
  }
  .count {
    margin: 0 0 1em;
    color: var(--_muted);
  }
  .problems {
    margin-block-end: 1em;
  }
  ol {
    --_indent: 1.5em;
    list-style: none;
    margin: 0;
    margin-inline-start: 0.5em;
    padding: 0;
    padding-inline-start: var(--_indent);
    border-inline-start: 2px solid var(--iw-timeline-line-color, var(--_border));
  }
  .item {
    /* Not a list-item box: no ordinal to renumber across thousands of items as chunks arrive. */
    display: block;
    position: relative;
    padding: 0.75em 1em;
    margin-block-end: 1em;
    border-radius: var(--_radius);
    /* Opaque, so contrast holds (and is measurable) while an off-screen item's contents are skipped. */
    background: var(--iw-timeline-background, var(--_surface));
    scroll-margin-block: 2em;
  }
  /* Long timelines skip the off-screen parts of items, but never their heading and date:
     Chromium leaves skipped content out of the accessibility tree, and a screen reader browsing
     by heading must still reach every event. */
  .long > .item > :not(h3, .date) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3em;
  }
  .item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-8px - var(--_indent));
    inset-block-start: 1.1em;
    inline-size: 14px;
    block-size: 14px;
    border-radius: 50%;
    background: var(--iw-timeline-dot-color, var(--_accent));
    border: 2px solid var(--_surface);
  }
  .item:hover {
    background: var(--_raised);
  }
  .item.highlight {
    background: var(--iw-timeline-highlight-background, var(--_raised));
    border-inline-start: 4px solid var(--_accent);
  }
  h3 {
    margin: 0;
    font-size: var(--iw-timeline-title-font-size, 1.125em);
    line-height: 1.3;
  }
  .date {
    margin: 0.125em 0 0.5em;
    color: var(--_muted);
    font-weight: 600;
  }
  .summary {
    margin: 0 0 0.75em;
  }
  .participants {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .quotes {
    display: grid;
    /* Cards take the item's width rather than widening it to their longest word or button. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
    margin-block-end: 0.75em;
  }
  .source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  a {
    color: var(--_accent);
  }
  :host([density='compact']) .item {
    padding-block: 0.5em;
    margin-block-end: 0.5em;
  }
  :host([density='compact']) .summary {
    margin-block-end: 0.5em;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details[open] summary {
    margin-block-end: 0.5em;
  }
  /* Narrow (a phone, a sidebar): less indent, and the filters in one row that scrolls sideways. */
  @container (width < 480px) {
    ol {
      --_indent: 0.75em;
      margin-inline-start: 0.25em;
    }
    .item {
      padding-inline: 0.5em;
    }
    .filters {
      flex-wrap: nowrap;
      overflow-x: auto;
      /* Room for the focus ring, which the scroll box would clip. */
      padding: 5px;
      margin-inline: -5px;
    }
    .filters > * {
      flex: none;
      white-space: nowrap;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: background-color 0.15s ease;
    }
  }
  @media print {
    :host {
      padding: 0;
      background: none;
    }
    .filters,
    .count {
      display: none;
    }
    ol {
      border: 0;
      margin: 0;
      padding: 0;
    }
    .item,
    .long > .item > * {
      content-visibility: visible;
      break-inside: avoid;
      padding-inline: 0;
    }
    .item::before {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    details summary {
      display: none;
    }
  }
`;
