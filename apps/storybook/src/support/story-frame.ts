import { css, html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Theme } from './globals.js';

/**
 * The page a story sits on. It carries the toolbar's `lang` and `dir`, which the components inherit,
 * and paints a light or dark page, so the accessibility check measures contrast against what a
 * reader of a light or dark news site sees.
 */
export class SbStoryFrame extends LitElement {
  static override styles = css`
    :host {
      display: block;
      padding: 1rem;
      background: #ffffff;
      color: #1b1b1f;
      color-scheme: light;
      font-family: system-ui, sans-serif;
    }
    :host([theme='dark']) {
      background: #0f1115;
      color: #eceef2;
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        background: #0f1115;
        color: #eceef2;
        color-scheme: dark;
      }
    }
  `;

  @property({ reflect: true }) theme: Theme = 'auto';

  protected override render() {
    return html`<slot></slot>`;
  }
}

customElements.define('sb-story-frame', SbStoryFrame);

declare global {
  interface HTMLElementTagNameMap {
    'sb-story-frame': SbStoryFrame;
  }
}
