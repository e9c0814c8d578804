import { css, html, LitElement, nothing, type CSSResultOrNative } from 'lit';
import { property } from 'lit/decorators.js';
import { elementsManifest } from '../support/manifest.js';

interface ManifestEntry {
  name: string;
  description?: string;
  default?: string;
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  cssProperties?: ManifestEntry[];
  cssParts?: ManifestEntry[];
}

export interface ThemingReference {
  tagName: string;
  summary: string;
  /** Documented in custom-elements.json, then any `--iw-*` the styles read that the manifest misses. */
  properties: (ManifestEntry & { documented: boolean })[];
  parts: ManifestEntry[];
}

const declarations: ManifestDeclaration[] = (
  elementsManifest as { modules: { declarations?: ManifestDeclaration[] }[] }
).modules.flatMap((module) => module.declarations ?? []);

/** Every `--iw-*` custom property a registered element's stylesheets read. */
export function propertiesInStyles(tagName: string): string[] {
  const element = customElements.get(tagName) as
    (CustomElementConstructor & { elementStyles?: CSSResultOrNative[] }) | undefined;
  const text = (element?.elementStyles ?? [])
    .map((style) =>
      style instanceof CSSStyleSheet
        ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
        : (style as { cssText: string }).cssText,
    )
    .join('\n');
  return [...new Set(text.match(/--iw-[a-z0-9-]+/g) ?? [])].sort();
}

/** The theming API of every `iw-*` element in the manifest. */
export function themingReferences(): ThemingReference[] {
  return declarations
    .filter((declaration) => declaration.tagName?.startsWith('iw-'))
    .map((declaration) => {
      const tagName = declaration.tagName as string;
      const documented = (declaration.cssProperties ?? []).map((entry) => ({
        ...entry,
        documented: true,
      }));
      const known = new Set(documented.map((entry) => entry.name));
      const undocumented = propertiesInStyles(tagName)
        .filter((name) => !known.has(name))
        .map((name) => ({ name, documented: false }));
      return {
        tagName,
        summary: declaration.summary ?? '',
        properties: [...documented, ...undocumented],
        parts: declaration.cssParts ?? [],
      };
    })
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/**
 * The "Theming" docs page's tables: every `--iw-*` custom property and every `::part` of each
 * component, read from custom-elements.json (and from the live stylesheets, so nothing is missed).
 */
export class SbThemingReference extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: #1b1b1f;
      font:
        14px/1.5 system-ui,
        sans-serif;
    }
    section + section {
      margin-block-start: 2rem;
    }
    h3 {
      font-size: 1.15rem;
      margin-block: 0 0.25rem;
    }
    table {
      border-collapse: collapse;
      inline-size: 100%;
      margin-block: 0.75rem;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25rem;
    }
    th,
    td {
      border: 1px solid #d4d6da;
      padding: 0.375rem 0.5rem;
      text-align: start;
      vertical-align: top;
    }
    th {
      background: #f2f3f5;
    }
    code {
      font-family: ui-monospace, monospace;
    }
    .warning {
      color: #8a1c14;
    }
  `;

  /** Only this component; every component when empty. */
  @property() component = '';

  protected override render() {
    const references = themingReferences().filter(
      (reference) => !this.component || reference.tagName === this.component,
    );
    return references.map(
      (reference) =>
        html`<section aria-labelledby=${`${reference.tagName}-heading`}>
          <h3 id=${`${reference.tagName}-heading`}><code>&lt;${reference.tagName}&gt;</code></h3>
          <p>${reference.summary}</p>
          <table>
            <caption>
              Custom properties of ${reference.tagName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">What it sets</th>
              </tr>
            </thead>
            <tbody>
              ${reference.properties.map(
                (entry) =>
                  html`<tr>
                    <td><code>${entry.name}</code></td>
                    <td>
                      ${
                        entry.documented
                          ? html`${entry.description ?? ''}${entry.default ? html` (default <code>${entry.default}</code>)` : nothing}`
                          : html`<span class="warning"
                              >Read by the styles but not yet described in
                              custom-elements.json.</span
                            >`
                      }
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
          <table>
            <caption>
              Parts of ${reference.tagName}
            </caption>
            <thead>
              <tr>
                <th scope="col">Part</th>
                <th scope="col">What it is</th>
              </tr>
            </thead>
            <tbody>
              ${reference.parts.map(
                (entry) =>
                  html`<tr>
                    <td><code>::part(${entry.name})</code></td>
                    <td>${entry.description ?? ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </section>`,
    );
  }
}

customElements.define('sb-theming-reference', SbThemingReference);

declare global {
  interface HTMLElementTagNameMap {
    'sb-theming-reference': SbThemingReference;
  }
}
