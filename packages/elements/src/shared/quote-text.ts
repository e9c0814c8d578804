import type { Quote } from '@iranwire/rapprochement-data';
import { describeAttribution } from '../components/quote-card/attribution.js';
import { citationText } from './citation.js';
import type { DatasetIndex } from './dataset.js';
import type { LocalizeController } from './localize.js';

/**
 * A quote as plain text with its attribution and citation, for the clipboard:
 * “…” — Khatami, as told to Rafsanjani and recorded in his diary, 27 December 1997. Title, ¶10 URL
 */
export function quoteCitationText(
  quote: Quote,
  index: DatasetIndex,
  articleUrl: string | null | undefined,
  l10n: LocalizeController,
): string {
  const { strings } = l10n;
  const { chain, date } = describeAttribution(quote, index, l10n);
  const attribution = `${chain}${date ? `${strings.comma}${l10n.date(date)}` : ''}`;
  const title = index.dataset.article.title;
  // The quote's words are verbatim in the cited paragraph, so the link's text fragment finds them.
  const source = quote.sources[0]
    ? citationText({ ...quote.sources[0], excerpt: quote.text }, title, articleUrl, l10n)
    : title;
  return `${strings.quoteOpen}${quote.text}${strings.quoteClose} — ${attribution}. ${source}`;
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
