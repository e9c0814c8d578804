import type { AttributionLink, Quote } from '@iranwire/rapprochement-data';
import type { DatasetIndex } from '../../shared/dataset.js';
import type { LocalizeController } from '../../shared/localize.js';
import { displayName, shortName } from '../../shared/people.js';
import { plain, recordText } from '../../shared/record-text.js';

export interface Attribution {
  /** "Khatami, as told to Rafsanjani and recorded in his diary" */
  chain: string;
  /** The EDTF date that ends the caption: the last dated link of the chain. */
  date: string | undefined;
}

/**
 * The attribution chain in plain words, from whoever first said the words to the record the article
 * quotes, e.g. "Khatami, as told to Rafsanjani and recorded in his diary" dated 1997-12-27.
 * The last link, the article itself quoting the words, is left out: the card cites the article.
 * Links marked `parallel` are sources side by side, not a chain, and are said so: "Besharati, as
 * told to Khamenei, according to two separate sources: recorded in the diary of Rafsanjani, and
 * quoted by Nategh Nouri".
 */
export function describeAttribution(
  quote: Quote,
  index: DatasetIndex,
  l10n: LocalizeController,
): Attribution {
  const { strings, lang } = l10n;
  const { chain: words } = strings;
  const story = index.dataset;
  const articleId = story.article.id;
  const links = quote.attribution.filter(
    (link) => !(link.act === 'quoted' && link.source === articleId),
  );

  const personName = (id: string | undefined): string => {
    const person = id ? index.getPerson(id) : undefined;
    return person ? plain(shortName(person, lang, story), lang) : (id ?? '');
  };
  const actor = (link: AttributionLink): string | undefined =>
    link.person ?? link.organization ?? link.group;
  const actorName = (link: AttributionLink): string => {
    if (link.person) return personName(link.person);
    const organization = link.organization ? index.getOrganization(link.organization) : undefined;
    if (organization) return plain(displayName(organization, lang, story), lang);
    // An unnamed group in the article's words, translated where the story has its translation.
    return plain(
      recordText(quote, `attribution.${quote.attribution.indexOf(link)}.group`, lang, story),
      lang,
    );
  };

  const first = links[0];
  const originator = first && actor(first) ? first : undefined;
  let opening = originator
    ? actorName(originator)
    : quote.speaker.person
      ? personName(quote.speaker.person)
      : plain(recordText(quote, 'speaker.group', lang, story), lang);
  // A step in words, or several steps side by side (a link and the `parallel` links after it).
  const steps: (string | string[])[] = [];
  let parallel = false;
  const add = (step: string) => {
    const last = steps[steps.length - 1];
    if (parallel && last !== undefined) {
      steps[steps.length - 1] = [...(Array.isArray(last) ? last : [last]), step];
    } else steps.push(step);
  };
  let teller = originator ? actor(originator) : undefined;
  let listener: string | undefined;

  // Words passed on in a way the article does not say (`unstated`): reported by whoever did.
  const recordedIn = (link: AttributionLink, medium: string) =>
    link.medium === 'unstated'
      ? words.reportedBy(actorName(link))
      : words.recordedIn(
          medium,
          link.person !== undefined && link.person === listener,
          actorName(link),
        );

  links.forEach((link, position) => {
    const medium = words.media[link.medium] ?? link.medium;
    parallel = link.parallel === true;
    switch (link.act) {
      case 'said':
      case 'wrote':
        if (position === 0) {
          // The originator's own words: say where, unless it was just a conversation or the
          // article does not say.
          if (link.medium !== 'conversation' && link.medium !== 'unstated')
            opening +=
              strings.comma + (link.medium === 'diary' ? words.inOwn(medium) : words.inA(medium));
        } else {
          add(recordedIn(link, medium));
        }
        break;
      case 'told':
        if (link.to) {
          add(
            actor(link) === teller
              ? words.toldTo(personName(link.to))
              : words.toldBy(actorName(link), personName(link.to)),
          );
        }
        teller = actor(link);
        listener = link.to;
        break;
      case 'recorded':
        add(recordedIn(link, medium));
        break;
      case 'reported':
        add(
          link.medium === 'broadcast'
            ? words.broadcastBy(actorName(link))
            : words.reportedBy(actorName(link)),
        );
        listener = undefined;
        break;
      case 'quoted':
        add(words.quotedBy(actorName(link)));
        break;
    }
  });
  const said = steps.map((step) => (Array.isArray(step) ? words.parallel(step) : step));
  // Sources side by side already end in their own list: join the steps with commas around them.
  const joined = steps.some(Array.isArray) ? said.join(strings.comma) : l10n.list(said);
  const chain = said.length ? `${opening}${strings.comma}${joined}` : opening;
  return {
    chain: chain.charAt(0).toLocaleUpperCase(lang) + chain.slice(1),
    date: [...links].reverse().find((link) => link.date)?.date ?? quote.recorded ?? quote.spoken,
  };
}
