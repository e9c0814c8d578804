// The script-tag bundle: registers all three components.
import './components/timeline/iw-timeline.js';

export { IwTimeline } from './components/timeline/iw-timeline.js';
export { IwQuoteCard } from './components/quote-card/iw-quote-card.js';
export { IwActorBadge } from './components/actor-badge/iw-actor-badge.js';
