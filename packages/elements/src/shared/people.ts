import {
  localizedName,
  localizedText,
  type Dataset,
  type LocalizedText,
  type Organization,
  type Person,
} from '@iranwire/rapprochement-data';
import type { Lang } from './localize.js';

/**
 * The full name of a person or an organization: in Persian the dataset's Persian name (or its
 * translation, for the unnamed), else the name in the story's language.
 */
export function displayName(
  record: Person | Organization,
  lang: Lang,
  story: Dataset,
): LocalizedText {
  return localizedName(record, lang, story.article.language);
}

/**
 * The short name on filter chips and in running text ("Khatami", «خاتمی»), by one rule: the
 * dataset's editorial `shortName` (the last word of the name, or a family name given alone) in the
 * reader's language, else the full name (the unnamed Secretary of State).
 */
export function shortName(person: Person, lang: Lang, story: Dataset): LocalizedText {
  const short = localizedText(person, 'shortName', lang, story.article.language);
  const name = displayName(person, lang, story);
  // A name in the reader's language beats a short name in another.
  return short && (short.lang === name.lang || name.lang !== lang) ? short : name;
}

/** Up to two initials, from the first and last words of the name (works for Persian script too). */
export function monogram(name: string): string {
  const words = name.split(/[\s\u200c-]+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}
