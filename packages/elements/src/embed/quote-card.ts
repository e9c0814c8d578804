// What embed.js imports when it first sees <iw-quote-card>: the card, the badge in its caption, and
// the people and quotes they show. Events come only if the badge's panel opens.
import 'iw-data:people';
import 'iw-data:quotes';
import '../components/quote-card/iw-quote-card.js';
