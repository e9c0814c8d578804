// What embed.js imports when it first sees <iw-actor-badge>: the badge and the people it names. Its
// panel (the person's events and quotes) is imported when it first opens.
import 'iw-data:people';
import '../components/actor-badge/iw-actor-badge.js';
