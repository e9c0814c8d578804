import { html, type TemplateResult } from 'lit';
import { localizedText, type Dataset, type LocalizedText } from '@iranwire/rapprochement-data';
import type { Lang } from './localize.js';

/**
 * A record's text for the reader: the story's translation into the reader's language where it has
 * one, else the story's own text, with the language it is really in.
 */
export function recordText(
  record: object,
  field: string,
  lang: Lang,
  story: Dataset,
): LocalizedText {
  return (
    localizedText(record, field, lang, story.article.language) ?? {
      text: '',
      lang: story.article.language,
      translated: false,
    }
  );
}

/**
 * Text in another language than the interface's (an English name in the Persian interface) is
 * marked with its language and isolated, so its punctuation stays on its own side.
 */
export function inline(
  { text, lang: textLang }: LocalizedText,
  lang: Lang,
): string | TemplateResult {
  return textLang === lang ? text : html`<bdi lang=${textLang}>${text}</bdi>`;
}

/** The same isolation in plain text (attribution chains, copied text): first-strong isolate marks. */
export function plain({ text, lang: textLang }: LocalizedText, lang: Lang): string {
  return textLang === lang ? text : `\u2068${text}\u2069`;
}

/**
 * `text` with each of `phrases` marked. A phrase the text puts in quotation marks (“…” or «…») is
 * found there first (“wall” rather than the "wall" of "wall of distrust"); overlapping phrases mark
 * once.
 */
export function markPhrases(
  text: string,
  phrases: readonly string[],
): Array<string | TemplateResult> {
  const ranges = phrases
    .map((phrase) => {
      const quoted = Math.max(text.indexOf(`“${phrase}”`), text.indexOf(`«${phrase}»`));
      const at = quoted >= 0 ? quoted + 1 : text.toLowerCase().indexOf(phrase.toLowerCase());
      return [at, at + phrase.length] as const;
    })
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0]);
  const parts: Array<string | TemplateResult> = [];
  let position = 0;
  for (const [start, end] of ranges) {
    if (start < position) continue;
    parts.push(text.slice(position, start), html`<mark>${text.slice(start, end)}</mark>`);
    position = end;
  }
  parts.push(text.slice(position));
  return parts;
}
