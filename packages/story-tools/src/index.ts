/**
 * `@iranwire/story-tools`: moves a TimelineJS3 timeline into a story the IranWire rapprochement
 * widgets show (`<iw-timeline src="story.json">`). Runs in Node and in browsers alike.
 */
export {
  fromTimelineJS,
  MAX_INPUT_CHARACTERS,
  MAX_WARNINGS,
  type ImportOptions,
  type ImportResult,
  type ImportWarning,
} from './from-timelinejs.js';
export { CSV_COLUMNS, TimelineImportError } from './slides.js';
export { richText, type RichText } from './rich-text.js';
