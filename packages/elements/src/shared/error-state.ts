import { html, nothing, type TemplateResult } from 'lit';
import type { DataIssue } from './dataset.js';
import type { Strings } from './localize.js';

const LISTED_ISSUES = 12;

/** A visible, announced error: one line, or the custom data's problems as a list of paths and messages. */
export function renderError(message: string, issues?: DataIssue[], strings?: Strings): TemplateResult {
  const listed = issues?.slice(0, LISTED_ISSUES) ?? [];
  const hidden = (issues?.length ?? 0) - listed.length;
  return html`<div class="error" role="alert" part="error">
    <strong>${message}</strong>
    ${listed.length
      ? html`<ul>
          ${listed.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
        </ul>`
      : nothing}
    ${hidden > 0 && strings ? html`<p>${strings.moreIssues(String(hidden))}</p>` : nothing}
  </div>`;
}

/** Warns once per element and message, so re-renders do not repeat the same console warning. */
export function warnOnce(host: Element, seen: Set<string>, message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${host.localName}> ${message}`);
}
