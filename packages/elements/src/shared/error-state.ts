import { html, nothing, type TemplateResult } from 'lit';
import type { DataIssue } from './dataset.js';
import type { LocalizeController } from './localize.js';

/** Problems listed: a story can have hundreds of thousands, and the page must not freeze on them. */
const LISTED_PROBLEMS = 20;

/**
 * A story that cannot be shown: not loaded (every problem is its `src`'s) or invalid, its first
 * problems listed and the rest counted.
 */
export function renderStoryError(issues: DataIssue[], l10n: LocalizeController): TemplateResult {
  const { strings } = l10n;
  const more = issues.length - LISTED_PROBLEMS;
  return renderError(
    issues.every((issue) => issue.path === 'src') ? strings.notLoaded : strings.invalidData,
    issues.slice(0, LISTED_PROBLEMS),
    more > 0 ? strings.moreProblems(l10n.number(more)) : undefined,
  );
}

/** A visible, announced error: one line, or the custom data's problems as a list of paths and messages. */
export function renderError(message: string, issues?: DataIssue[], more?: string): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <strong>${message}</strong>
    ${
      issues?.length
        ? html`<ul>
            ${issues.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing
    }
    ${more ? html`<p>${more}</p>` : nothing}
  </div>`;
}

/** Warns once per element and message, so re-renders do not repeat the same console warning. */
export function warnOnce(host: Element, seen: Set<string>, message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${host.localName}> ${message}`);
}
