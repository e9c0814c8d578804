import { dataset, localizedText } from '@iranwire/rapprochement-data';
import type { StoryContext } from '@storybook/web-components-vite';

/** The toolbar's language: English left to right, or Persian right to left (Solar Hijri dates). */
export type Locale = 'en' | 'fa';
/** The toolbar's theme; `auto` follows the reader's `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark';

export const DIRECTIONS: Record<Locale, 'ltr' | 'rtl'> = { en: 'ltr', fa: 'rtl' };

/** The locale and theme a story renders with: the toolbar's, or the one the story pins. */
export function storyGlobals(context: Pick<StoryContext, 'globals'>): {
  locale: Locale;
  theme: Theme;
} {
  const locale: Locale = context.globals.locale === 'fa' ? 'fa' : 'en';
  const theme: Theme =
    context.globals.theme === 'light' || context.globals.theme === 'dark'
      ? context.globals.theme
      : 'auto';
  return { locale, theme };
}

/**
 * A record's text as the story's reader sees it: the dataset's translation into the toolbar's
 * language where it has one (the Persian story), else the record's own English.
 */
export function shownText(
  record: object,
  field: string,
  context: Pick<StoryContext, 'globals'>,
): string {
  const { locale } = storyGlobals(context);
  return localizedText(record, field, locale, dataset.article.language)?.text ?? '';
}
