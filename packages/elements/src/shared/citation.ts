import { html, type TemplateResult } from 'lit';
import type { Citation } from '@iranwire/rapprochement-data';
import type { LocalizeController } from './localize.js';
import { citationHref } from './urls.js';

/**
 * "Source: ¶10", linked to the paragraph with a text fragment (see citationHref).
 * Screen readers hear "paragraph 10" rather than the pilcrow.
 */
export function renderCitation(
  citation: Citation,
  articleUrl: string | null | undefined,
  l10n: LocalizeController,
): TemplateResult {
  const { strings } = l10n;
  const label = html`<span aria-hidden="true">¶</span
    ><span class="visually-hidden">${strings.paragraph} </span>${l10n.number(citation.paragraph)}`;
  const href = citationHref(articleUrl, citation);
  return html`<span class="citation" part="source"
    >${strings.sourceLabel}: ${href ? html`<a href=${href}>${label}</a>` : label}</span
  >`;
}

/** The same citation as plain text, for copying. */
export function citationText(
  citation: Citation,
  articleTitle: string,
  articleUrl: string | null | undefined,
  l10n: LocalizeController,
): string {
  // A link into the current page means nothing once pasted elsewhere: only an absolute URL is copied.
  const href = articleUrl ? citationHref(articleUrl, citation) : undefined;
  return `${articleTitle}${l10n.strings.comma}¶${l10n.number(citation.paragraph)}${href ? ` ${href}` : ''}`;
}
