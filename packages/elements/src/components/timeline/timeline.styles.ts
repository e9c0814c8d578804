import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--iw-timeline-background, var(--_surface));
    padding: var(--iw-timeline-padding, 1rem);
    border-radius: var(--_radius);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .filters-label {
    font-weight: 600;
    margin-inline-end: 0.25rem;
  }
  .chip {
    padding: 0.25rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .chip[aria-pressed='true'] {
    background: var(--iw-timeline-chip-active-background, var(--_accent));
    border-color: var(--iw-timeline-chip-active-background, var(--_accent));
    color: var(--_on-accent);
  }
  .count {
    margin-block: 0 1rem;
    margin-inline: 0;
    color: var(--_muted);
  }
  .problems {
    margin-block-end: 1rem;
  }
  ol {
    list-style: none;
    margin: 0;
    margin-inline-start: 0.5rem;
    padding: 0;
    padding-inline-start: 1.5rem;
    border-inline-start: 2px solid var(--iw-timeline-line-color, var(--_border));
  }
  .item {
    /* Not a list-item box: no ordinal to renumber across thousands of items as chunks arrive. */
    display: block;
    position: relative;
    padding: 0.75rem 1rem;
    margin-block-end: 1rem;
    border-radius: var(--_radius);
    /* Opaque, so contrast holds (and is measurable) while an off-screen item's contents are skipped. */
    background: var(--iw-timeline-background, var(--_surface));
    content-visibility: auto;
    contain-intrinsic-block-size: auto 14rem;
    scroll-margin-block: 2rem;
  }
  .item::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-1.5rem - 8px);
    inset-block-start: 1.1rem;
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
    font-size: var(--iw-timeline-title-font-size, 1.125rem);
    line-height: 1.3;
  }
  .date {
    margin-block: 0.125rem 0.5rem;
    margin-inline: 0;
    color: var(--_muted);
    font-weight: 600;
  }
  .summary {
    margin-block: 0 0.75rem;
    margin-inline: 0;
  }
  .participants {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }
  .quotes {
    display: grid;
    gap: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .source {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }
  a {
    color: var(--_accent);
  }
  :host([density='compact']) .item {
    padding-block: 0.5rem;
    margin-block-end: 0.5rem;
    contain-intrinsic-block-size: auto 7rem;
  }
  :host([density='compact']) .summary {
    margin-block-end: 0.5rem;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details[open] summary {
    margin-block-end: 0.5rem;
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
    .item {
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
