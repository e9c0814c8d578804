// What embed.js imports beside ./quote-card.js where a card is in Persian: the Persian text of the
// people and quotes it shows, added before the tags are defined (docs/decisions/0013).
import people from 'iw-data:people.fa';
import quotes from 'iw-data:quotes.fa';

export default () => [people, quotes].forEach((add) => add());
