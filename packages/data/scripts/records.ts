import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Dataset } from '../src/schema';
import { GLOSSARY_DIR, PACKAGE_DIR, RECORDS_DIR } from './paths';
import type { SourceText } from './source';

/** The record collections, each kept in `records/<collection>/<id>.json`. */
export const COLLECTIONS = [
  'sources',
  'people',
  'organizations',
  'places',
  'events',
  'quotes',
] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** One term of a translation glossary (`glossary/<lang>.json`). */
export interface GlossaryTerm {
  /** The English as the article writes it. */
  term: string;
  /** A case-sensitive pattern that finds the term in English; default: the term as whole words, any case. */
  en?: string;
  /** The one word the translations use for it. */
  fa: string;
  /** What a translation of a text with the term must contain; default: `fa`. */
  faPattern?: string;
  note?: string;
}

/** A translation glossary: one term for each English term, and names kept in Latin letters. */
export interface Glossary {
  description: string;
  keepInLatin: string[];
  terms: GlossaryTerm[];
}

/** The dataset as authored, with the file each record came from (for lint messages). */
export interface LoadedRecords {
  dataset: Dataset;
  /** `files.events[3]` is the file of `dataset.events[3]`, relative to the package. */
  files: Record<Collection | 'article', string[]>;
  /** The translations' glossaries, by language. */
  glossaries: Record<string, Glossary>;
}

function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${relative(PACKAGE_DIR, file)}: not valid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/** Where a record first appears in the article: its earliest cited excerpt. */
function articlePosition(
  record: { sources?: { paragraph: number; excerpt: string }[] },
  source: SourceText,
): number {
  const positions = (record.sources ?? []).map(({ paragraph, excerpt }) => {
    const text = source.paragraphs[paragraph - 1] ?? '';
    const at = text.indexOf(excerpt);
    return (source.offsets[paragraph - 1] ?? Number.MAX_SAFE_INTEGER) + Math.max(at, 0);
  });
  return positions.length > 0 ? Math.min(...positions) : Number.MAX_SAFE_INTEGER;
}

/**
 * Reads every record file. Records are put in the article's order (by their first citation, then
 * id) so that the published arrays follow the story and do not depend on file names.
 */
export function loadRecords(source: SourceText, dir = RECORDS_DIR): LoadedRecords {
  const files = { article: [join(dir, 'article.json')] } as LoadedRecords['files'];
  const dataset = { article: readJson(join(dir, 'article.json')) } as Record<string, unknown>;
  for (const collection of COLLECTIONS) {
    const entries = readdirSync(join(dir, collection))
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const file = join(dir, collection, name);
        const record = readJson(file) as {
          id?: string;
          sources?: { paragraph: number; excerpt: string }[];
        };
        const citations = collection === 'sources' ? undefined : record;
        return { file, record, position: citations ? articlePosition(citations, source) : 0, name };
      })
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
    dataset[collection] = entries.map((entry) => entry.record);
    files[collection] = entries.map((entry) => entry.file);
  }
  for (const key of Object.keys(files) as (keyof typeof files)[]) {
    files[key] = files[key].map((file) => relative(PACKAGE_DIR, file));
  }
  return { dataset: dataset as unknown as Dataset, files, glossaries: loadGlossaries() };
}

/** Every `glossary/<lang>.json`, by language. */
export function loadGlossaries(dir = GLOSSARY_DIR): Record<string, Glossary> {
  return Object.fromEntries(
    readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name.slice(0, -'.json'.length), readJson(join(dir, name)) as Glossary]),
  );
}
