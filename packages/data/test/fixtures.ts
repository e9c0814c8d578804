import { loadRecords, type LoadedRecords } from '../scripts/records';
import { readSource } from '../scripts/source';

/** The package's own copy of the article (never ../shared), read once. */
export const source = readSource();

/** A fresh, deep copy of the real records, safe to break in a test. */
export function realRecords(): LoadedRecords {
  return structuredClone(loadRecords(source));
}
