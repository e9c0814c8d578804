// What embed.js imports when it first sees <iw-actor-badge>: the badge and the people it names. Its
// panel (the person's events and quotes) is imported when it first opens. embed.js defines the tag
// by calling the default export, once the story's text in the page's language is here too.
import 'iw-data:people';
import { define } from '../shared/define.js';
import { IwActorBadge } from '../components/actor-badge/actor-badge.component.js';

export default () => define('iw-actor-badge', IwActorBadge);
