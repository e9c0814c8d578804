import { define } from '../../shared/define.js';
import { IwActorBadge } from './actor-badge.component.js';

define('iw-actor-badge', IwActorBadge);

declare global {
  interface HTMLElementTagNameMap {
    'iw-actor-badge': IwActorBadge;
  }
}

export { IwActorBadge };
