import { define } from '../../shared/define.js';
import { IwTimeline } from './timeline.component.js';

// The timeline renders its people and quotes as its own markup: it needs no other component.
define('iw-timeline', IwTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'iw-timeline': IwTimeline;
  }
}

export { IwTimeline };
