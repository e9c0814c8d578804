/** The kinds of record the script-tag build ships as separate files (people come with organizations). */
export type DataSlice = 'people' | 'events' | 'quotes';

/**
 * Settles when the built-in story's records of these kinds are in its dataset. In the npm build the
 * dataset is whole, so there is nothing to wait for. The script-tag build replaces this module
 * (`scripts/display-data-plugin.mjs`) with one that imports each kind's file from beside `embed.js`
 * (docs/decisions/0029).
 */
export function loadSlices(..._slices: DataSlice[]): Promise<void> {
  return Promise.resolve();
}

/**
 * Whether the built-in story's translations into `lang` (a primary language tag, `fa`) of these
 * kinds of record are in its records. Always, in the npm build; in the script-tag build once
 * `loadTranslations` has loaded them (docs/decisions/0013).
 */
export function hasTranslations(_lang: string, ..._slices: DataSlice[]): boolean {
  return true;
}

/** Settles when `hasTranslations(lang, ...slices)` is true (at once in the npm build). */
export function loadTranslations(_lang: string, ..._slices: DataSlice[]): Promise<void> {
  return Promise.resolve();
}
