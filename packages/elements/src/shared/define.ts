declare const __IW_VERSION__: string;

/** This copy's package version; each element class exposes it as `static version`. */
export const VERSION: string = __IW_VERSION__;

type VersionedElement = CustomElementConstructor & { version?: string };

/**
 * Registers `tagName` once per page. News pages often load two copies of a widget (two embeds, or an
 * embed next to a bundled copy): the first registration wins, a second one is skipped without
 * throwing, and a warning is logged only when the two copies' versions differ.
 */
export function define(tagName: string, elementClass: VersionedElement): void {
  const registered = customElements.get(tagName) as VersionedElement | undefined;
  if (!registered) {
    customElements.define(tagName, elementClass);
    return;
  }
  const theirs = registered.version ?? 'unknown';
  const ours = elementClass.version ?? 'unknown';
  if (registered !== elementClass && theirs !== ours) {
    console.warn(
      `<${tagName}> is already registered by @iranwire/rapprochement-elements ${theirs}; this copy (${ours}) is skipped.`,
    );
  }
}
