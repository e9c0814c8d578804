import type { StoryContext } from '@storybook/web-components-vite';
import { storyGlobals, type Theme } from './globals.js';

/** Attributes every component shares; `lang`, `dir` and `theme` come from the toolbar unless a story sets them. */
export interface CommonArgs {
  calendar?: 'gregory' | 'persian';
  theme?: Theme;
  /** A custom dataset (validated by the component before use). */
  data?: unknown;
}

/** The theme to render with: the story's own `theme` arg, else the toolbar's. */
export function themeOf(args: CommonArgs, context: Pick<StoryContext, 'globals'>): Theme {
  return args.theme ?? storyGlobals(context).theme;
}

/** Controls that the toolbar drives, or that cannot be edited as text. */
export const TOOLBAR_DRIVEN_ARG_TYPES = {
  lang: { control: false, description: 'Set from the Language toolbar (inherited from the page).' },
  dir: { control: false, description: 'Set from the Language toolbar (inherited from the page).' },
  theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  calendar: { control: 'inline-radio', options: ['gregory', 'persian'] },
  data: { control: false },
} as const;
