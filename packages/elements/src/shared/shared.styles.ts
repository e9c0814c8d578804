import { css } from 'lit';

/*
 * Colour tokens shared by all three components. Each reads a public `--iw-*` custom property (set it
 * on the element or any ancestor) and falls back to a light and a dark default that meet WCAG 2.2 AA.
 * `light-dark()` picks one by the element's used colour scheme. `theme="light|dark"` sets it;
 * `theme="auto"` sets nothing, so the element inherits the `color-scheme` of the page around it:
 * light when the page declares none, dark for `color-scheme: dark`, and the reader's preference only
 * when the page itself declares `light dark` (docs/decisions/0027). The components paint their own
 * background so the contrast holds on any page. In print, ink is dark on white whatever the theme.
 */
export const themeStyles = css`
  :host {
    --_text: var(--iw-text-color, light-dark(#1b1b1f, #eceef2));
    --_muted: var(--iw-muted-color, light-dark(#4f535b, #b9bdc6));
    --_surface: var(--iw-surface-color, light-dark(#fff, #17191d));
    --_raised: var(--iw-raised-color, light-dark(#f2f3f5, #24272d));
    --_border: var(--iw-border-color, light-dark(#767a82, #8d929c));
    --_accent: var(--iw-accent-color, light-dark(#0b57b7, #8ab4f8));
    --_on-accent: var(--iw-on-accent-color, light-dark(#fff, #0b0d10));
    --_mark: var(--iw-mark-color, light-dark(#fff0a8, #5e4b00));
    --_mark-text: var(--iw-mark-text-color, light-dark(#1b1b1f, #fff8dc));
    --_error: var(--iw-error-color, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--iw-focus-color, light-dark(#0b57b7, #8ab4f8));
    --_radius: var(--iw-radius, 0.5em);
    color: var(--_text);
    /* The page's text settings stop here (only its font family comes in), and sizes inside are in em
       of this size, so a page's html { font-size: 62.5% } or letter-spacing cannot reshape them. */
    font: var(--iw-font-size, medium) / 1.5 serif;
    font-family: var(--iw-font-family, inherit);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    cursor: auto;
  }
  /* Persian text (the interface and the story's translation): a Persian font stack of system fonts
     (nothing is fetched), a little larger and with more line height, as Naskh script needs. The
     page's --iw-font-family still wins; the --iw-persian-* properties tune Persian alone. Set on the
     component's outermost element only, so sizes never compound. */
  [lang|='fa']:not([lang] *) {
    font-family: var(
      --iw-persian-font-family,
      var(
        --iw-font-family,
        system-ui,
        'Segoe UI',
        Tahoma,
        'Noto Sans Arabic',
        'Noto Naskh Arabic',
        'Geeza Pro',
        sans-serif
      )
    );
    font-size: var(--iw-persian-font-size, 1.0625em);
    line-height: var(--iw-persian-line-height, 1.8);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  ::before,
  ::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  /* Record text keeps its own direction but lines up with the interface. */
  [dir='auto'] {
    text-align: -webkit-match-parent; /* Chromium and Safari know only the prefixed keyword */
    text-align: match-parent;
  }
  mark {
    background: var(--_mark);
    color: var(--_mark-text);
    padding-inline: 0.1em;
  }
  .error {
    color: var(--_error);
    background: var(--_surface);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0;
  }
  .error ul {
    margin-block: 0.5em 0;
    padding-inline-start: 1.25em;
  }
  .error code {
    font-family: ui-monospace, monospace;
  }
  @media print {
    /* Paper is white: the light palette, dark ink, whatever the theme. (Colours a page sets through
       the --iw-* properties are the page's to scope to screen.) */
    :host {
      color-scheme: light !important;
    }
    /* On paper a link is only useful with its address written out, isolated left to right so that
       the bidi rules of a Persian line do not reverse its parts. */
    a[href]::after {
      content: ' <' attr(href) '>';
      word-break: break-all;
      direction: ltr;
      unicode-bidi: isolate;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/**
 * Beside a translated quote (card, timeline details, badge panel): the notice that it is a
 * translation, not the speaker's words, and a disclosure with the original.
 */
export const translationStyles = css`
  .translation {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    margin-block: 0.25em 0.5em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .translation-notice {
    margin: 0;
  }
  .original summary {
    color: var(--_accent);
    cursor: pointer;
  }
  .original[open] {
    flex-basis: 100%;
  }
  .original p {
    margin-block: 0.25em 0;
    color: var(--_text);
  }
`;
