// The classes, with no side effects: importing this registers nothing. Register with the define
// entries (`@iranwire/rapprochement-elements/iw-timeline.js` …) or with your own tag names.
export { IwTimeline } from './components/timeline/timeline.component.js';
export { IwQuoteCard } from './components/quote-card/quote-card.component.js';
export { IwActorBadge } from './components/actor-badge/actor-badge.component.js';
export { define, VERSION } from './shared/define.js';
export type {
  IwRenderedDetail,
  IwRenderedEvent,
  IwSelectDetail,
  IwSelectEvent,
} from './shared/events.js';
export type { Calendar, Lang } from './shared/localize.js';
