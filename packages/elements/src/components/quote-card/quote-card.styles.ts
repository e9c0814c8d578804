import { css } from 'lit';

export const quoteCardStyles = css`
  :host {
    display: block;
    max-inline-size: var(--iw-quote-card-max-width, 42em);
  }
  figure {
    margin: 0;
    padding: 1em 1.25em;
    border-inline-start: 4px solid var(--iw-quote-card-accent-color, var(--_accent));
    border-radius: var(--_radius);
    background: var(--iw-quote-card-background, var(--_raised));
  }
  blockquote {
    margin: 0;
    font-family: var(--iw-quote-card-quote-font-family, inherit);
    font-size: var(--iw-quote-card-quote-font-size, 1.125em);
  }
  blockquote p {
    margin: 0;
  }
  blockquote.collapsed p {
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .context {
    margin: 0.5em 0 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.75em;
  }
  .actions button {
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .copy-status {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
  }
  textarea {
    flex-basis: 100%;
    min-block-size: 5em;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  figcaption {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin-block-start: 0.75em;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  figcaption p {
    margin: 0;
  }
  a {
    color: var(--_accent);
  }
  @media print {
    figure {
      break-inside: avoid;
      border-color: currentColor;
    }
    blockquote.collapsed p {
      display: block;
      overflow: visible;
    }
    .actions {
      display: none;
    }
  }
`;
