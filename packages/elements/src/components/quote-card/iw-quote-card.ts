import { define } from '../../shared/define.js';
import { IwActorBadge } from '../actor-badge/actor-badge.component.js';
import { IwQuoteCard } from './quote-card.component.js';

// The caption shows the speaker's badge, so the card brings it along.
define('iw-actor-badge', IwActorBadge);
define('iw-quote-card', IwQuoteCard);

declare global {
  interface HTMLElementTagNameMap {
    'iw-quote-card': IwQuoteCard;
  }
}

export { IwQuoteCard };
