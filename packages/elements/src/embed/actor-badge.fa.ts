// What embed.js imports beside ./actor-badge.js where a badge is in Persian: the people's Persian
// text, added before the tag is defined (docs/decisions/0013). Its panel brings the rest.
export { default } from 'iw-data:people.fa';
