import { html, type TemplateResult } from 'lit';
import type { Person } from '@iranwire/rapprochement-data';
import type { Lang } from './localize.js';

/** The full name to show: the dataset's Persian name in Persian (when it has one), else the English name. */
export function displayName(person: Person, lang: Lang): string {
  return lang === 'fa' && person.nameFa ? person.nameFa : person.name;
}

/**
 * The short name on filter chips and in running text ("Khatami", "Besharati"), by one rule: the
 * dataset's editorial `shortName` (the last word of the name, or a family name given alone), else
 * the full name (the unnamed Secretary of State). In Persian the dataset has no short forms, so
 * the full name.
 */
export function shortName(person: Person, lang: Lang): string {
  if (lang === 'fa') return displayName(person, lang);
  return person.shortName ?? person.name;
}

/** Up to two initials, from the first and last words of the name (works for Persian script too). */
export function monogram(name: string): string {
  const words = name.split(/[\s\u200c-]+/).filter(Boolean);
  const first = words[0]?.[0] ?? '?';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * English dataset text (a name without a Persian form, a role title, a group) in the Persian
 * interface: marked English and isolated, so its punctuation stays on its own side.
 */
export function en(text: string, lang: Lang, english = true): string | TemplateResult {
  return lang === 'fa' && english ? html`<bdi lang="en">${text}</bdi>` : text;
}

/** The same isolation in plain text (attribution chains, copied text): first-strong isolate marks. */
export function enText(text: string, lang: Lang, english = true): string {
  return lang === 'fa' && english ? `\u2068${text}\u2069` : text;
}
