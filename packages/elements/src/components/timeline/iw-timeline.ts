import { define } from '../../shared/define.js';
import { IwActorBadge } from '../actor-badge/actor-badge.component.js';
import { IwQuoteCard } from '../quote-card/quote-card.component.js';
import { IwTimeline } from './timeline.component.js';

// Timeline items show badges and quote cards, so the timeline brings them along.
define('iw-actor-badge', IwActorBadge);
define('iw-quote-card', IwQuoteCard);
define('iw-timeline', IwTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'iw-timeline': IwTimeline;
  }
}

export { IwTimeline };
