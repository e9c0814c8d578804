import { css, html, LitElement, nothing, type CSSResultOrNative } from 'lit';
import { elementsManifest } from '../support/manifest.js';
import { tableStyles } from './table.styles.js';

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

export interface PropertyEntry extends ManifestEntry {
  /** False when the styles read it but no component's custom-elements.json entry describes it. */
  documented: boolean;
}

export interface ThemingReference {
  tagName: string;
  summary: string;
  /** The component's own `--iw-<component>-*` properties (and any other it alone reads). */
  properties: PropertyEntry[];
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

/**
 * The theming API of the `iw-*` elements: the properties every component reads (`shared`), and per
 * component its own properties and its parts. Descriptions come from custom-elements.json; a property
 * the styles read but no manifest entry describes is still listed, marked undocumented.
 */
export function themingReferences(): { shared: PropertyEntry[]; components: ThemingReference[] } {
  const elements = declarations
    .filter((declaration) => declaration.tagName?.startsWith('iw-'))
    .sort((a, b) => (a.tagName ?? '').localeCompare(b.tagName ?? ''));
  const described = new Map<string, ManifestEntry>();
  for (const element of elements) {
    for (const entry of element.cssProperties ?? [])
      if (!described.has(entry.name)) described.set(entry.name, entry);
  }
  const entry = (name: string): PropertyEntry => {
    const found = described.get(name);
    return found ? { ...found, documented: true } : { name, documented: false };
  };
  const read = new Map(
    elements.map((element) => {
      const tagName = element.tagName as string;
      const names = new Set([
        ...propertiesInStyles(tagName),
        ...(element.cssProperties ?? []).map((p) => p.name),
      ]);
      return [tagName, names] as const;
    }),
  );
  const sets = [...read.values()];
  const shared = [...(sets[0] ?? [])]
    .filter((name) => sets.every((names) => names.has(name)))
    .sort();
  return {
    shared: shared.map(entry),
    components: elements.map((element) => {
      const tagName = element.tagName as string;
      const own = [...(read.get(tagName) ?? [])].filter((name) => !shared.includes(name)).sort();
      return {
        tagName,
        summary: element.summary ?? '',
        properties: own.map(entry),
        parts: element.cssParts ?? [],
      };
    }),
  };
}

/**
 * The "Theming" docs page's tables: every `--iw-*` custom property and every `::part` of each
 * component, read from custom-elements.json (and from the live stylesheets, so nothing is missed).
 */
export class SbThemingReference extends LitElement {
  static override styles = [
    tableStyles,
    css`
      :host {
        display: block;
        background: #ffffff;
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
        margin-block: 0.75rem;
      }
      .warning {
        color: #8a1c14;
      }
    `,
  ];

  protected override render() {
    const { shared, components } = themingReferences();
    return html`<section aria-labelledby="shared-heading">
        <h3 id="shared-heading">Shared by every component</h3>
        ${this.propertyTable('Custom properties every component reads', shared)}
      </section>
      ${components.map(
        (reference) =>
          html`<section aria-labelledby=${`${reference.tagName}-heading`}>
            <h3 id=${`${reference.tagName}-heading`}><code>&lt;${reference.tagName}&gt;</code></h3>
            <p>${reference.summary}</p>
            ${this.propertyTable(`Custom properties of ${reference.tagName}`, reference.properties)}
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
                  (part) =>
                    html`<tr>
                      <td><code>::part(${part.name})</code></td>
                      <td>${part.description ?? ''}</td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </section>`,
      )}`;
  }

  private propertyTable(caption: string, properties: PropertyEntry[]) {
    return html`<table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">What it sets</th>
        </tr>
      </thead>
      <tbody>
        ${properties.map(
          (entry) =>
            html`<tr>
              <td><code>${entry.name}</code></td>
              <td>
                ${
                  entry.documented
                    ? html`${entry.description ?? ''}${
                        entry.default ? html` (default <code>${entry.default}</code>)` : nothing
                      }`
                    : html`<span class="warning"
                        >Read by the styles but not yet described in custom-elements.json.</span
                      >`
                }
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

customElements.define('sb-theming-reference', SbThemingReference);

declare global {
  interface HTMLElementTagNameMap {
    'sb-theming-reference': SbThemingReference;
  }
}
