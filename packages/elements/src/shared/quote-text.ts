import type { Quote } from '@iranwire/rapprochement-data';
import { describeAttribution } from '../components/quote-card/attribution.js';
import { citationText } from './citation.js';
import type { DatasetIndex } from './dataset.js';
import type { LocalizeController } from './localize.js';
import { plain, recordText } from './record-text.js';
import { translationNotice } from './translation.js';

/**
 * A quote as plain text with its attribution and citation, for the clipboard:
 * “…” — Khatami, as told to Rafsanjani and recorded in his diary, 27 December 1997. Title, ¶10 URL
 * A translated quote is copied as the reader chooses: the translation, followed by the notice that
 * it is not the speaker's words, or (`original`) the story's own words.
 */
export function quoteCitationText(
  quote: Quote,
  index: DatasetIndex,
  articleUrl: string | null | undefined,
  l10n: LocalizeController,
  original = false,
): string {
  const { strings, lang } = l10n;
  const story = index.dataset;
  const own = story.article.language;
  const { chain, date } = describeAttribution(quote, index, l10n);
  const attribution = `${chain}${date ? `${strings.comma}${l10n.date(date)}` : ''}`;
  const title = plain({ text: story.article.title, lang: own, translated: false }, lang);
  // The quote's words are verbatim in the cited paragraph, so the link's text fragment finds them.
  const source = quote.sources[0]
    ? citationText({ ...quote.sources[0], excerpt: quote.text }, title, articleUrl, l10n)
    : title;
  const words = original
    ? { text: quote.text, lang: own, translated: false }
    : recordText(quote, 'text', lang, story);
  const marks = l10n.marks(words.lang);
  const quoted = plain(
    { ...words, text: `${marks.quoteOpen}${words.text}${marks.quoteClose}` },
    lang,
  );
  const notice = words.translated ? ` ${translationNotice(story, l10n)}` : '';
  return `${quoted} — ${attribution}.${notice} ${source}`;
}

/** Copies text; false where the clipboard is blocked (an iframe without permission, an old browser). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
