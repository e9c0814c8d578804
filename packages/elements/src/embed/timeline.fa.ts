// What embed.js imports beside ./timeline.js where a timeline is in Persian: the story's Persian
// text. embed.js adds it to the records (the default export) before it defines the tag, so that a
// Persian reader never sees the story in English first (docs/decisions/0013).
import people from 'iw-data:people.fa';
import events from 'iw-data:events.fa';
import quotes from 'iw-data:quotes.fa';

export default () => [people, events, quotes].forEach((add) => add());
