import { html, nothing, type TemplateResult } from 'lit';
import type { DataIssue } from './dataset.js';

/** A visible, announced error: one line, or the custom data's problems as a list of paths and messages. */
export function renderError(message: string, issues?: DataIssue[]): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <strong>${message}</strong>
    ${
      issues?.length
        ? html`<ul>
            ${issues.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing
    }
  </div>`;
}

/** Warns once per element and message, so re-renders do not repeat the same console warning. */
export function warnOnce(host: Element, seen: Set<string>, message: string): void {
  if (seen.has(message)) return;
  seen.add(message);
  console.warn(`<${host.localName}> ${message}`);
}
