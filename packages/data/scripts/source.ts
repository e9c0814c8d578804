import { readFileSync } from 'node:fs';
import { SOURCE_FILE } from './paths';

export interface SourceText {
  text: string;
  /** `paragraphs[n - 1]` is ¶n: the non-empty blocks between blank lines, dateline and headings included. */
  paragraphs: string[];
  /** Character offset of each paragraph in `text`. */
  offsets: number[];
}

export function splitParagraphs(text: string): SourceText {
  const paragraphs: string[] = [];
  const offsets: number[] = [];
  const block = /[^\n](?:[^\n]|\n(?!\s*\n))*/g;
  for (const match of text.matchAll(block)) {
    const trimmed = match[0].trim();
    if (trimmed === '') continue;
    paragraphs.push(trimmed);
    offsets.push(match.index + match[0].indexOf(trimmed));
  }
  return { text, paragraphs, offsets };
}

/** The package's canonical copy of the article. */
export function readSource(): SourceText {
  return splitParagraphs(readFileSync(SOURCE_FILE, 'utf8'));
}
