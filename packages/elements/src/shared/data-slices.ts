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
