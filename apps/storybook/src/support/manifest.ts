import manifest from '@iranwire/rapprochement-elements/custom-elements.json';

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

/**
 * The components' custom-elements.json as Storybook should show it: only the public API (private
 * and static members are left out of the controls and docs tables). Storybook matches
 * `component: 'iw-timeline'` against the declarations' tag names, which the manifest carries
 * (the `@tag` JSDoc on each class).
 */
export const elementsManifest: Manifest = {
  ...(manifest as Manifest),
  modules: (manifest as Manifest).modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => {
      if (!declaration.customElement) return declaration;
      return { ...declaration, members: declaration.members?.filter(isPublicApi) };
    }),
  })),
};
