import { html, type TemplateResult } from 'lit';
import { quoteTranslationNotice, type Dataset } from '@iranwire/rapprochement-data';
import type { LocalizeController } from './localize.js';

/**
 * What a reader is told beside a translated quote: the story's own notice for the language (for the
 * built-in story, that the Persian is a translation of IranWire's English text, not the speaker's
 * words), else the interface's general one.
 */
export function translationNotice(story: Dataset, l10n: LocalizeController): string {
  return quoteTranslationNotice(story, l10n.lang) ?? l10n.strings.translatedQuote;
}

/**
 * Beside a translated quote, in every widget: the notice, and the original words one action away in
 * a disclosure (it works in prerendered HTML before any script), marked with their language.
 * `quoted` wraps the original in its language's quotation marks (a sentence with marked fragments
 * is shown as it stands).
 */
export function renderOriginal(
  original: unknown,
  story: Dataset,
  l10n: LocalizeController,
  quoted = true,
): TemplateResult {
  const own = story.article.language;
  const marks = l10n.marks(own);
  return html`<div class="translation" part="translation">
    <p class="translation-notice" part="translation-notice">${translationNotice(story, l10n)}</p>
    <details class="original" part="original">
      <summary>${l10n.strings.original}</summary>
      <p lang=${own} dir="auto">
        ${quoted ? html`${marks.quoteOpen}${original}${marks.quoteClose}` : original}
      </p>
    </details>
  </div>`;
}
