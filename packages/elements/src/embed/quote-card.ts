// What embed.js imports when it first sees <iw-quote-card>: the card, the badge in its caption, and
// the people and quotes they show. Events come only if the badge's panel opens. embed.js defines
// the tags by calling the default export, once the story's text in the page's language is here too.
import 'iw-data:people';
import 'iw-data:quotes';
import { define } from '../shared/define.js';
import { IwActorBadge } from '../components/actor-badge/actor-badge.component.js';
import { IwQuoteCard } from '../components/quote-card/quote-card.component.js';

// The caption shows the speaker's badge, so the card brings it along.
export default () => {
  define('iw-actor-badge', IwActorBadge);
  define('iw-quote-card', IwQuoteCard);
};
