import manifest from '@iranwire/rapprochement-elements/custom-elements.json';
import * as elements from '@iranwire/rapprochement-elements';

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/**
 * The components' custom-elements.json, with each element's tag name filled in from the registry
 * when the analyzer could not see it (the classes are registered by separate define files).
 * Storybook matches `component: 'iw-timeline'` against these tag names for controls and autodocs.
 */
export const elementsManifest: Manifest = {
  ...(manifest as Manifest),
  modules: (manifest as Manifest).modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => {
      if (!declaration.customElement || declaration.tagName) return declaration;
      const elementClass = (elements as Record<string, unknown>)[declaration.name];
      const tagName =
        typeof elementClass === 'function'
          ? customElements.getName(elementClass as CustomElementConstructor)
          : null;
      return tagName ? { ...declaration, tagName } : declaration;
    }),
  })),
};
