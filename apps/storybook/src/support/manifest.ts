import manifest from '@iranwire/rapprochement-elements/custom-elements.json';
import * as elements from '@iranwire/rapprochement-elements';

interface Member {
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
}

interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  members?: Member[];
}

interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

const isPublicApi = (member: Member): boolean =>
  !member.static && (member.privacy ?? 'public') === 'public';

/** The tag an element class is registered under, for declarations the analyzer could not link to one. */
function registeredTagName(className: string): string | undefined {
  const elementClass = (elements as Record<string, unknown>)[className];
  return typeof elementClass === 'function'
    ? (customElements.getName(elementClass as CustomElementConstructor) ?? undefined)
    : undefined;
}

/**
 * The components' custom-elements.json as Storybook should show it: only the public API (private
 * and static members are left out of the controls and docs tables), and each element's tag name,
 * filled in from the registry when the analyzer could not see it (the classes are registered by
 * separate define files). Storybook matches `component: 'iw-timeline'` against these tag names.
 */
export const elementsManifest: Manifest = {
  ...(manifest as Manifest),
  modules: (manifest as Manifest).modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => {
      if (!declaration.customElement) return declaration;
      const tagName = declaration.tagName ?? registeredTagName(declaration.name);
      return {
        ...declaration,
        ...(tagName ? { tagName } : {}),
        members: declaration.members?.filter(isPublicApi),
      };
    }),
  })),
};
