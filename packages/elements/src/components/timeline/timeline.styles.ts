import { css } from 'lit';

export const timelineStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--iw-timeline-background, var(--_surface));
    padding: var(--iw-timeline-padding, 1em);
    border-radius: var(--_radius);
    --_line: var(--iw-timeline-line-color, var(--_border));
  }
  /* Out of sight until a keyboard user reaches it. */
  .skip:not(:focus) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .skip {
    display: block;
    margin-block-end: 0.5em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title {
    margin: 0 0 0.5em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375em;
    margin-block-end: 0.375em;
    font-size: 0.875em;
  }
  .filters-label {
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .chip,
  .more {
    padding: 0.125em 0.75em;
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
  /* Not a person: the way to the other chips. */
  .more {
    border-style: dashed;
    color: var(--_accent);
  }
  .count {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .problems {
    margin-block-end: 1em;
  }
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  /* The list: a date column, the rail with a dot per event, and the event. */
  .item {
    display: grid;
    grid-template-columns: var(--iw-timeline-date-width, 10.5em) 1em minmax(0, 1fr);
    grid-template-areas:
      'date rail title'
      'date rail summary'
      '. rail meta'
      '. rail details';
    column-gap: 0.5em;
    position: relative;
    padding-block: 0.4375em;
    padding-inline-end: 0.5em;
    border-radius: var(--_radius);
    scroll-margin-block: 2em;
  }
  .item::before {
    content: '';
    grid-column: rail;
    grid-row: 1 / -1;
    justify-self: center;
    inline-size: 2px;
    margin-block: -0.4375em;
    background: var(--_line);
  }
  .item:first-child::before {
    margin-block-start: 0.6em;
  }
  .item:last-child::before {
    margin-block-end: 0;
  }
  .item::after {
    content: '';
    grid-column: rail;
    grid-row: 1;
    justify-self: center;
    margin-block-start: 0.35em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: var(--iw-timeline-dot-color, var(--_accent));
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .item:hover,
  .item.highlight {
    background: var(--iw-timeline-highlight-background, var(--_raised));
  }
  .item.highlight::after {
    box-shadow:
      0 0 0 2px var(--_surface),
      0 0 0 4px var(--iw-timeline-dot-color, var(--_accent));
  }
  .event-title {
    grid-area: title;
    margin: 0;
    font-size: var(--iw-timeline-title-font-size, 1em);
    font-weight: 600;
    line-height: 1.35;
  }
  .toggle {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.75em;
    inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
  }
  /* The whole row opens the event; its details sit above this layer, so they stay clickable. */
  .toggle::before {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .toggle:focus-visible {
    outline: none;
  }
  .toggle:focus-visible::before {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }
  /* A chevron: down when closed, up when open. */
  .toggle::after {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-end: 0.25em;
    border: solid var(--_muted);
    border-width: 0 2px 2px 0;
    translate: 0 -0.2em;
    rotate: 45deg;
  }
  .toggle[aria-expanded='true']::after {
    translate: 0 0.1em;
    rotate: 225deg;
  }
  .date {
    grid-area: date;
    margin: 0;
    padding-block-start: 0.1em;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    text-align: end;
  }
  .summary {
    grid-area: summary;
    margin: 0.125em 0 0;
  }
  /* One line until the event is opened; find-in-page still reaches the rest. */
  .item:not(.open) .summary {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .meta {
    grid-area: meta;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0.125em 0 0;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .quote-count::before {
    content: '“';
    font-weight: 700;
    margin-inline-end: 0.25em;
  }
  .details {
    grid-area: details;
    position: relative;
    z-index: 1;
  }
  .open .details {
    padding-block: 0.25em 0.5em;
  }
  .details > .summary {
    margin-block-end: 0.5em;
  }

  /* An open event's quotes, one group per speaker. */
  .group {
    margin-block: 0.5em;
    padding: 0.75em 1em;
    border-inline-start: 3px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .speaker {
    display: flex;
    align-items: center;
    gap: 0.625em;
    margin: 0 0 0.5em;
  }
  .avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2.25em;
    block-size: 2.25em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.8em;
    font-weight: 700;
  }
  .speaker-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .attribution {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  blockquote {
    margin: 0.5em 0 0;
  }
  blockquote p,
  .context {
    margin: 0.5em 0 0;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0.5em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .copy-fallback {
    margin: 0.5em 0 0;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .source {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  /* No content-visibility: auto on items, even in long timelines: each such element costs an
     intersection check in every frame, which grew with the list while it filled in (decision 0026),
     and an item's body is now one line of text and closed details. */

  /* Narrow (a phone, a sidebar): the date moves above the headline. */
  @container (width < 480px) {
    .item {
      grid-template-columns: 1em minmax(0, 1fr);
      grid-template-areas:
        'rail date'
        'rail title'
        'rail summary'
        'rail meta'
        'rail details';
    }
    .date {
      text-align: start;
      padding: 0;
    }
    .group {
      padding-inline: 0.75em;
    }
  }

  /* Slides: one event at a time. The list scrolls sideways and snaps, so swiping, the arrow keys,
     find-in-page and screen readers all move through the same ordered list. */
  :host([layout='slides']) ol {
    display: flex;
    align-items: flex-start;
    overflow-x: auto;
    overflow-y: hidden;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
    border-radius: var(--_radius);
  }
  :host([layout='slides']) .item {
    flex: 0 0 100%;
    display: block;
    padding: 1em 1.25em;
    scroll-snap-align: start;
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  :host([layout='slides']) .item::before,
  :host([layout='slides']) .item::after {
    content: none;
  }
  :host([layout='slides']) .date {
    text-align: start;
    font-size: 1em;
    color: var(--_accent);
  }
  :host([layout='slides']) .event-title {
    font-size: 1.25em;
    margin-block-end: 0.25em;
  }
  .nav {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-block-end: 0.75em;
  }
  .step {
    inline-size: 2.5em;
    block-size: 2.5em;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: 1em;
  }
  .step:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .position {
    margin: 0;
    text-align: center;
    font-weight: 600;
  }
  .axis {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    color: var(--_muted);
    font-size: 0.75em;
  }
  .axis svg {
    flex-basis: 100%;
    display: block;
    overflow: visible;
  }
  .track {
    stroke: var(--_line);
    stroke-width: 2;
  }
  /* A shortened gap: the track turns dashed. */
  .gap {
    stroke: var(--_surface);
    stroke-width: 4;
    stroke-dasharray: 3 3;
  }
  .tick {
    fill: var(--_muted);
  }
  .tick.current {
    fill: var(--_accent);
    stroke: var(--_surface);
    stroke-width: 2;
  }

  @media (prefers-reduced-motion: no-preference) {
    .item {
      transition: background-color 0.15s ease;
    }
    .toggle::after {
      transition: rotate 0.15s ease;
    }
    :host([layout='slides']) ol {
      transition: block-size 0.2s ease;
    }
  }
  /* Server-rendered (decision 0045) and read with JavaScript off: every event open, as on paper. */
  @media (scripting: none) {
    .details {
      content-visibility: visible;
    }
    .item:not(.open) .summary {
      white-space: normal;
    }
  }
  @media print {
    :host {
      padding: 0;
      background: none;
    }
    .skip,
    .filters,
    .count,
    .nav,
    .copy {
      display: none;
    }
    /* On paper every event is open, and slides are a list. */
    :host([layout]) ol {
      display: block;
      overflow: visible;
      block-size: auto !important; /* not the height of the slide in view */
    }
    :host([layout]) .item {
      display: block;
      padding: 0 0 0.75em;
      border: 0;
      break-inside: avoid;
    }
    .item::before,
    .item::after,
    .toggle::after {
      content: none;
    }
    .details {
      content-visibility: visible;
    }
    .item:not(.open) .summary {
      white-space: normal;
    }
    .date {
      text-align: start;
    }
  }
`;
