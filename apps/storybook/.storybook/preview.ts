import { html } from 'lit';
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import '@iranwire/rapprochement-elements/iw-timeline.js';
import '@iranwire/rapprochement-elements/iw-quote-card.js';
import '@iranwire/rapprochement-elements/iw-actor-badge.js';
import { DIRECTIONS, storyGlobals } from '../src/support/globals.js';
import { elementsManifest } from '../src/support/manifest.js';
import '../src/support/story-frame.js';

// Controls and the autodocs tables come from the components' own manifest, so they cannot drift.
setCustomElementsManifest(elementsManifest);

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language and direction of every story',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English (LTR)', right: 'ltr' },
          { value: 'fa', title: 'فارسی (RTL)', right: 'rtl' },
        ],
      },
    },
    theme: {
      description: 'Colour theme of every story',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Auto (follows the system)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'auto' },
  decorators: [
    (story, context) => {
      const { locale, theme } = storyGlobals(context);
      // On a story's own page, the whole page takes the theme's colour, not just the frame; docs
      // pages keep Storybook's own light page around each story's frame.
      if (context.viewMode === 'story') document.documentElement.dataset.theme = theme;
      else delete document.documentElement.dataset.theme;
      return html`<sb-story-frame lang=${locale} dir=${DIRECTIONS[locale]} theme=${theme}
        >${story()}</sb-story-frame
      >`;
    },
  ],
  parameters: {
    // An axe violation fails the story, in the UI and in `pnpm test`.
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Data', 'Theming', 'Components', 'Custom story', '*'] },
    },
  },
};

export default preview;
