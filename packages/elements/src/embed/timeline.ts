// What embed.js imports when it first sees <iw-timeline>: the timeline and every kind of record it
// shows. It renders people and quotes as its own markup, so no badge or card code comes along.
// embed.js defines the tag by calling the default export, once the story's text in the page's
// language is here too (./timeline.fa.ts).
import 'iw-data:people';
import 'iw-data:events';
import 'iw-data:quotes';
import { define } from '../shared/define.js';
import { IwTimeline } from '../components/timeline/timeline.component.js';

export default () => define('iw-timeline', IwTimeline);
